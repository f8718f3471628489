import { type MessageKey, messages } from './messages.js';

export type Severity = 'error' | 'warning' | 'info';

/** Every code a diagnostic can carry. Stable: match on these, never on the message. */
export type DiagnosticCode = Extract<MessageKey, `EVENT_${string}`>;

/**
 * One problem found in an event file, located like a compiler message.
 *
 * Errors are authoring mistakes (the CLI exits with 1); warnings are accepted but suspicious
 * values; infos are facts worth knowing (e.g. an ambiguous DST time).
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** The message in the requested locale (see {@link formatDiagnosticMessage} for another one). */
  message: string;
  /** The file, as given by the caller. */
  file: string | undefined;
  /** 1-based line in the whole file (the frontmatter fence is line 1). */
  line: number;
  /** 1-based column, counted in UTF-16 code units like editors do. */
  column: number;
  /** How to fix it, in the same locale; absent when there is nothing useful to say. */
  hint: string | undefined;
  /** The frontmatter key it is about (dot path for nested keys, e.g. `venue.title`). */
  key?: string;
  /** What lenient mode did about it: the event field it left out, or `event` when it was rejected. */
  dropped?: string;
  /** Message parameters, to re-render the message in another locale. */
  params: Record<string, string | number>;
  /** Hint key and parameters, to re-render the hint. */
  hintKey?: MessageKey;
  hintParams?: Record<string, string | number>;
}

/** Default severity of each code. */
export const SEVERITY: Record<DiagnosticCode, Severity> = {
  EVENT_NO_FRONTMATTER: 'error',
  EVENT_FRONTMATTER_UNCLOSED: 'error',
  EVENT_FRONTMATTER_NOT_MAPPING: 'error',
  EVENT_YAML_SYNTAX: 'error',
  EVENT_YAML_STRAY_QUOTES: 'error',
  EVENT_TOML_SYNTAX: 'error',
  EVENT_DUPLICATE_KEY: 'error',
  EVENT_UNKNOWN_KEY: 'warning',
  EVENT_TITLE_MISSING: 'error',
  EVENT_START_MISSING: 'error',
  EVENT_FIELD_TYPE: 'error',
  EVENT_FIELD_EMPTY: 'info',
  EVENT_FRONTMATTER_UNREADABLE: 'error',
  EVENT_DATE_EMPTY: 'error',
  EVENT_DATE_PLACEHOLDER: 'error',
  EVENT_DATE_INVALID: 'error',
  EVENT_DATE_MONTH_RANGE: 'error',
  EVENT_DATE_DAY_RANGE: 'error',
  EVENT_DATE_HOUR_RANGE: 'error',
  EVENT_DATE_HOUR_DIGITS: 'error',
  EVENT_DATE_MINUTE_RANGE: 'error',
  EVENT_DATE_SECOND_RANGE: 'error',
  EVENT_DATE_OFFSET_INVALID: 'error',
  EVENT_DATE_END_OF_DAY: 'warning',
  EVENT_DATE_ONE_DIGIT_HOUR: 'warning',
  EVENT_DATE_FRACTION_DROPPED: 'info',
  EVENT_DATE_DST_GAP: 'warning',
  EVENT_DATE_AMBIGUOUS: 'info',
  EVENT_DATE_OFFSET_MISMATCH: 'warning',
  EVENT_DATE_YEAR_MISMATCH: 'warning',
  EVENT_TIME_CONFLICT: 'warning',
  EVENT_END_BEFORE_START: 'error',
  EVENT_END_EQUALS_START: 'warning',
  EVENT_END_KIND_MISMATCH: 'error',
  EVENT_TIMEZONE_INVALID: 'error',
  EVENT_URL_EMPTY: 'warning',
  EVENT_URL_RELATIVE: 'warning',
  EVENT_URL_PAGE_RELATIVE: 'warning',
  EVENT_URL_INVALID: 'error',
  EVENT_URL_PLACEHOLDER: 'warning',
  EVENT_LOCATION_IS_URL: 'warning',
  EVENT_LANGUAGE_INVALID: 'warning',
  EVENT_DUPLICATE_ID: 'error',
  EVENT_RRULE_SYNTAX: 'error',
  EVENT_RRULE_FREQ_MISSING: 'error',
  EVENT_RRULE_UNKNOWN_PART: 'error',
  EVENT_RRULE_DUPLICATE_PART: 'error',
  EVENT_RRULE_VALUE: 'error',
  EVENT_RRULE_UNTIL_AND_COUNT: 'error',
  EVENT_RRULE_PART_NOT_ALLOWED: 'error',
  EVENT_RRULE_NEVER: 'error',
  EVENT_RRULE_UNTIL_TYPE: 'info',
  EVENT_RRULE_UNTIL_BEFORE_START: 'warning',
  EVENT_RRULE_START_NOT_IN_RULE: 'warning',
  EVENT_RECURRENCE_UNKNOWN: 'warning',
  EVENT_RECURRENCE_KIND: 'error',
  EVENT_EXDATE_WITHOUT_RULE: 'warning',
  EVENT_EXDATE_NO_MATCH: 'warning',
  EVENT_DRAFT: 'info',
  EVENT_UNPUBLISHED: 'info',
  EVENT_NOT_YET_PUBLISHED: 'info',
  EVENT_EXPIRED: 'info',
  EVENT_SECTION_PAGE: 'info',
  EVENT_START_FROM_FILE_NAME: 'info',
  EVENT_KEY_SHADOWED: 'warning',
  EVENT_FILE_SKIPPED: 'warning',
  EVENT_ENCODING_INVALID: 'warning',
  EVENT_YAML_UNKNOWN_TAG: 'warning',
  EVENT_TEXT_TOO_LONG: 'warning',
};

