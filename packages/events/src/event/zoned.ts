import {
  type CivilDateTime,
  formatDate,
  formatOffset,
  formatTime,
  formatUtc,
} from '../dates/civil.js';
import { resolveWallTime, wallTimeAt } from '../dates/zone.js';
import type { EventDateTime, EventTime } from './types.js';

/** The wall-clock key of a time (what EXDATE matches on). */
export function wallKey(t: EventTime): string {
  return t.kind === 'date' ? t.date : `${t.date}T${t.time}`;
}

/** An event time from its wall time, the zone's offset then and the instant. */
export function zonedTime(
  wall: CivilDateTime,
  offsetSeconds: number,
  epochMs: number,
  timeZone: string,
): EventDateTime {
  return {
    kind: 'date-time',
    date: formatDate(wall),
    time: formatTime(wall),
    timeZone,
    offset: formatOffset(offsetSeconds),
    utc: formatUtc(epochMs),
  };
}

/** A wall time placed in a zone (DST gaps move forward, like the start). */
export function zonedWall(wall: CivilDateTime, timeZone: string): EventDateTime {
  const r = resolveWallTime(timeZone, wall);
  return zonedTime(r.wall, r.offsetSeconds, r.epochMs, timeZone);
}

/** The same instant in a zone. */
export function zonedInstant(epochMs: number, timeZone: string): EventDateTime {
  const { wall, offsetSeconds } = wallTimeAt(timeZone, epochMs);
  return zonedTime(wall, offsetSeconds, epochMs, timeZone);
}
