import { addDays, formatDate } from '../dates/civil.js';
import type { EventTime, KlasEvent } from '../event/types.js';

/**
 * "Add to calendar" links for the web calendars that take an event in a URL. Their formats are
 * not standardised; these follow the parameters the services accept today, as collected in
 * InteractionDesignFoundation/add-event-to-calendar-docs (Google's `render?action=TEMPLATE`,
 * Outlook's `deeplink/compose`, Yahoo's `?v=60`). Apple Calendar and the rest take the `.ics`.
 *
 * Each link adds the one occurrence it is given (`start`/`end`): none of these URL formats can
 * carry a rule's exceptions, so the whole series of a recurring event goes through the `.ics`.
 */
export interface CalendarLinks {
  google: string;
  /** Outlook.com (personal Microsoft accounts). */
  outlook: string;
  /** Outlook on the web for Microsoft 365 (school and work accounts). */
  office365: string;
  yahoo: string;
}

const compact = (iso: string) => iso.replace(/[-:]/g, '');

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatDate(addDays({ year: y, month: m, day: d }, 1));
}

/** The exclusive end: the day after the last day, or the end instant (the start when absent). */
function range(event: KlasEvent): { start: EventTime; end: EventTime } {
  const start = event.start;
  if (start.kind === 'date') {
    const last = event.end?.kind === 'date' ? event.end.date : start.date;
    return { start, end: { kind: 'date', date: nextDay(last) } };
  }
  return { start, end: event.end?.kind === 'date-time' ? event.end : start };
}

function locationText(event: KlasEvent): string {
  const loc = event.location;
  if (!loc) return '';
  const parts = [loc.name, loc.address].filter((p): p is string => !!p);
  if (parts.length === 2 && parts[1]!.includes(parts[0]!)) parts.shift();
  return parts.join(', ') || loc.url || '';
}

/** The description with the event's own page, since none of these services has a URL field. */
function details(event: KlasEvent): string {
  const link = event.url ?? event.registrationUrl;
  return [event.descriptionText, link].filter((p) => !!p).join('\n\n');
}

function url(base: string, params: [string, string | undefined][]): string {
  const query = new URLSearchParams();
  for (const [k, v] of params) if (v !== undefined && v !== '') query.append(k, v);
  // URLSearchParams writes spaces as "+", which Outlook shows literally: use %20 everywhere.
  return `${base}?${query.toString().replace(/\+/g, '%20')}`;
}

function outlookLink(host: string, event: KlasEvent): string {
  const { start, end } = range(event);
  const allDay = start.kind === 'date';
  // UTC instants (`…Z`); all-day events as dates, as Outlook's compose form reads them.
  const at = (t: EventTime) => (t.kind === 'date' ? t.date : t.utc);
  return url(`https://${host}/calendar/deeplink/compose`, [
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
    ['subject', event.title],
    ['startdt', at(start)],
    ['enddt', at(end)],
    ['allday', allDay ? 'true' : undefined],
    ['body', details(event)],
    ['location', locationText(event)],
  ]);
}

/** Yahoo's duration `HHMM` (minutes may not exceed 99, hours not 99), or nothing. */
function yahooDuration(start: EventTime, end: EventTime): string | undefined {
  if (start.kind !== 'date-time' || end.kind !== 'date-time') return undefined;
  const minutes = Math.round((Date.parse(end.utc) - Date.parse(start.utc)) / 60_000);
  if (minutes <= 0 || minutes >= 100 * 60) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

/**
 * Google Calendar, Outlook.com, Microsoft 365 and Yahoo links that open the service's "new event"
 * form filled in with this event (title, times, place, description and link).
 *
 * @example
 * ```ts
 * const { google } = calendarLinks(event);
 * // https://calendar.google.com/calendar/render?action=TEMPLATE&text=Workshop%20AI&dates=20251114T083000Z/20251114T110000Z&ctz=Europe/Brussels…
 * ```
 */
export function calendarLinks(event: KlasEvent): CalendarLinks {
  const { start, end } = range(event);
  const googleDate = (t: EventTime) => (t.kind === 'date' ? compact(t.date) : compact(t.utc));
  const google = url('https://calendar.google.com/calendar/render', [
    ['action', 'TEMPLATE'],
    ['text', event.title],
    ['dates', `${googleDate(start)}/${googleDate(end)}`],
    // Times are UTC instants; ctz makes Google show them in the event's zone.
    ['ctz', start.kind === 'date-time' ? event.timeZone : undefined],
    ['details', details(event)],
    ['location', locationText(event)],
  ]).replace(/%2F/g, '/');
  const yahoo = url('https://calendar.yahoo.com/', [
    ['v', '60'],
    ['title', event.title],
    ['st', start.kind === 'date' ? compact(start.date) : compact(start.utc)],
    ['dur', start.kind === 'date' ? 'allday' : yahooDuration(start, end)],
    ['desc', details(event)],
    ['in_loc', locationText(event)],
  ]);
  return {
    google,
    outlook: outlookLink('outlook.live.com', event),
    office365: outlookLink('outlook.office.com', event),
    yahoo,
  };
}

/** The `webcal://` address of a published `.ics` feed, which calendar apps open as a subscription. */
export function webcalUrl(feedUrl: string): string {
  const u = new URL(feedUrl);
  if (u.protocol !== 'https:' && u.protocol !== 'http:' && u.protocol !== 'webcal:') {
    throw new RangeError(`A feed URL must be http(s), not "${u.protocol}".`);
  }
  return `webcal://${u.host}${u.pathname}${u.search}`;
}
