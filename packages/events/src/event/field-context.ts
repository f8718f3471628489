import type { ParsedDate, ParsedDateTime } from '../dates/iso.js';
import type { DiagnosticCode, DiagnosticInput } from '../diagnostics/diagnostic.js';
import type { FieldInfo } from '../frontmatter/fields.js';
import type { Resolved } from './options.js';
import type { EventTime } from './types.js';

/** A date or date-time as read, before it is placed in a zone. */
export type Civil = ParsedDate | ParsedDateTime;

/** A frontmatter key that was found, and its value. */
export interface Field {
  key: string;
  value: unknown;
}

/**
 * What a field reader may use: look keys up, locate and report problems, and read dates the way
 * the start and end are read. Each reader gets this and nothing else.
 */
export interface FieldContext {
  readonly file: string | undefined;
  /** The resolved parse options (default zone, base URL, publication flags). */
  readonly opts: Resolved;
  /** The first line of the frontmatter, for problems that have no key. */
  readonly firstLine: number;
  /** The first candidate key that is present, marking it used. */
  pick(keys: readonly string[]): Field | undefined;
  /** The value at a key path, without marking it used. */
  peek(path: string): unknown;
  /** Where a key and its value are in the file. */
  info(path: string): FieldInfo;
  /** Records a diagnostic at a key's value (or at the key itself). */
  report(
    code: DiagnosticCode,
    path: string,
    extra?: Partial<DiagnosticInput>,
    at?: 'key' | 'value',
  ): void;
  /** Records a diagnostic as given (for positions inside a value). */
  push(input: DiagnosticInput): void;
  /** Column of `index` inside a string value, when the source text is the value as written. */
  columnIn(path: string, value: string, index: number): number;
  /** Reads a date field, reporting problems at their exact character. */
  readDate(
    key: string,
    value: unknown,
    dropped: string,
    fileDate?: { text: string },
  ): Civil | undefined;
  /** Combines a date with a separate time field (`startTime: 17:00`). */
  withTime(civil: Civil, dateKey: string, timeField: Field, dropped: string): Civil | undefined;
  /** Places a civil value in a zone, reporting DST gaps and offset mismatches. */
  place(civil: Civil, key: string, timeZone: string): EventTime;
}
