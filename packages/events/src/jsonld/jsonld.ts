import type { EventTime, KlasEvent } from '../event/types.js';

export interface JsonLdOptions {
  /** The organiser (`{ name, url }`), e.g. the school. */
  organizer?: { name: string; url?: string };
  /** Include `@context` (default true; set false when embedding in a graph that has one). */
  context?: boolean;
}

function isoOf(t: EventTime): string {
  return t.kind === 'date' ? t.date : `${t.date}T${t.time}${t.offset}`;
}

const ONLINE = /^(online|virtueel|virtual|webinar|teams|zoom|digitaal)\b/i;
const ONLINE_HOSTS =
  /(^|\.)(teams\.microsoft\.com|zoom\.us|meet\.google\.com|gather\.town|webex\.com)$/i;

/**
 * A schema.org `Event` for search engines (put it in `<script type="application/ld+json">`).
 * Dates carry their offset (`2025-11-14T09:30:00+01:00`); online events get a `VirtualLocation`.
 *
 * @example
 * ```ts
 * const ld = toJsonLd(event, { organizer: { name: 'Dwengo vzw', url: 'https://dwengo.org' } });
 * html += `<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`;
 * ```
 */
export function toJsonLd(event: KlasEvent, options: JsonLdOptions = {}): Record<string, unknown> {
  const ld: Record<string, unknown> = {};
  if (options.context !== false) ld['@context'] = 'https://schema.org';
  ld['@type'] = 'Event';
  ld.name = event.title;
  ld.startDate = isoOf(event.start);
  if (event.end) ld.endDate = isoOf(event.end);
  ld.eventStatus = 'https://schema.org/EventScheduled';
  const loc = event.location;
  let online = false;
  if (loc) {
    const host = loc.url ? new URL(loc.url).hostname : '';
    online = (loc.name !== undefined && ONLINE.test(loc.name)) || ONLINE_HOSTS.test(host);
    if (online) {
      ld.location = {
        '@type': 'VirtualLocation',
        ...(loc.url && { url: loc.url }),
        ...(loc.name && { name: loc.name }),
      };
    } else {
      ld.location = {
        '@type': 'Place',
        ...(loc.name && { name: loc.name }),
        ...(loc.address && { address: loc.address }),
        ...(loc.url && { hasMap: loc.url }),
      };
    }
  }
  ld.eventAttendanceMode = online
    ? 'https://schema.org/OnlineEventAttendanceMode'
    : 'https://schema.org/OfflineEventAttendanceMode';
  if (event.descriptionText) ld.description = event.descriptionText;
  if (event.imageUrl) ld.image = [event.imageUrl];
  if (event.url) ld.url = event.url;
  if (event.registrationUrl) ld.offers = { '@type': 'Offer', url: event.registrationUrl };
  if (event.language) ld.inLanguage = event.language;
  if (options.organizer) ld.organizer = { '@type': 'Organization', ...options.organizer };
  ld.identifier = event.id;
  return ld;
}

/**
 * Plain JSON of events (the `KlasEvent` objects are already JSON-safe); `extra` is kept.
 * Stable key order, two-space indent, newline at the end.
 */
export function toJson(events: readonly KlasEvent[]): string {
  return `${JSON.stringify(events, null, 2)}\n`;
}
