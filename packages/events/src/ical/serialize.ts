import { KlasLabError } from '@klaslab/core';
import { addDays, formatUtc } from '../dates/civil.js';
import { compareTimes } from '../event/parse-event.js';
import type { EventTime, KlasEvent } from '../event/types.js';
import { readRRule } from '../recurrence/rrule.js';
import { sanitizeText } from '../text/plain-text.js';
import { checkCalendarOptions, checkEvent } from './checks.js';
import { escapeText, foldLine, paramValue } from './text.js';
import { vtimezoneLines } from './vtimezone.js';

export interface ICalendarOptions {
  /** Calendar name (RFC 7986 `NAME` and the widely read `X-WR-CALNAME`). */
  name?: string;
  /** Calendar description (`DESCRIPTION` and `X-WR-CALDESC`). */
  description?: string;
  /** `PRODID`; default `-//KlasLab//@klaslab/events//NL`. */
  prodId?: string;
  /**
   * The `DTSTAMP` of every event (always written in UTC). Default: the current time. Pass a fixed
   * value for reproducible output (the CLI uses `SOURCE_DATE_EPOCH` when set).
   */
  now?: Date | string | number;
  /** Right-hand side of every `UID` (`id@uidDomain`); default `klaslab.events`. Keep it stable. */
  uidDomain?: string;
  /** How often clients should refresh a subscribed calendar, as an ISO 8601 duration (`PT12H`). */
  refreshInterval?: string;
  /** Public URL of the calendar itself (RFC 7986 `SOURCE`). */
  source?: string;
  /**
   * `SEQUENCE` by UID (`id@uidDomain`), written for every event (0 when missing): for feeds, where
   * a changed event must replace the old one in subscribed clients (see `feedSequences`).
   */
  sequences?: Readonly<Record<string, number>>;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z.
const MIN_STAMP_MS = -62_167_219_200_000;
const MAX_STAMP_MS = 253_402_300_799_999;

function stamp(now: ICalendarOptions['now']): string {
  const ms =
    now === undefined
      ? Date.now()
      : now instanceof Date
        ? now.getTime()
        : typeof now === 'number'
          ? now
          : Date.parse(now);
  // DTSTAMP has four year digits: years 0000–9999 only.
  if (!Number.isFinite(ms) || ms < MIN_STAMP_MS || ms > MAX_STAMP_MS) {
    throw new KlasLabError(
      'EVENTS_BAD_OPTION',
      `now must be a valid date in the years 0000–9999, not "${String(now)}".`,
      { details: { field: 'now', value: String(now) } },
    );
  }
  return formatUtc(ms).replace(/[-:]/g, '');
}

function icalDate(date: string): string {
  return date.replace(/-/g, '');
}

function dateProperty(name: string, t: EventTime): string {
  if (t.kind === 'date') return `${name};VALUE=DATE:${icalDate(t.date)}`;
  const wall = `${icalDate(t.date)}T${t.time.replace(/:/g, '')}`;
  if (isUtcZone(t.timeZone)) return `${name}:${t.utc.replace(/[-:]/g, '')}`;
  return `${name};TZID=${paramValue(t.timeZone)}:${wall}`;
}

/** EXDATE/RDATE: one property, the values comma-separated, with the event's TZID (Outlook reads that form). */
function dateListProperty(name: string, times: readonly EventTime[]): string {
  const [first] = times;
  if (!first) return '';
  const values = times.map((t) => dateProperty(name, t).split(':').slice(1).join(':'));
  return `${dateProperty(name, first).split(':')[0]}:${values.join(',')}`;
}

/** Checks a hand-made event's rule (parsed events are already checked): a bad one is never written. */
function checkRecurrence(event: KlasEvent): void {
  const rule = event.recurrence?.rrule;
  if (rule === undefined) return;
  const { issues } = readRRule(rule);
  if (issues.length || /[\r\n]/.test(rule)) {
    throw new KlasLabError(
      'EVENTS_BAD_RECURRENCE',
      `Event "${event.id}" has an invalid RRULE "${rule}".`,
      {
        details: { file: event.source.file, id: event.id, rule, hint: issues[0]?.code },
      },
    );
  }
}

function isUtcZone(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/GMT' || zone === 'GMT';
}

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const n = addDays({ year: y, month: m, day: d }, 1);
  return `${pad(n.year, 4)}${pad(n.month)}${pad(n.day)}`;
}

function text(name: string, value: string, language?: string): string {
  const lang = language ? `;LANGUAGE=${paramValue(language)}` : '';
  return `${name}${lang}:${escapeText(sanitizeText(value))}`;
}