/** All diagnostic codes, for documentation and completeness tests. */
export const DIAGNOSTIC_CODES = Object.keys(SEVERITY) as DiagnosticCode[];

export interface DiagnosticInput {
  code: DiagnosticCode;
  line: number;
  column: number;
  key?: string;
  params?: Record<string, string | number>;
  hintKey?: MessageKey;
  hintParams?: Record<string, string | number>;
  dropped?: string;
  severity?: Severity;
}

/** Builds a {@link Diagnostic} with its message and hint rendered in `locale`. */
export function makeDiagnostic(
  input: DiagnosticInput,
  file: string | undefined,
  locale: string,
): Diagnostic {
  const params = { key: input.key ?? '', ...input.params };
  let message = messages.t(locale, input.code, params);
  if (input.dropped) {
    const effect =
      input.dropped === 'event'
        ? messages.t(locale, 'rejected')
        : messages.t(locale, 'dropped', { field: input.dropped });
    message = `${message} (${effect})`;
  }
  const d: Diagnostic = {
    code: input.code,
    severity: input.severity ?? SEVERITY[input.code],
    message,
    file,
    line: input.line,
    column: input.column,
    hint: input.hintKey
      ? messages.t(locale, input.hintKey, { key: input.key ?? '', ...input.hintParams })
      : undefined,
    params,
  };
  if (input.key !== undefined) d.key = input.key;
  if (input.dropped !== undefined) d.dropped = input.dropped;
  if (input.hintKey !== undefined) d.hintKey = input.hintKey;
  if (input.hintParams !== undefined) d.hintParams = input.hintParams;
  return d;
}

/** Re-renders a diagnostic's message and hint in another locale (`'en'`, `'nl-BE'`, …). */
export function localizeDiagnostic(d: Diagnostic, locale: string): Diagnostic {
  const again = makeDiagnostic(
    {
      code: d.code,
      line: d.line,
      column: d.column,
      params: d.params,
      severity: d.severity,
      ...(d.key !== undefined && { key: d.key }),
      ...(d.dropped !== undefined && { dropped: d.dropped }),
      ...(d.hintKey !== undefined && { hintKey: d.hintKey }),
      ...(d.hintParams !== undefined && { hintParams: d.hintParams }),
    },
    d.file,
    locale,
  );
  return again;
}

/**
 * One line like a compiler: `file:line:col  warning  CODE  message`, then the hint indented.
 *
 * @example
 * ```ts
 * formatDiagnostic(d); // '_events/a.md:3:18  error  EVENT_DATE_DAY_RANGE  Dag "213" in date bestaat niet …'
 * ```
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file ?? '<input>'}:${d.line}:${d.column}`;
  const head = `${where}  ${d.severity}  ${d.code}  ${d.message}`;
  return d.hint ? `${head}\n    ${d.hint}` : head;
}

/** Sorts by file, line, column, then code: stable output for CLIs and snapshots. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
