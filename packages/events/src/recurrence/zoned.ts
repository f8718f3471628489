import {
  type CivilDateTime,
  formatDate,
  formatOffset,
  formatTime,
  formatUtc,
} from '../dates/civil.js';
import { resolveWallTime, wallTimeAt } from '../dates/zone.js';
import type { EventDateTime, EventTime } from '../event/types.js';

/** The wall-clock key of a time (what EXDATE matches on). */
export function wallKey(t: EventTime): string {
  return t.kind === 'date' ? t.date : `${t.date}T${t.time}`;
}

/** A wall time placed in a zone (DST gaps move forward, like the start). */
export function zonedWall(wall: CivilDateTime, timeZone: string): EventDateTime {
  const r = resolveWallTime(timeZone, wall);
  return {
    kind: 'date-time',
    date: formatDate(r.wall),
    time: formatTime(r.wall),
    timeZone,
    offset: formatOffset(r.offsetSeconds),
    utc: formatUtc(r.epochMs),
  };
}

/** The same instant in a zone. */
export function zonedInstant(epochMs: number, timeZone: string): EventDateTime {
  const { wall, offsetSeconds } = wallTimeAt(timeZone, epochMs);
  return {
    kind: 'date-time',
    date: formatDate(wall),
    time: formatTime(wall),
    timeZone,
    offset: formatOffset(offsetSeconds),
    utc: formatUtc(epochMs),
  };
}
