import { KlasLabError } from '@klaslab/core';
import {
  type CivilDateTime,
  daysFromCivil,
  daysInMonth,
  epochMsToWall,
  weekday,
} from '../dates/civil.js';
import { offsetAt } from '../dates/zone.js';

/**
 * Builds VTIMEZONE components from the runtime's own tz data (via `Intl`), so no data package is
 * bundled. Transitions are found by probing offsets day by day and bisecting to the minute; yearly
 * patterns ("last Sunday of March at 02:00") are written as one RRULE, which Outlook needs, and
 * irregular ones as single observances.
 */

interface Transition {
  /** First instant (epoch ms) of the new offset. */
  at: number;
  from: number;
  to: number;
  /** Wall time of the onset in the old offset (what DTSTART shows). */
  wall: CivilDateTime;
}

const DAY = 86_400_000;
// tz data holds explicit transitions up to 2037; after that every zone repeats its last yearly
// rule forever, which an open-ended RRULE already says. Probing further only costs time (an end
// date in 9999 used to take 49 s), so probing stops here.
const LAST_EXPLICIT_YEAR = 2038;
// A calendar spanning more years than this before 2038 (an event in the year 1) is refused.
export const MAX_PROBED_YEARS = 400;
const cache = new Map<string, string[]>();

function findTransitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const start = daysFromCivil(fromYear, 1, 1) * DAY;
  const end = daysFromCivil(toYear + 1, 1, 1) * DAY;
  const out: Transition[] = [];
  let prevT = start;
  let prev = offsetAt(timeZone, start);
  for (let t = start + DAY; t <= end; t += DAY) {
    const cur = offsetAt(timeZone, t);
    if (cur !== prev) {
      let lo = prevT;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetAt(timeZone, mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: prev, to: cur, wall: epochMsToWall(hi + prev * 1000) });
    }
    prev = cur;
    prevT = t;
  }
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `20250330T020000` */
export function formatIcalWall(w: CivilDateTime): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** `+0100`, `-0330`, `+005328` (seconds only when needed). */
export function formatIcalOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const a = Math.abs(seconds);
  const s = a % 60;
  return `${sign}${pad(Math.floor(a / 3600))}${pad(Math.floor((a % 3600) / 60))}${s ? pad(s) : ''}`;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function ruleKey(t: Transition): { key: string; byDay: string } {
  const w = t.wall;
  const dow = weekday(w.year, w.month, w.day);
  const last = w.day + 7 > daysInMonth(w.year, w.month);
  const nth = last ? -1 : Math.ceil(w.day / 7);
  const byDay = `${nth}${DAYS[dow]}`;
  return { key: `${t.from}|${t.to}|${w.month}|${byDay}|${w.hour}:${w.minute}:${w.second}`, byDay };
}

/**
 * The VTIMEZONE lines (unfolded, without CRLF) for `timeZone`, valid for every time from
 * `fromYear` to `toYear`. One year before `fromYear` is included so that the first event is after
 * an onset, as RFC 5545 requires.
 *
 * @example
 * ```ts
 * vtimezoneLines('Europe/Brussels', 2025, 2025);
 * // ['BEGIN:VTIMEZONE', 'TZID:Europe/Brussels', …, 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', …]
 * ```
 */
/**
 * The zone's abbreviation at an instant (`CET`, `CEST`, `EST`), which Outlook shows and some
 * clients require (`TZNAME`); `GMT+3`-style where the runtime's CLDR data has no abbreviation.
 */
function zoneAbbreviation(timeZone: string, epochMs: number): string {
  let fallback = '';
  for (const locale of ['en-GB', 'en-US']) {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(epochMs)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
    fallback ||= name ?? '';
  }
  return fallback || 'UTC';
}

export function vtimezoneLines(timeZone: string, fromYear: number, toYear: number): string[] {
  const cacheKey = `${timeZone}|${fromYear}|${toYear}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const first = fromYear - 1;
  const probeTo = Math.min(toYear, Math.max(fromYear, LAST_EXPLICIT_YEAR) + 1);
  if (probeTo - first > MAX_PROBED_YEARS) {
    throw new KlasLabError(
      'EVENTS_TIME_SPAN_TOO_LONG',
      `The events in ${timeZone} span ${fromYear}–${toYear}; a calendar can describe at most ${MAX_PROBED_YEARS} years of time-zone history.`,
      {
        details: {
          timeZone,
          fromYear,
          toYear,
          max: MAX_PROBED_YEARS,
          hint: 'Check the years of the earliest events.',
        },
      },
    );
  }
  const transitions = findTransitions(timeZone, first, probeTo);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  if (transitions.length === 0) {
    const offset = formatIcalOffset(offsetAt(timeZone, daysFromCivil(first, 1, 1) * DAY));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      `TZNAME:${zoneAbbreviation(timeZone, daysFromCivil(first, 1, 1) * DAY)}`,
      'END:STANDARD',
    );
  } else {
    // Group transitions that follow one yearly rule in consecutive years.
    const groups = new Map<string, { byDay: string; items: Transition[] }>();
    for (const t of transitions) {
      const { key, byDay } = ruleKey(t);
      const g = groups.get(key);
      if (g) g.items.push(t);
      else groups.set(key, { byDay, items: [t] });
    }
    const components: { at: number; lines: string[] }[] = [];
    for (const { byDay, items } of groups.values()) {
      const consecutive = items.every(
        (t, i) => i === 0 || t.wall.year === items[i - 1]!.wall.year + 1,
      );
      const kind = (t: Transition) => (t.to > t.from ? 'DAYLIGHT' : 'STANDARD');
      if (items.length >= 2 && consecutive) {
        const t0 = items[0]!;
        const last = items[items.length - 1]!;
        // The rule may stop before the range ends (the zone changed its rules): bound it with UNTIL.
        const stillRunning = last.wall.year >= probeTo;
        const until = stillRunning ? '' : `;UNTIL=${formatIcalWall(epochMsToWall(last.at))}Z`;
        components.push({
          at: t0.at,
          lines: [
            `BEGIN:${kind(t0)}`,
            `DTSTART:${formatIcalWall(t0.wall)}`,
            `TZOFFSETFROM:${formatIcalOffset(t0.from)}`,
            `TZOFFSETTO:${formatIcalOffset(t0.to)}`,
            `TZNAME:${zoneAbbreviation(timeZone, t0.at)}`,
            `RRULE:FREQ=YEARLY;BYMONTH=${t0.wall.month};BYDAY=${byDay}${until}`,
            `END:${kind(t0)}`,
          ],
        });
      } else {
        for (const t of items) {
          components.push({
            at: t.at,
            lines: [
              `BEGIN:${kind(t)}`,
              `DTSTART:${formatIcalWall(t.wall)}`,
              `TZOFFSETFROM:${formatIcalOffset(t.from)}`,
              `TZOFFSETTO:${formatIcalOffset(t.to)}`,
              `TZNAME:${zoneAbbreviation(timeZone, t.at)}`,
              `END:${kind(t)}`,
            ],
          });
        }
      }
    }
    components.sort((a, b) => a.at - b.at);
    for (const c of components) lines.push(...c.lines);
  }
  lines.push('END:VTIMEZONE');
  if (cache.size > 256) cache.clear();
  cache.set(cacheKey, lines);
  return lines;
}
