import ICAL from 'ical.js';
import {
  addDays,
  type CivilDate,
  type CivilDateTime,
  daysFromCivil,
  daysInMonth,
  formatDate,
  formatTime,
} from '../dates/civil.js';
import { resolveWallTime, wallTimeAt } from '../dates/zone.js';
import type { EventTime, KlasEvent } from '../event/types.js';
import { wallKey, zonedInstant, zonedWall } from '../event/zoned.js';
import { readRRule } from './rrule.js';

/**
 * Expands recurring events into occurrences. The rule is iterated by ical.js's `RecurIterator` on
 * floating wall times (RFC 5545 repeats a local time: 19:00 stays 19:00 across DST), and each wall
 * time is then placed in the event's zone through `Intl`, with the same gap and overlap rules as
 * the start. ical.js turns impossible days into the next month's (`BYMONTH=2;BYMONTHDAY=30` gives
 * 2 March), so each occurrence is checked against `BYMONTH`/`BYMONTHDAY` before it is kept.
 */

export interface ExpandOptions {
  /** Start of the window (inclusive): an instant or an ISO date/date-time (`2025-09-01`). */
  from: Date | string | number;
  /** End of the window (exclusive). */
  to: Date | string | number;
  /** At most this many occurrences per event (default 1000). */
  limit?: number;
}

/** One occurrence of an event: its own start and end, the event it belongs to. */
export interface Occurrence {
  event: KlasEvent;
  start: EventTime;
  end?: EventTime;
}

type Wall = CivilDateTime & { isDate: boolean };

// Stops an iterator whose rule never matches within the window (ical.js has no such guard).
const MAX_STEPS = 100_000;

function toMs(value: Date | string | number, name: string): number {
  const ms =
    value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`${name} must be a date, not "${String(value)}"`);
  return ms;
}

function civilOf(t: EventTime): Wall {
  const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
  if (t.kind === 'date')
    return { year: y, month: m, day: d, hour: 0, minute: 0, second: 0, isDate: true };
  const [h, mi, s] = t.time.split(':').map(Number) as [number, number, number];
  return { year: y, month: m, day: d, hour: h, minute: mi, second: s, isDate: false };
}

const icalStamp = (w: CivilDateTime) =>
  `${formatDate(w).replace(/-/g, '')}T${formatTime(w).replace(/:/g, '')}`;

/** The rule as ical.js iterates it: `UNTIL` as a floating wall time in the event's zone. */
function floatingRule(rrule: string, timeZone: string): string {
  return rrule.replace(/UNTIL=(\d{8}T\d{6})Z/, (_, v: string) => {
    const ms = Date.UTC(
      +v.slice(0, 4),
      +v.slice(4, 6) - 1,
      +v.slice(6, 8),
      +v.slice(9, 11),
      +v.slice(11, 13),
      +v.slice(13, 15),
    );
    return `UNTIL=${icalStamp(wallTimeAt(timeZone, ms).wall)}`;
  });
}

/** Whether a wall date satisfies BYMONTH and BYMONTHDAY (see the module comment). */
function keepsDay(
  date: CivilDate,
  months: number[] | undefined,
  monthDays: number[] | undefined,
): boolean {
  if (months && !months.includes(date.month)) return false;
  if (monthDays) {
    const last = daysInMonth(date.year, date.month);
    if (!monthDays.some((d) => (d > 0 ? d : last + 1 + d) === date.day)) return false;
  }
  return true;
}

/**
 * The wall times a rule gives from `start` on, in order, while `until(wall)` holds (ical.js's
 * iterator: the start is not repeated when the rule does not match it).
 */
export function* ruleWalls(
  rrule: string,
  start: EventTime,
  timeZone: string,
  keepGoing: (wall: Wall) => boolean,
): Generator<Wall> {
  const parts = readRRule(rrule).parts;
  const list = (name: string) => parts.get(name)?.value.split(',').map(Number);
  const months = list('BYMONTH');
  const monthDays = list('BYMONTHDAY');
  const first = civilOf(start);
  const dtstart = ICAL.Time.fromData({
    year: first.year,
    month: first.month,
    day: first.day,
    ...(first.isDate
      ? { isDate: true }
      : { hour: first.hour, minute: first.minute, second: first.second }),
  });
  const iterator = ICAL.Recur.fromString(floatingRule(rrule, timeZone)).iterator(dtstart);
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = iterator.next();
    if (!next) return;
    const wall: Wall = {
      year: next.year,
      month: next.month,
      day: next.day,
      hour: next.isDate ? 0 : next.hour,
      minute: next.isDate ? 0 : next.minute,
      second: next.isDate ? 0 : next.second,
      isDate: first.isDate,
    };
    if (!keepGoing(wall)) return;
    if (keepsDay(wall, months, monthDays)) yield wall;
  }
}

