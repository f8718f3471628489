import { unfoldLines } from './text.js';

/** Lines that change on every run without the event changing. */
const VOLATILE = /^(DTSTAMP|SEQUENCE)[;:]/;

/** Each VEVENT's UID, SEQUENCE and content (its lines less the volatile ones). */
function readEvents(ics: string): Map<string, { sequence: number; content: string }> {
  const out = new Map<string, { sequence: number; content: string }>();
  let lines: string[] | undefined;
  for (const line of unfoldLines(ics)) {
    if (line === 'BEGIN:VEVENT') lines = [];
    else if (line === 'END:VEVENT' && lines) {
      const uid = lines.find((l) => l.startsWith('UID:'))?.slice(4);
      const seq = Number(lines.find((l) => l.startsWith('SEQUENCE:'))?.slice(9) ?? 0);
      if (uid !== undefined) {
        out.set(uid, {
          sequence: Number.isSafeInteger(seq) && seq >= 0 ? seq : 0,
          content: lines.filter((l) => !VOLATILE.test(l)).join('\n'),
        });
      }
      lines = undefined;
    } else lines?.push(line);
  }
  return out;
}

/**
 * The `SEQUENCE` of every event of a new feed: the previous feed's where the event is unchanged,
 * one more where it changed (RFC 5545 §3.8.7.4), 0 for new events. With stable UIDs this makes
 * subscribed clients replace an updated event instead of showing it twice.
 *
 * @param previous the feed as published before (undefined or unreadable: every event is new)
 * @param next the new feed, written without sequences
 * @returns SEQUENCE by UID, for `toICalendar`'s `sequences` option
 */
export function feedSequences(previous: string | undefined, next: string): Record<string, number> {
  const before = previous === undefined ? new Map() : readEvents(previous);
  const out: Record<string, number> = {};
  for (const [uid, now] of readEvents(next)) {
    const old = before.get(uid);
    out[uid] =
      old === undefined ? 0 : old.content === now.content ? old.sequence : old.sequence + 1;
  }
  return out;
}
