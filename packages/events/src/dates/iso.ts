import { type CivilDate, daysInMonth } from './civil.js';

/**
 * A strict reader for the ISO 8601 date and date-time forms found in event frontmatter. It never
 * "fixes" a value: anything out of range is a problem with its position inside the text, so the
 * caller can point at the exact character.
 */

/** A date-only value (an all-day event). */
export interface ParsedDate extends CivilDate {
  kind: 'date';
}

/** A date-time value; `offsetSeconds` is `undefined` for local (zone-less) times. */
export interface ParsedDateTime extends CivilDate {
  kind: 'date-time';
  hour: number;
  minute: number;
  second: number;
  offsetSeconds: number | undefined;
  /** True when the text said `Z` (as opposed to a numeric offset). */
  utc: boolean;
  /** True for `T24:00[:00]`, already rolled over to 00:00 the next day by the caller. */
  endOfDay: boolean;
}

/** A clock time without date, for `startTime: 17:00`. */
export interface ParsedTime {
  hour: number;
  minute: number;
  second: number;
}

/** Something the reader noticed; `index`/`length` locate it inside the text. */
export interface DateIssue {
  code: DateIssueCode;
  index: number;
  length: number;
  params?: Record<string, string | number>;
}

export type DateIssueCode =
  | 'EVENT_DATE_EMPTY'
  | 'EVENT_DATE_PLACEHOLDER'
  | 'EVENT_DATE_INVALID'
  | 'EVENT_DATE_MONTH_RANGE'
  | 'EVENT_DATE_DAY_RANGE'
  | 'EVENT_DATE_HOUR_RANGE'
  | 'EVENT_DATE_HOUR_DIGITS'
  | 'EVENT_DATE_MINUTE_RANGE'
  | 'EVENT_DATE_SECOND_RANGE'
  | 'EVENT_DATE_OFFSET_INVALID'
  | 'EVENT_DATE_END_OF_DAY'
  | 'EVENT_DATE_ONE_DIGIT_HOUR'
  | 'EVENT_DATE_FRACTION_DROPPED';

export type ReadResult<T> =
  | { ok: true; value: T; warnings: DateIssue[] }
  | { ok: false; error: DateIssue; warnings: DateIssue[] };

// Loose on purpose (digit counts, separators) so that wrong widths get a precise message instead of
// a generic "not a date"; every group is then checked by hand.
const DATE_TIME =
  /^(\d{1,6})-(\d{1,3})-(\d{1,4})(?:([Tt ])(\d{1,4}):(\d{1,4})(?::(\d{1,4})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{1,2})(?::?(\d{2}))?)?)?$/;
const TIME = /^(\d{1,4}):(\d{1,4})(?::(\d{1,4}))?$/;
// Template leftovers such as `YYYY-MM-DDTHH:MM:SS` (also Dutch `JJJJ-MM-DD`, `UU:MM`).
const PLACEHOLDER =
  /YYYY|yyyy|JJJJ|jjjj|(?:^|[-T:\s])(?:MM|DD|HH|SS|UU|mm|dd|hh|ss|uu)(?=$|[-T:\s])/;

function fail<T>(
  code: DateIssueCode,
  index: number,
  length: number,
  warnings: DateIssue[],
  params?: Record<string, string | number>,
): ReadResult<T> {
  return {
    ok: false,
    error: params ? { code, index, length, params } : { code, index, length },
    warnings,
  };
}

/**
 * Reads `2025-11-14`, `2025-11-14T09:30`, `2025-11-14T09:30:00`, `…T9:30:00`, `…Z`, `…+01:00`,
 * `…+0100` and `…T24:00:00` (end of day, with a warning).
 *
 * @example
 * ```ts
 * readDateTime('2025-11-14T09:30'); // { ok: true, value: { kind: 'date-time', hour: 9, minute: 30, … } }
 * readDateTime('2025-01-213T13:30:00'); // { ok: false, error: { code: 'EVENT_DATE_DAY_RANGE', index: 8, length: 3 } }
 * ```
 */