function checkDuration(value: string): string {
  if (!/^P(?!$)(\d+W|(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?)$/.test(value)) {
    throw new KlasLabError(
      'EVENTS_BAD_OPTION',
      `refreshInterval must be an ISO 8601 duration such as PT12H, not "${value}".`,
      { details: { field: 'refreshInterval', value } },
    );
  }
  return value;
}

/**
 * Writes events as an RFC 5545 calendar (with RFC 7986 `NAME`, `IMAGE`, `REFRESH-INTERVAL`):
 * CRLF line ends, lines folded at 75 octets, TEXT escaped, `DTSTAMP` in UTC, local times with
 * `TZID` and a generated `VTIMEZONE` for every zone used, all-day events with an exclusive
 * `DTEND`. The output depends only on the events and options, never on the host's time zone.
 *
 * Throws `KlasLabError` `EVENTS_DUPLICATE_UID` when two events share an id, and
 * `EVENTS_END_BEFORE_START` when an event ends before it starts (other libraries silently swap
 * them): {@link parseEvents} already drops both cases with a diagnostic.
 *
 * @example
 * ```ts
 * const { events } = parseEvents(files);
 * const ics = toICalendar(events, { name: 'Dwengo-agenda', now: '2025-01-01T00:00:00Z' });
 * ```
 */
export function toICalendar(events: readonly KlasEvent[], options: ICalendarOptions = {}): string {
  checkCalendarOptions(options);
  const dtstamp = stamp(options.now);
  const domain = options.uidDomain ?? 'klaslab.events';
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId ?? '-//KlasLab//@klaslab/events//NL'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name !== undefined)
    lines.push(text('NAME', options.name), text('X-WR-CALNAME', options.name));
  if (options.description !== undefined) {
    lines.push(text('DESCRIPTION', options.description), text('X-WR-CALDESC', options.description));
  }
  if (options.source !== undefined) lines.push(`SOURCE;VALUE=URI:${options.source}`);
  if (options.refreshInterval !== undefined) {
    const d = checkDuration(options.refreshInterval);
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${d}`, `X-PUBLISHED-TTL:${d}`);
  }

  // Zones in use and the years each must cover.
  const zones = new Map<string, { from: number; to: number }>();
  const uids = new Set<string>();
  for (const event of events) {
    checkEvent(event);
    const uid = `${event.id}@${domain}`;
    if (uids.has(uid)) {
      throw new KlasLabError('EVENTS_DUPLICATE_UID', `Two events have the id "${event.id}".`, {
        details: {
          file: event.source.file,
          id: event.id,
          hint: 'Give each event its own anchor, or use parseEvents, which leaves duplicates out.',
        },
      });
    }
    uids.add(uid);
    if (
      event.end &&
      (compareTimes(event.end, event.start) < 0 ||
        (event.end.kind === 'date-time' && compareTimes(event.end, event.start) === 0))
    ) {
      throw new KlasLabError(
        'EVENTS_END_BEFORE_START',
        `Event "${event.id}" ends before it starts.`,
        {
          details: { file: event.source.file, id: event.id },
        },
      );
    }
    checkRecurrence(event);
    const rec = event.recurrence;
    const until = /UNTIL=(\d{4})/.exec(rec?.rrule ?? '')?.[1];
    const untilTime: EventTime | undefined = until
      ? { ...event.start, date: `${until}-01-01` }
      : undefined;
    for (const t of [
      event.start,
      event.end,
      untilTime,
      ...(rec?.exdates ?? []),
      ...(rec?.rdates ?? []),
    ]) {
      if (t?.kind !== 'date-time' || isUtcZone(t.timeZone)) continue;
      const year = Number(t.date.slice(0, 4));
      const z = zones.get(t.timeZone);
      if (z) {
        z.from = Math.min(z.from, year);
        z.to = Math.max(z.to, year);
      } else zones.set(t.timeZone, { from: year, to: year });
    }
  }
  if (zones.size === 1) lines.push(`X-WR-TIMEZONE:${[...zones.keys()][0]}`);
  for (const zone of [...zones.keys()].sort()) {
    const { from, to } = zones.get(zone)!;
    lines.push(...vtimezoneLines(zone, from, to));
  }

  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${domain}`,
      `DTSTAMP:${dtstamp}`,
      dateProperty('DTSTART', event.start),
    );
    if (options.sequences) {
      const seq = options.sequences[`${event.id}@${domain}`] ?? 0;
      if (!Number.isSafeInteger(seq) || seq < 0) {
        throw new KlasLabError(
          'EVENTS_BAD_OPTION',
          `sequences must be whole numbers ≥ 0, not ${seq}.`,
          { details: { field: 'sequences', value: String(seq) } },
        );
      }
      lines.push(`SEQUENCE:${seq}`);
    }
    if (event.start.kind === 'date') {
      // All-day: DTEND is exclusive, the day after the last day.
      const last = event.end?.kind === 'date' ? event.end.date : event.start.date;
      lines.push(`DTEND;VALUE=DATE:${nextDay(last)}`);
    } else if (event.end) lines.push(dateProperty('DTEND', event.end));
    if (event.recurrence) {
      const { rrule, rdates, exdates } = event.recurrence;
      if (rrule) lines.push(`RRULE:${rrule}`);
      if (rdates.length) lines.push(dateListProperty('RDATE', rdates));
      if (exdates.length) lines.push(dateListProperty('EXDATE', exdates));
    }
    lines.push(text('SUMMARY', event.title, event.language));
    if (event.descriptionText)
      lines.push(text('DESCRIPTION', event.descriptionText, event.language));
    const loc = event.location;
    if (loc && (loc.name || loc.address || loc.url)) {
      const parts = [loc.name, loc.address].filter((p): p is string => !!p);
      if (parts.length === 2 && parts[1]!.includes(parts[0]!)) parts.shift();
      const label = parts.join(', ') || loc.url!;
      const altrep = loc.url ? `;ALTREP="${loc.url.replace(/"/g, '%22')}"` : '';
      lines.push(
        `LOCATION${altrep}${event.language ? `;LANGUAGE=${paramValue(event.language)}` : ''}:${escapeText(sanitizeText(label))}`,
      );
    }
    const url = event.url ?? event.registrationUrl;
    if (url) lines.push(`URL;VALUE=URI:${url}`);
    if (event.imageUrl) lines.push(`IMAGE;VALUE=URI;DISPLAY=BADGE:${event.imageUrl}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  let out = '';
  for (const line of lines) out += `${foldLine(line)}\r\n`;
  return out;
}
