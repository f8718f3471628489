import {
  addDays,
  type CivilDateTime,
  formatDate,
  formatOffset,
  formatTime,
  wallToEpochMs,
} from '../dates/civil.js';
import { type DateIssue, readDateTime, readTime } from '../dates/iso.js';
import { resolveWallTime, wallTimeAt } from '../dates/zone.js';
import type { DiagnosticCode, DiagnosticInput } from '../diagnostics/diagnostic.js';
import type { FieldInfo } from '../frontmatter/fields.js';
import type { Civil, Field, FieldContext } from './field-context.js';
import type { Resolved } from './options.js';
import type { EventTime } from './types.js';
import { zonedTime } from './zoned.js';

/** `null`, `list`, `object`, or the `typeof`: for "must be text, but is …" messages. */
export const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'object' : typeof v;

/** The value at a dot path (`signup.url`), own keys only. */
export function getPath(data: Record<string, unknown>, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    if (!Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * One file's frontmatter as the field readers see it: key lookup (marking keys used), positions,
 * reporting, and the date and time value readers that several fields share.
 */
export class Context implements FieldContext {
  private readonly used = new Set<string>();

  constructor(
    private readonly data: Record<string, unknown>,
    private readonly fields: Map<string, FieldInfo>,
    readonly firstLine: number,
    private readonly out: DiagnosticInput[],
    readonly opts: Resolved,
    readonly file: string | undefined,
  ) {}

  /** The top-level keys, in file order, and whether a reader used each. */
  keys(): { key: string; value: unknown; used: boolean }[] {
    return Object.entries(this.data).map(([key, value]) => ({
      key,
      value,
      used: this.used.has(key),
    }));
  }

  info(path: string): FieldInfo {
    return (
      this.fields.get(path) ?? {
        path,
        keyLine: this.firstLine,
        keyColumn: 1,
        line: this.firstLine,
        column: 1,
        raw: undefined,
      }
    );
  }

  /** The first candidate key that is present, marking it used. */
  pick(keys: readonly string[]): Field | undefined {
    const present = keys.filter((key) => getPath(this.data, key) !== undefined);
    const [key, ...others] = present;
    if (key === undefined) return undefined;
    const value = getPath(this.data, key);
    this.used.add(key.split('.')[0]!);
    // Two keys for one field (`date` and `start`): the first in the mapping wins, the other is
    // reported instead of being dropped silently.
    for (const other of others) {
      if (JSON.stringify(getPath(this.data, other)) === JSON.stringify(value)) continue;
      this.used.add(other.split('.')[0]!);
      this.report('EVENT_KEY_SHADOWED', other, { params: { used: key }, dropped: other }, 'key');
    }
    return { key, value };
  }

  peek(path: string): unknown {
    return getPath(this.data, path);
  }

  push(input: DiagnosticInput): void {
    this.out.push(input);
  }

  columnIn(path: string, value: string, index: number): number {
    const f = this.info(path);
    const raw = f.raw;
    // Only when the source text is the value itself (not an escaped or folded form).
    const offset = raw?.includes(value.trim())
      ? raw.indexOf(value.trim()) - (value.length - value.trimStart().length)
      : undefined;
    return offset !== undefined && !raw!.includes('\n') ? f.column + offset + index : f.column;
  }

  report(
    code: DiagnosticCode,
    path: string,
    extra: Partial<DiagnosticInput> = {},
    at: 'key' | 'value' = 'value',
  ): void {
    const f = this.info(path);
    this.out.push({
      code,
      line: at === 'key' ? f.keyLine : f.line,
      column: at === 'key' ? f.keyColumn : f.column,
      key: path,
      ...extra,
    });
  }

  readDate(
    key: string,
    value: unknown,
    dropped: string,
    fileDate?: { text: string },
  ): Civil | undefined {
    if (value === null || value === '') {
      this.report('EVENT_DATE_EMPTY', key, { dropped });
      return undefined;
    }
    if (typeof value !== 'string') {
      const raw = this.info(key).raw ?? String(value);
      this.report('EVENT_DATE_INVALID', key, {
        params: { value: raw },
        hintKey: 'HINT_DATE_EXAMPLE',
        hintParams: { example: '2025-11-14T09:30:00' },
        dropped,
      });
      return undefined;
    }
    const result = readDateTime(value);
    for (const w of result.warnings) this.dateIssue(key, value, w, undefined);
    if (!result.ok) {
      this.dateIssue(key, value, result.error, dropped, fileDate);
      return undefined;
    }
    return result.value;
  }

  private dateIssue(
    key: string,
    value: string,
    issue: DateIssue,
    dropped: string | undefined,
    fileDate?: { text: string },
  ): void {
    const f = this.info(key);
    const column = this.columnIn(key, value, issue.index);
    const part = value.slice(issue.index, issue.index + issue.length);
    const input: DiagnosticInput = {
      code: issue.code,
      line: f.line,
      column,
      key,
      params: { value: value.trim(), part, ...issue.params },
    };
    if (dropped) input.dropped = dropped;
    if (issue.code === 'EVENT_DATE_HOUR_DIGITS' && /^0\d\d$/.test(part)) {
      input.hintKey = 'HINT_HOUR_DIGITS';
      input.hintParams = {
        suggestion:
          value.slice(0, issue.index) + part.slice(1) + value.slice(issue.index + issue.length),
      };
    } else if (issue.code === 'EVENT_DATE_ONE_DIGIT_HOUR') {
      input.hintKey = 'HINT_ONE_DIGIT_HOUR';
      input.hintParams = {
        suggestion: `${value.slice(0, issue.index)}0${value.slice(issue.index)}`.trim(),
      };
    } else if (issue.code === 'EVENT_DATE_END_OF_DAY') {
      const r = readDateTime(value);
      if (r.ok && r.value.kind === 'date-time') {
        const next = addDays(r.value, 1);
        input.params = { ...input.params, value: `${formatDate(next)}T00:00:00` };
        input.hintKey = 'HINT_END_OF_DAY';
        input.hintParams = { suggestion: `${formatDate(r.value)}T23:59:00` };
      }
    } else if (
      dropped &&
      fileDate &&
      [
        'EVENT_DATE_DAY_RANGE',
        'EVENT_DATE_MONTH_RANGE',
        'EVENT_DATE_PLACEHOLDER',
        'EVENT_DATE_INVALID',
      ].includes(issue.code)
    ) {
      input.hintKey = 'HINT_DAY_FROM_FILE';
      input.hintParams = { fileDate: fileDate.text };
    } else if (
      dropped &&
      (issue.code === 'EVENT_DATE_INVALID' || issue.code === 'EVENT_DATE_PLACEHOLDER')
    ) {
      input.hintKey = 'HINT_DATE_EXAMPLE';
      input.hintParams = { example: '2025-11-14T09:30:00' };
    }
    this.out.push(input);
  }

  /** Combines a date with a separate time field (`startTime: 17:00`). */
  withTime(
    civil: Civil,
    dateKey: string,
    timeField: { key: string; value: unknown },
    dropped: string,
  ): Civil | undefined {
    if (civil.kind === 'date-time') {
      this.report('EVENT_TIME_CONFLICT', timeField.key, { params: { dateKey } });
      return civil;
    }
    const text = typeof timeField.value === 'string' ? timeField.value : undefined;
    if (text === undefined) {
      const raw = this.info(timeField.key).raw ?? String(timeField.value);
      this.report('EVENT_DATE_INVALID', timeField.key, {
        params: { value: raw },
        hintKey: 'HINT_DATE_EXAMPLE',
        hintParams: { example: '17:00' },
        dropped,
      });
      return undefined;
    }
    const result = readTime(text);
    for (const w of result.warnings) this.dateIssue(timeField.key, text, w, undefined);
    if (!result.ok) {
      this.dateIssue(timeField.key, text, result.error, dropped);
      return undefined;
    }
    const t = result.value;
    return {
      ...civil,
      kind: 'date-time',
      hour: t.hour,
      minute: t.minute,
      second: t.second,
      offsetSeconds: undefined,
      utc: false,
      endOfDay: t.endOfDay,
    };
  }

  /** Places a civil value in the zone: all-day dates stay dates, times become zoned instants. */
  place(civil: Civil, key: string, timeZone: string): EventTime {
    if (civil.kind === 'date') return { kind: 'date', date: formatDate(civil) };
    let wall: CivilDateTime = civil;
    if (civil.endOfDay) wall = { ...addDays(civil, 1), hour: 0, minute: 0, second: 0 };
    if (civil.offsetSeconds === undefined) {
      const r = resolveWallTime(timeZone, wall);
      const shown = `${formatDate(wall)}T${formatTime(wall)}`;
      if (r.status === 'gap') {
        this.report('EVENT_DATE_DST_GAP', key, {
          params: { value: shown, timeZone, actual: `${formatDate(r.wall)}T${formatTime(r.wall)}` },
        });
      } else if (r.status === 'ambiguous') {
        this.report('EVENT_DATE_AMBIGUOUS', key, { params: { value: shown, timeZone } });
      }
      return zonedTime(r.wall, r.offsetSeconds, r.epochMs, timeZone);
    }
    const epochMs = wallToEpochMs(wall) - civil.offsetSeconds * 1000;
    const local = wallTimeAt(timeZone, epochMs);
    if (!civil.utc && local.offsetSeconds !== civil.offsetSeconds) {
      this.report('EVENT_DATE_OFFSET_MISMATCH', key, {
        params: {
          offset: formatOffset(civil.offsetSeconds),
          zoneOffset: formatOffset(local.offsetSeconds),
          timeZone,
          value: `${formatDate(local.wall)}T${formatTime(local.wall)}`,
        },
      });
    }
    return zonedTime(local.wall, local.offsetSeconds, epochMs, timeZone);
  }
}

/** Orders two times; a date compares as its day. */
export function compareTimes(a: EventTime, b: EventTime): number {
  const ka = a.kind === 'date' ? a.date : a.utc;
  const kb = b.kind === 'date' ? b.date : b.utc;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function sameDay(a: EventTime, b: EventTime): boolean {
  return a.date === b.date;
}

export function describe(t: EventTime): string {
  return t.kind === 'date' ? t.date : `${t.date}T${t.time}`;
}

export function describeCivil(c: Civil): string {
  return c.kind === 'date' ? formatDate(c) : `${formatDate(c)}T${formatTime(c)}`;
}
