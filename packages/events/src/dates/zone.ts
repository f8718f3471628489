import { type CivilDateTime, epochMsToWall, wallToEpochMs } from './civil.js';

/**
 * Time-zone maths on top of `Intl.DateTimeFormat` with an explicit `timeZone`: the host's own zone
 * (`TZ`) is never consulted, so results are identical on every machine with the same tz data.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The canonical IANA name of a zone (`europe/brussels` → `Europe/Brussels`), or `undefined` when
 * the runtime does not know it.
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (typeof name !== 'string' || name.trim() === '' || /\s/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

// One cache entry per (zone, minute): VTIMEZONE generation probes the same instants repeatedly.
const offsetCache = new Map<string, number>();

/** The zone's UTC offset in seconds at an instant (epoch milliseconds). */
export function offsetAt(timeZone: string, epochMs: number): number {
  const minuteKey = Math.floor(epochMs / 60_000);
  const key = `${timeZone}|${minuteKey}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const at = minuteKey * 60_000;
  const parts = formatterFor(timeZone).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const p = parts.find((x) => x.type === type);
    return p ? Number(p.value) : 0;
  };
  let year = get('year');
  const era = parts.find((x) => x.type === 'era')?.value;
  if (era === 'BC' || era === 'B') year = 1 - year;
  const wall = wallToEpochMs({
    year,
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  });
  const offset = Math.round((wall - at) / 1000);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** How a wall time maps to an instant in a zone. */
export interface ZonedResolution {
  /** The instant, epoch milliseconds. */
  epochMs: number;
  /** The zone's offset at that instant, seconds. */
  offsetSeconds: number;
  /** `gap`: the wall time does not exist (clocks jumped forward); it was moved forward by the gap. */
  /** `ambiguous`: it exists twice (clocks went back); the earlier instant was taken. */
  status: 'exact' | 'gap' | 'ambiguous';
  /** The wall time actually used (differs from the input only for `gap`). */
  wall: CivilDateTime;
}

/**
 * Converts a wall time in `timeZone` to an instant, DST-correct, with the same disambiguation as
 * Temporal's `'compatible'`: skipped times move forward by the gap, repeated times take the earlier.
 */
export function resolveWallTime(timeZone: string, wall: CivilDateTime): ZonedResolution {
  const local = wallToEpochMs(wall);
  // The offsets a day either side bracket any single transition near this wall time.
  const before = offsetAt(timeZone, local - 86_400_000);
  const after = offsetAt(timeZone, local + 86_400_000);
  const candidates = before === after ? [before] : [before, after];
  const valid = candidates
    .map((o) => local - o * 1000)
    .filter((instant) => offsetAt(timeZone, instant) * 1000 === local - instant)
    .sort((a, b) => a - b);
  if (valid.length > 0) {
    const epochMs = valid[0]!;
    return {
      epochMs,
      offsetSeconds: (local - epochMs) / 1000,
      status: valid.length > 1 ? 'ambiguous' : 'exact',
      wall,
    };
  }
  // Not found: either a gap, or the brackets missed (two transitions within a day; never in
  // practice). Moving forward by the gap = reading the wall time with the offset before it.
  const epochMs = local - before * 1000;
  const offsetSeconds = offsetAt(timeZone, epochMs);
  return {
    epochMs,
    offsetSeconds,
    status: 'gap',
    wall: epochMsToWall(epochMs + offsetSeconds * 1000),
  };
}

/** The wall time in `timeZone` at an instant. */
export function wallTimeAt(
  timeZone: string,
  epochMs: number,
): { wall: CivilDateTime; offsetSeconds: number } {
  const offsetSeconds = offsetAt(timeZone, epochMs);
  return { wall: epochMsToWall(epochMs + offsetSeconds * 1000), offsetSeconds };
}
