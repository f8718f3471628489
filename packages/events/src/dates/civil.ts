/**
 * Proleptic Gregorian calendar arithmetic on plain numbers. No `Date`: these functions never
 * consult the host time zone, so results are the same on every machine.
 */

/** A calendar date: year, month 1–12, day 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock date and time without a zone. */
export interface CivilDateTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil; exact for any year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(year: number, month: number, day: number): number {
  return (((daysFromCivil(year, month, day) + 4) % 7) + 7) % 7;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return civilFromDays(daysFromCivil(date.year, date.month, date.day) + days);
}

/** Milliseconds since the epoch of a wall time read as if it were UTC (the "local epoch"). */
export function wallToEpochMs(t: CivilDateTime): number {
  return (
    daysFromCivil(t.year, t.month, t.day) * 86_400_000 +
    (t.hour * 3600 + t.minute * 60 + t.second) * 1000
  );
}

/** Inverse of {@link wallToEpochMs} (drops milliseconds). */
export function epochMsToWall(ms: number): CivilDateTime {
  const days = Math.floor(ms / 86_400_000);
  let rest = Math.floor((ms - days * 86_400_000) / 1000);
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  return { ...civilFromDays(days), hour, minute, second: rest - minute * 60 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2025-11-14` */
export function formatDate(d: CivilDate): string {
  const year =
    d.year < 0 ? `-${pad(-d.year, 6)}` : d.year > 9999 ? `+${pad(d.year, 6)}` : pad(d.year, 4);
  return `${year}-${pad(d.month)}-${pad(d.day)}`;
}

/** `09:30:00` */
export function formatTime(t: Pick<CivilDateTime, 'hour' | 'minute' | 'second'>): string {
  return `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

/** `+01:00`, `-05:30`, `+00:00`; seconds appended only when not zero (historic local mean time). */
export function formatOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

/** `2025-11-14T08:30:00Z` from epoch milliseconds, host-independent. */
export function formatUtc(ms: number): string {
  const w = epochMsToWall(ms);
  return `${formatDate(w)}T${formatTime(w)}Z`;
}