export function readDateTime(text: string): ReadResult<ParsedDate | ParsedDateTime> {
  const warnings: DateIssue[] = [];
  const lead = text.length - text.trimStart().length;
  const s = text.trim();
  if (s === '') return fail('EVENT_DATE_EMPTY', 0, text.length, warnings);
  const m = DATE_TIME.exec(s);
  if (!m) {
    const ph = PLACEHOLDER.exec(s);
    if (ph) return fail('EVENT_DATE_PLACEHOLDER', lead + ph.index, s.length - ph.index, warnings);
    return fail('EVENT_DATE_INVALID', lead, s.length, warnings);
  }
  const [, ys, mos, ds, sep, hs, mis, ss, frac, z, sign, ohs, oms] = m;
  // Group start indexes: the regex is anchored and every group has a fixed separator before it.
  let at = lead;
  const yearAt = at;
  at += ys!.length + 1;
  const monthAt = at;
  at += mos!.length + 1;
  const dayAt = at;
  at += ds!.length;
  if (ys!.length !== 4) return fail('EVENT_DATE_INVALID', yearAt, ys!.length, warnings);
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (mos!.length !== 2 || month < 1 || month > 12) {
    return fail('EVENT_DATE_MONTH_RANGE', monthAt, mos!.length, warnings, { value: mos! });
  }
  if (ds!.length !== 2 || day < 1 || day > daysInMonth(year, month)) {
    return fail('EVENT_DATE_DAY_RANGE', dayAt, ds!.length, warnings, {
      value: ds!,
      max: daysInMonth(year, month),
    });
  }
  if (sep === undefined) return { ok: true, value: { kind: 'date', year, month, day }, warnings };

  at += 1;
  const hourAt = at;
  at += hs!.length + 1;
  const minuteAt = at;
  at += mis!.length;
  const secondAt = ss === undefined ? at : at + 1;
  if (ss !== undefined) at += 1 + ss.length;
  if (frac !== undefined) at += 1 + frac.length;
  const offsetAt = at;

  const clock = readClock(hs!, mis!, ss, frac, [hourAt, minuteAt, secondAt], warnings);
  if (!clock.ok) return clock;
  const { hour, minute, second, endOfDay } = clock.value;
  if (frac !== undefined && !/^0+$/.test(frac)) {
    warnings.push({
      code: 'EVENT_DATE_FRACTION_DROPPED',
      index: secondAt + 2,
      length: frac.length + 1,
    });
  }

  let offsetSeconds: number | undefined;
  const utc = z !== undefined;
  if (utc) offsetSeconds = 0;
  else if (sign !== undefined) {
    const oh = Number(ohs);
    const om = oms === undefined ? 0 : Number(oms);
    if (ohs!.length !== 2 || oh > 14 || om > 59) {
      return fail('EVENT_DATE_OFFSET_INVALID', offsetAt, s.length - (offsetAt - lead), warnings);
    }
    offsetSeconds = (sign === '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  return {
    ok: true,
    value: {
      kind: 'date-time',
      year,
      month,
      day,
      hour,
      minute,
      second,
      offsetSeconds,
      utc,
      endOfDay,
    },
    warnings,
  };
}

/**
 * Reads a clock time `17:00`, `9:30` or `17:00:00` (for `startTime`/`endTime` fields).
 * `24:00` is accepted as end of day with a warning, like in dates.
 */
export function readTime(text: string): ReadResult<ParsedTime & { endOfDay: boolean }> {
  const warnings: DateIssue[] = [];
  const lead = text.length - text.trimStart().length;
  const s = text.trim();
  if (s === '') return fail('EVENT_DATE_EMPTY', 0, text.length, warnings);
  const m = TIME.exec(s);
  if (!m) {
    const ph = PLACEHOLDER.exec(s);
    if (ph) return fail('EVENT_DATE_PLACEHOLDER', lead + ph.index, s.length - ph.index, warnings);
    return fail('EVENT_DATE_INVALID', lead, s.length, warnings);
  }
  const [, hs, mis, ss] = m;
  const minuteAt = lead + hs!.length + 1;
  return readClock(
    hs!,
    mis!,
    ss,
    undefined,
    [lead, minuteAt, minuteAt + mis!.length + 1],
    warnings,
  );
}

/**
 * Checks the hour, minute and second groups of a time (`hs:mis[:ss[.frac]]`) found at the given
 * positions: one-digit hours warn, three-digit hours and minutes or seconds past 59 fail, `24:00`
 * is the end of the day (with a warning), any other hour past 23 fails.
 */
function readClock(
  hs: string,
  mis: string,
  ss: string | undefined,
  frac: string | undefined,
  [hourAt, minuteAt, secondAt]: [number, number, number],
  warnings: DateIssue[],
): ReadResult<ParsedTime & { endOfDay: boolean }> {
  if (hs.length > 2)
    return fail('EVENT_DATE_HOUR_DIGITS', hourAt, hs.length, warnings, { value: hs });
  if (hs.length === 1)
    warnings.push({
      code: 'EVENT_DATE_ONE_DIGIT_HOUR',
      index: hourAt,
      length: 1,
      params: { value: hs },
    });
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (mis.length !== 2 || minute > 59)
    return fail('EVENT_DATE_MINUTE_RANGE', minuteAt, mis.length, warnings, { value: mis });
  if (ss !== undefined && (ss.length !== 2 || second > 59))
    return fail('EVENT_DATE_SECOND_RANGE', secondAt, ss.length, warnings, { value: ss });
  if (hour === 24 && minute === 0 && second === 0 && (frac === undefined || /^0+$/.test(frac))) {
    warnings.push({ code: 'EVENT_DATE_END_OF_DAY', index: hourAt, length: hs.length });
    return { ok: true, value: { hour: 24, minute, second, endOfDay: true }, warnings };
  }
  if (hour > 23) return fail('EVENT_DATE_HOUR_RANGE', hourAt, hs.length, warnings, { value: hs });
  return { ok: true, value: { hour, minute, second, endOfDay: false }, warnings };
}
