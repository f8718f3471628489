import type { EventTime, KlasEvent } from '../event/types.js';
import { zonedInstant } from '../event/zoned.js';
import { isSafeUri } from '../ical/checks.js';

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
  // Links go into the page as they are: only http(s) (mailto for registration) ever do, whatever
  // the event object holds (`javascript:`, `data:` and `vbscript:` are left out).
  const web = (url: string | undefined, mailto = false) =>
    isSafeUri(url, mailto) ? url : undefined;
  const locUrl = web(event.location?.url);
  const url = web(event.url);
  const imageUrl = web(event.imageUrl);
  const registrationUrl = web(event.registrationUrl, true);
  const organizerUrl = web(options.organizer?.url);
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
    const host = locUrl ? new URL(locUrl).hostname : '';
    online = (loc.name !== undefined && ONLINE.test(loc.name)) || ONLINE_HOSTS.test(host);
    if (online) {
      ld.location = {
        '@type': 'VirtualLocation',
        ...(locUrl && { url: locUrl }),
        ...(loc.name && { name: loc.name }),
      };
    } else {
      ld.location = {
        '@type': 'Place',
        ...(loc.name && { name: loc.name }),
        ...(loc.address && { address: loc.address }),
        ...(locUrl && { hasMap: locUrl }),
      };
    }
  }
  ld.eventAttendanceMode = online
    ? 'https://schema.org/OnlineEventAttendanceMode'
    : 'https://schema.org/OfflineEventAttendanceMode';
  if (event.descriptionText) ld.description = event.descriptionText;
  if (imageUrl) ld.image = [imageUrl];
  if (url) ld.url = url;
  if (registrationUrl) ld.offers = { '@type': 'Offer', url: registrationUrl };
  if (event.language) ld.inLanguage = event.language;
  if (options.organizer) {
    ld.organizer = {
      '@type': 'Organization',
      name: options.organizer.name,
      ...(organizerUrl && { url: organizerUrl }),
    };
  }
  const schedule = eventSchedule(event);
  if (schedule) ld.eventSchedule = schedule;
  ld.identifier = event.id;
  return ld;
}

const DAY_URL: Record<string, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};

/** FREQ + INTERVAL as the ISO 8601 duration schema.org's `repeatFrequency` takes. */
const FREQUENCY_UNIT: Record<string, string> = {
  SECONDLY: 'TS',
  MINUTELY: 'TM',
  HOURLY: 'TH',
  DAILY: 'D',
  WEEKLY: 'W',
  MONTHLY: 'M',
  YEARLY: 'Y',
};

/**
 * schema.org `Schedule`s for a recurring event: one for the rule (frequency, days, count or end
 * date, times, zone, excluded dates), one per extra date (`RDATE`).
 */
function eventSchedule(event: KlasEvent): Record<string, unknown>[] | undefined {
  const rec = event.recurrence;
  if (!rec) return undefined;
  const base = (start: EventTime): Record<string, unknown> => ({
    '@type': 'Schedule',
    startDate: start.date,
    ...(start.kind === 'date-time' && { startTime: start.time }),
    ...(event.end?.kind === 'date-time' && { endTime: event.end.time }),
    scheduleTimezone: event.timeZone,
  });
  const out: Record<string, unknown>[] = [];
  if (rec.rrule) {
    const parts = new Map(rec.rrule.split(';').map((p) => p.split('=') as [string, string]));
    const unit = FREQUENCY_UNIT[parts.get('FREQ') ?? ''] ?? 'D';
    const n = parts.get('INTERVAL') ?? '1';
    const s = base(event.start);
    s.repeatFrequency = unit.startsWith('T') ? `PT${n}${unit[1]}` : `P${n}${unit}`;
    const byDay = parts.get('BYDAY')?.split(',');
    if (byDay) s.byDay = byDay.map((d) => DAY_URL[d] ?? d);
    const byMonth = parts.get('BYMONTH')?.split(',').map(Number);
    if (byMonth) s.byMonth = byMonth;
    const byMonthDay = parts.get('BYMONTHDAY')?.split(',').map(Number);
    if (byMonthDay) s.byMonthDay = byMonthDay;
    const count = parts.get('COUNT');
    if (count) s.repeatCount = Number(count);
    const until = parts.get('UNTIL');
    if (until) s.endDate = untilDate(until, event);
    if (rec.exdates.length) s.exceptDate = rec.exdates.map(isoOf);
    out.push(s);
  }
  for (const d of rec.rdates) out.push({ ...base(d), endDate: d.date, repeatCount: 1 });
  return out;
}

/** The last day of the rule in the event's zone (UNTIL is in UTC for timed events). */
function untilDate(until: string, event: KlasEvent): string {
  const date = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
  if (!until.endsWith('Z')) return date;
  const ms = Date.parse(
    `${date}T${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}Z`,
  );
  return zonedInstant(ms, event.timeZone).date;
}

/**
 * The events as plain JSON data, like `toJsonLd` gives one event's JSON-LD: a deep copy that holds
 * only what JSON keeps (no `undefined`, no shared objects), `extra` included, keys in a stable
 * order. `JSON.stringify(toJson(events), null, 2)` is the text the CLI writes with `--json`.
 */
export function toJson(events: readonly KlasEvent[]): KlasEvent[] {
  return JSON.parse(JSON.stringify(events)) as KlasEvent[];
}