function timeOf(wall: Wall, timeZone: string): EventTime {
  return wall.isDate ? { kind: 'date', date: formatDate(wall) } : zonedWall(wall, timeZone);
}

/** Start instant of a time: an all-day date starts at midnight in the event's zone. */
function startMs(t: EventTime, timeZone: string): number {
  if (t.kind === 'date-time') return Date.parse(t.utc);
  return resolveWallTime(timeZone, { ...civilOf(t), hour: 0, minute: 0, second: 0 }).epochMs;
}

/** The end of an occurrence that starts at `start`, keeping the event's length. */
function endFor(event: KlasEvent, start: EventTime): EventTime | undefined {
  const end = event.end;
  if (!end) return undefined;
  if (start.kind === 'date' && end.kind === 'date' && event.start.kind === 'date') {
    const [a, b] = [event.start, end].map((t) => {
      const [y, m, d] = t.date.split('-').map(Number) as [number, number, number];
      return daysFromCivil(y, m, d);
    }) as [number, number];
    const [y, m, d] = start.date.split('-').map(Number) as [number, number, number];
    return { kind: 'date', date: formatDate(addDays({ year: y, month: m, day: d }, b - a)) };
  }
  if (start.kind === 'date-time' && end.kind === 'date-time' && event.start.kind === 'date-time') {
    // RFC 5545 §3.8.5.3: every instance has the same exact duration as the first.
    const length = Date.parse(end.utc) - Date.parse(event.start.utc);
    return zonedInstant(Date.parse(start.utc) + length, event.timeZone);
  }
  return undefined;
}

/** Exclusive end instant of an occurrence, for the window test. */
function endMs(start: EventTime, end: EventTime | undefined, timeZone: string): number {
  if (start.kind === 'date') {
    const last = end?.kind === 'date' ? end : start;
    const [y, m, d] = last.date.split('-').map(Number) as [number, number, number];
    return startMs(
      { kind: 'date', date: formatDate(addDays({ year: y, month: m, day: d }, 1)) },
      timeZone,
    );
  }
  return end ? startMs(end, timeZone) : startMs(start, timeZone);
}

/**
 * The occurrences of one event that overlap the window `[from, to)`, in order: the rule's (from
 * the first, the start itself), plus `RDATE`s, less `EXDATE`s. A non-recurring event gives itself
 * when it overlaps the window.
 *
 * @example
 * ```ts
 * expandEvent(event, { from: '2025-09-01', to: '2026-07-01' }).map((o) => o.start.utc);
 * ```
 */
export function expandEvent(event: KlasEvent, options: ExpandOptions): Occurrence[] {
  const from = toMs(options.from, 'from');
  const to = toMs(options.to, 'to');
  const limit = options.limit ?? 1000;
  const zone = event.timeZone;
  const inWindow = (start: EventTime, end: EventTime | undefined) => {
    const s = startMs(start, zone);
    const e = endMs(start, end, zone);
    return s < to && (e > from || (e === s && s >= from));
  };
  const rec = event.recurrence;
  const excluded = new Set((rec?.exdates ?? []).map(wallKey));
  const found = new Map<string, Occurrence>();
  const add = (start: EventTime) => {
    const key = wallKey(start);
    if (excluded.has(key) || found.has(key)) return;
    const end = endFor(event, start);
    if (inWindow(start, end)) found.set(key, end ? { event, start, end } : { event, start });
  };
  add(event.start);
  if (rec?.rrule) {
    // Cheap bounds on the local wall time (no zone lookups): wall times are at most 14 h from UTC,
    // so a day's margin either side is enough; `length` lets a long event reach into the window.
    const length = endMs(event.start, event.end, zone) - startMs(event.start, zone);
    const early = from - length - 86_400_000;
    const stop = to + 86_400_000;
    const local = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    let inside = 0;
    for (const wall of ruleWalls(
      rec.rrule,
      event.start,
      zone,
      (w) => local(w) < stop && inside < limit + 1,
    )) {
      if (local(wall) < early) continue;
      const before = found.size;
      add(timeOf(wall, zone));
      if (found.size > before) inside++;
    }
  }
  for (const t of rec?.rdates ?? []) add(t);
  // The rule's first `limit` occurrences in the window and every RDATE in it: the first `limit` of
  // these are the answer.
  const out = [...found.values()]
    .sort((a, b) => startMs(a.start, zone) - startMs(b.start, zone))
    .slice(0, limit);
  return out;
}

/** The occurrences of many events in the window, in calendar order (start, then id). */
export function expandEvents(events: readonly KlasEvent[], options: ExpandOptions): Occurrence[] {
  const all = events.flatMap((e) => expandEvent(e, options));
  const key = (o: Occurrence) => startMs(o.start, o.event.timeZone);
  return all.sort(
    (a, b) => key(a) - key(b) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
}
