import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilFromDays,
  daysFromCivil,
  formatOffset,
  weekday,
} from '../src/dates/civil.js';
import { readDateTime, readTime } from '../src/dates/iso.js';
import { canonicalTimeZone, offsetAt, resolveWallTime, wallTimeAt } from '../src/dates/zone.js';

const ok = (text: string) => {
  const r = readDateTime(text);
  if (!r.ok) throw new Error(`expected ${text} to parse, got ${r.error.code}`);
  return r;
};
const err = (text: string) => {
  const r = readDateTime(text);
  if (r.ok) throw new Error(`expected ${text} to fail`);
  return r.error;
};

describe('readDateTime: the forms seen in the wild', () => {
  it('reads a date only (all-day)', () => {
    expect(ok('2022-12-12').value).toEqual({ kind: 'date', year: 2022, month: 12, day: 12 });
  });
  it('reads T14:30 and T14:30:00 and a space separator as local times', () => {
    for (const text of ['2026-09-10T14:30', '2026-09-10T14:30:00', '2026-09-10 14:30:00']) {
      const v = ok(text).value;
      expect(v).toMatchObject({
        kind: 'date-time',
        hour: 14,
        minute: 30,
        second: 0,
        offsetSeconds: undefined,
      });
    }
  });
  it('reads Z and numeric offsets in three spellings', () => {
    expect(ok('2025-11-14T09:30:00Z').value).toMatchObject({ offsetSeconds: 0, utc: true });
    expect(ok('2025-11-14T09:30:00+01:00').value).toMatchObject({
      offsetSeconds: 3600,
      utc: false,
    });
    expect(ok('2025-11-14T09:30:00+0100').value).toMatchObject({ offsetSeconds: 3600 });
    expect(ok('2025-11-14T09:30:00-05:30').value).toMatchObject({
      offsetSeconds: -(5 * 3600 + 1800),
    });
  });
  it('accepts a one-digit hour with a warning at the digit', () => {
    const r = ok('2023-03-06T9:30:00');
    expect(r.value).toMatchObject({ hour: 9, minute: 30 });
    expect(r.warnings).toEqual([
      { code: 'EVENT_DATE_ONE_DIGIT_HOUR', index: 11, length: 1, params: { value: '9' } },
    ]);
  });
  it('reads T24:00:00 as end of day, with a warning, never as another time', () => {
    const r = ok('2023-05-28T24:00:00');
    expect(r.value).toMatchObject({ hour: 24, endOfDay: true });
    expect(r.warnings.map((w) => w.code)).toEqual(['EVENT_DATE_END_OF_DAY']);
  });
});

describe('readDateTime: errors are never fixed, and point at the wrong part', () => {
  it.each([
    ['2023-02-01T23:99:00', 'EVENT_DATE_MINUTE_RANGE', 14, 2],
    ['2023-02-01T09:90:00', 'EVENT_DATE_MINUTE_RANGE', 14, 2],
    ['2023-02-01T09:30:60', 'EVENT_DATE_SECOND_RANGE', 17, 2],
    ['2023-02-01T25:00:00', 'EVENT_DATE_HOUR_RANGE', 11, 2],
    ['2023-02-01T24:30:00', 'EVENT_DATE_HOUR_RANGE', 11, 2],
    ['2025-01-213T13:30:00', 'EVENT_DATE_DAY_RANGE', 8, 3],
    ['2025-02-30', 'EVENT_DATE_DAY_RANGE', 8, 2],
    ['2025-13-01', 'EVENT_DATE_MONTH_RANGE', 5, 2],
    ['2025-10-16T009:30:00', 'EVENT_DATE_HOUR_DIGITS', 11, 3],
    ['2025-11-14T09:30:00+15:00', 'EVENT_DATE_OFFSET_INVALID', 19, 6],
  ])('%s → %s at %i', (text, code, index, length) => {
    expect(err(text)).toMatchObject({ code, index, length });
  });
  it('recognises template placeholders', () => {
    expect(err('YYYY-MM-DDTHH:MM:SS').code).toBe('EVENT_DATE_PLACEHOLDER');
    expect(err('2025-MM-DD').code).toBe('EVENT_DATE_PLACEHOLDER');
  });
  it('rejects empty and free text', () => {
    expect(err('').code).toBe('EVENT_DATE_EMPTY');
    expect(err('volgende dinsdag').code).toBe('EVENT_DATE_INVALID');
    expect(err('14/11/2025').code).toBe('EVENT_DATE_INVALID');
  });
  it('accepts 29 February only in leap years', () => {
    expect(ok('2024-02-29').value).toMatchObject({ day: 29 });
    expect(err('2025-02-29').code).toBe('EVENT_DATE_DAY_RANGE');
    expect(err('1900-02-29').code).toBe('EVENT_DATE_DAY_RANGE');
    expect(ok('2000-02-29').value).toMatchObject({ day: 29 });
  });
});

describe('readTime (startTime/endTime fields)', () => {
  it('reads 17:00, 9:30 and 17:00:00', () => {
    expect(readTime('17:00')).toMatchObject({ ok: true, value: { hour: 17, minute: 0 } });
    expect(readTime('9:30')).toMatchObject({ ok: true, value: { hour: 9, minute: 30 } });
    expect(readTime('17:00:05')).toMatchObject({ ok: true, value: { second: 5 } });
  });
  it('rejects 17:60 and 1700', () => {
    expect(readTime('17:60')).toMatchObject({
      ok: false,
      error: { code: 'EVENT_DATE_MINUTE_RANGE' },
    });
    expect(readTime('1700')).toMatchObject({ ok: false, error: { code: 'EVENT_DATE_INVALID' } });
  });
});

describe('civil calendar maths', () => {
  it('round-trips days across centuries', () => {
    for (const days of [-719468, -1, 0, 1, 10957, 20000, 2932896]) {
      const c = civilFromDays(days);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(days);
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
  });
  it('knows weekdays and month ends', () => {
    expect(weekday(2025, 3, 30)).toBe(0); // Sunday
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addDays({ year: 2025, month: 12, day: 31 }, 1)).toEqual({
      year: 2026,
      month: 1,
      day: 1,
    });
  });
  it('formats offsets', () => {
    expect(formatOffset(3600)).toBe('+01:00');
    expect(formatOffset(-16200)).toBe('-04:30');
    expect(formatOffset(0)).toBe('+00:00');
  });
});

describe('time zones via Intl, never the host zone', () => {
  const wall = (y: number, mo: number, d: number, h: number, mi = 0) => ({
    year: y,
    month: mo,
    day: d,
    hour: h,
    minute: mi,
    second: 0,
  });
  it('canonicalises zone names and rejects unknown ones', () => {
    expect(canonicalTimeZone('Europe/Brussels')).toBe('Europe/Brussels');
    expect(canonicalTimeZone('Europe/Gent')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });
  it('knows CET and CEST in Brussels and Amsterdam', () => {
    for (const zone of ['Europe/Brussels', 'Europe/Amsterdam']) {
      expect(offsetAt(zone, Date.UTC(2025, 0, 15))).toBe(3600);
      expect(offsetAt(zone, Date.UTC(2025, 6, 15))).toBe(7200);
    }
  });
  it('converts local wall times around both DST transitions of 2025', () => {
    // 30 March 2025: 02:00 → 03:00; 26 October 2025: 03:00 → 02:00.
    expect(resolveWallTime('Europe/Brussels', wall(2025, 3, 30, 1, 59))).toMatchObject({
      status: 'exact',
      offsetSeconds: 3600,
      epochMs: Date.UTC(2025, 2, 30, 0, 59),
    });
    expect(resolveWallTime('Europe/Brussels', wall(2025, 3, 30, 3, 0))).toMatchObject({
      status: 'exact',
      offsetSeconds: 7200,
      epochMs: Date.UTC(2025, 2, 30, 1, 0),
    });
    const gap = resolveWallTime('Europe/Brussels', wall(2025, 3, 30, 2, 30));
    expect(gap.status).toBe('gap');
    expect(gap.wall).toMatchObject({ hour: 3, minute: 30 });
    expect(gap.epochMs).toBe(Date.UTC(2025, 2, 30, 1, 30));
    const fold = resolveWallTime('Europe/Brussels', wall(2025, 10, 26, 2, 30));
    expect(fold.status).toBe('ambiguous');
    expect(fold.epochMs).toBe(Date.UTC(2025, 9, 26, 0, 30)); // the earlier, still CEST
    expect(resolveWallTime('Europe/Brussels', wall(2025, 10, 26, 3, 0))).toMatchObject({
      status: 'exact',
      offsetSeconds: 3600,
    });
  });
  it('converts instants to wall times', () => {
    expect(wallTimeAt('Europe/Amsterdam', Date.UTC(2025, 10, 14, 8, 30)).wall).toMatchObject({
      hour: 9,
      minute: 30,
    });
    expect(wallTimeAt('America/New_York', Date.UTC(2025, 10, 14, 8, 30)).offsetSeconds).toBe(
      -5 * 3600,
    );
  });
});
