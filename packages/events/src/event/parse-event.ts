import { KlasLabError } from '@klaslab/core';
import {
  addDays,
  type CivilDateTime,
  formatDate,
  formatOffset,
  formatTime,
  formatUtc,
  wallToEpochMs,
} from '../dates/civil.js';
import { type DateIssue, type ParsedDate, readDateTime, readTime } from '../dates/iso.js';
import { canonicalTimeZone, resolveWallTime, wallTimeAt } from '../dates/zone.js';
import {
  compareDiagnostics,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticInput,
  makeDiagnostic,
  SEVERITY,
} from '../diagnostics/diagnostic.js';
import type { FieldInfo, ReadFrontmatter } from '../frontmatter/fields.js';
import { splitFrontmatter } from '../frontmatter/split.js';
import { readTomlFrontmatter } from '../frontmatter/toml.js';
import { readYamlFrontmatter } from '../frontmatter/yaml.js';
import {
  detectPreset,
  type FieldMapping,
  PRESETS,
  type Preset,
  withMapping,
} from '../mapping/presets.js';
import { readRecurrence } from '../recurrence/read-recurrence.js';
import { suggestKey } from '../text/levenshtein.js';
import { markdownToText, sanitizeText } from '../text/plain-text.js';
import { fnv1a, isSectionPage, jekyllFileDate, sanitizeId, slugOfFile } from '../text/slug.js';
import type { Civil, Field, FieldContext } from './field-context.js';
import { type PublicationOptions, readPublication } from './readers/publication.js';
import type { EventLocation, EventTime, KlasEvent } from './types.js';
import { checkUrl, looksLikeUrl } from './urls.js';

/** The zone for times without an offset when neither the file nor the caller names one. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

export interface ParseOptions {
  /** File name or path, for diagnostics, the slug (stable id) and the file-name date check. */
  file?: string;
  /** IANA zone for local times when the file has no `timezone`; default `Europe/Brussels`. Never the host's. */
  timeZone?: string;
  /**
   * `lenient` (default): keep every event with a valid title and start, leave out only what is
   * wrong, and say so. `strict`: any error rejects the event.
   */
  mode?: 'lenient' | 'strict';
  /** `auto` (default) picks `dwengo` when Dwengo's keys are present, else `common`. */
  preset?: 'auto' | 'dwengo' | 'common' | Preset;
  /** Extra keys per field, tried before the preset's (`{ title: 'name', start: ['when'] }`). */
  mapping?: Partial<Record<keyof FieldMapping, string | string[]>>;
  /** Language of diagnostic messages: `nl` (default) or `en` (any BCP 47 tag). */
  locale?: string;
  /** Resolves site-relative links (`/images/logo.png`) instead of reporting them. */
  baseUrl?: string;
  /** Read `draft: true` and `published: false` pages too (Hugo's `--buildDrafts`). */
  drafts?: boolean;
  /** Read pages whose `publishDate` is after `now` (Hugo's `--buildFuture`). */
  future?: boolean;
  /** Read pages whose `expiryDate` has passed (Hugo's `--buildExpired`). */
  expired?: boolean;
  /** The build time for `publishDate`/`expiryDate`; default the clock. */
  now?: Date | string | number;
}

export interface ParseResult {
  /** The event, or `undefined` when it was rejected (see the diagnostics for why). */
  event: KlasEvent | undefined;
  diagnostics: Diagnostic[];
}

export interface Resolved extends PublicationOptions {
  timeZone: string;
  mode: 'lenient' | 'strict';
  locale: string;
  baseUrl: string | undefined;
}

/** Validates options (throws `KlasLabError` for bad ones) and fills in defaults. */
export function resolveOptions(options: ParseOptions): Resolved {
  const zoneName = options.timeZone ?? DEFAULT_TIME_ZONE;
  const timeZone = canonicalTimeZone(zoneName);
  if (!timeZone) {
    throw new KlasLabError('EVENTS_BAD_TIME_ZONE', `Unknown time zone "${zoneName}".`, {
      details: { hint: 'Use an IANA name such as Europe/Brussels or Europe/Amsterdam.' },
    });
  }
  const mode = options.mode ?? 'lenient';
  if (mode !== 'lenient' && mode !== 'strict') {
    throw new KlasLabError(
      'EVENTS_BAD_OPTION',
      `mode must be "lenient" or "strict", not "${String(mode)}".`,
    );
  }
  let baseUrl: string | undefined;
  if (options.baseUrl !== undefined) {
    // The caller's own site, so a local development server (http://localhost:8080/) is fine here;
    // links inside the files still go through checkUrl.
    let base: URL | undefined;
    try {
      base = new URL(options.baseUrl);
    } catch {
      base = undefined;
    }
    if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:') || !base.hostname) {
      throw new KlasLabError(
        'EVENTS_BAD_BASE_URL',
        `baseUrl must be an absolute http(s) URL, not "${options.baseUrl}".`,
      );
    }
    baseUrl = base.href;
  }
  const now = options.now ?? Date.now();
  const nowMs =
    now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(nowMs)) {
    throw new KlasLabError('EVENTS_BAD_OPTION', `now must be a date, not "${String(now)}".`);
  }
  return {
    timeZone,
    mode,
    locale: options.locale ?? 'nl',
    baseUrl,
    drafts: options.drafts === true,
    future: options.future === true,
    expired: options.expired === true,
    nowMs,
  };
}

function pickPreset(options: ParseOptions, keys: string[]): Preset {
  const chosen = options.preset ?? 'auto';
  let preset: Preset;
  if (typeof chosen === 'object') preset = chosen;
  else if (chosen === 'auto') preset = detectPreset(keys);
  else {
    const found = PRESETS[chosen];
    if (!found) {
      throw new KlasLabError('EVENTS_UNKNOWN_PRESET', `Unknown preset "${String(chosen)}".`, {
        details: { hint: `Use one of: auto, ${Object.keys(PRESETS).join(', ')}.` },
      });
    }
    preset = found;
  }
  return options.mapping ? withMapping(preset, options.mapping) : preset;
}

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'object' : typeof v;

function getPath(data: Record<string, unknown>, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    if (!Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Reads one event file (frontmatter + Markdown) into a {@link KlasEvent} and its diagnostics.
 * Never throws for bad input: every problem is a diagnostic with a code, line and column. It
 * throws `KlasLabError` only for bad options (unknown `timeZone`, `preset`, `baseUrl`).
 *
 * @example
 * ```ts
 * const { event, diagnostics } = parseEvent(
 *   '---\ntitle: Workshop AI\ndate: 2025-11-14T09:30:00\n---\nWelkom!',
 *   { file: '_events/2025-11-14-workshop.md' },
 * );
 * event?.start; // { kind: 'date-time', date: '2025-11-14', time: '09:30:00', offset: '+01:00',
 *               //   utc: '2025-11-14T08:30:00Z', timeZone: 'Europe/Brussels' }
 * ```
 */
export function parseEvent(text: string, options: ParseOptions = {}): ParseResult {
  const opts = resolveOptions(options);
  const file = options.file;
  const inputs: DiagnosticInput[] = [];
  const finish = (event: KlasEvent | undefined): ParseResult => {
    const rejected = event === undefined;
    const diagnostics = inputs.map((d) => {
      // In strict mode any error rejects the event: say so on each error.
      if (opts.mode === 'strict' && (d.severity ?? SEVERITY[d.code]) === 'error') {
        return makeDiagnostic({ ...d, dropped: 'event' }, file, opts.locale);
      }
      return makeDiagnostic(d, file, opts.locale);
    });
    diagnostics.sort(compareDiagnostics);
    if (
      opts.mode === 'strict' &&
      rejected === false &&
      diagnostics.some((d) => d.severity === 'error')
    ) {
      return { event: undefined, diagnostics };
    }
    return { event, diagnostics };
  };

  if (file !== undefined && isSectionPage(file)) {
    // Hugo's `_index.md` is the events list page itself: its frontmatter describes the section.
    inputs.push({ code: 'EVENT_SECTION_PAGE', line: 1, column: 1, dropped: 'event' });
    return finish(undefined);
  }
  const split = splitFrontmatter(typeof text === 'string' ? text : String(text));
  if (split.format === 'none') {
    inputs.push({
      code: 'EVENT_NO_FRONTMATTER',
      line: 1,
      column: 1,
      hintKey: 'HINT_FRONTMATTER',
      dropped: 'event',
    });
    return finish(undefined);
  }
  if (split.unclosed) {
    inputs.push({
      code: 'EVENT_FRONTMATTER_UNCLOSED',
      line: 1,
      column: 1,
      params: { fence: split.unclosed },
      hintKey: 'HINT_UNCLOSED',
      hintParams: { fence: split.unclosed },
      dropped: 'event',
    });
    return finish(undefined);
  }
  const read: ReadFrontmatter =
    split.format === 'yaml'
      ? readYamlFrontmatter(split.frontmatter, split.frontmatterLine)
      : readTomlFrontmatter(split.frontmatter, split.frontmatterLine);
  inputs.push(...read.diagnostics);
  if (!read.data) {
    if (!inputs.some((d) => d.dropped === 'event'))
      inputs.push({
        code: 'EVENT_FRONTMATTER_UNREADABLE',
        line: split.frontmatterLine,
        column: 1,
        dropped: 'event',
      });
    return finish(undefined);
  }
  const data = read.data;
  const preset = pickPreset(options, Object.keys(data));
  const ctx = new Context(data, read.fields, split.frontmatterLine, inputs, opts, file);
  const event = ctx.build(preset, split.body, split.format);
  return finish(event);
}

class Context implements FieldContext {
  private readonly used = new Set<string>();

  constructor(
    private readonly data: Record<string, unknown>,
    private readonly fields: Map<string, FieldInfo>,
    private readonly firstLine: number,
    private readonly out: DiagnosticInput[],
    private readonly opts: Resolved,
    readonly file: string | undefined,
  ) {}

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

  build(preset: Preset, body: string, format: 'yaml' | 'toml'): KlasEvent | undefined {
    const m = preset.mapping;
    let rejected = false;

    // Title
    let title: string | undefined;
    const titleField = this.pick(m.title);
    if (!titleField) {
      this.out.push({
        code: 'EVENT_TITLE_MISSING',
        line: this.firstLine,
        column: 1,
        params: { keys: m.title.join(', ') },
        dropped: 'event',
      });
      rejected = true;
    } else {
      title = this.scalarText(titleField.key, titleField.value);
      if (title === undefined) rejected = true;
      else if (title.trim() === '') {
        this.report('EVENT_TITLE_MISSING', titleField.key, {
          params: { keys: titleField.key },
          dropped: 'event',
        });
        rejected = true;
      } else title = sanitizeText(title).trim();
    }

    // Time zone
    let timeZone = this.opts.timeZone;
    const tzField = this.pick(m.timeZone);
    if (tzField) {
      const zone =
        typeof tzField.value === 'string' ? canonicalTimeZone(tzField.value.trim()) : undefined;
      if (zone) timeZone = zone;
      else {
        this.report('EVENT_TIMEZONE_INVALID', tzField.key, {
          params: { value: String(tzField.value), fallback: timeZone },
          hintKey: 'HINT_TIMEZONE',
          dropped: tzField.key,
        });
      }
    }

    if (!readPublication(this, m, timeZone, this.opts)) return undefined;

    // Start
    const fileDate = this.fileDate();
    let start: EventTime | undefined;
    let startCivil: Civil | undefined;
    const startField = this.pick(m.start);
    const postDate = this.file === undefined ? undefined : jekyllFileDate(this.file);
    if (!startField && postDate) {
      // Jekyll's posts take their date from the file name when the frontmatter has none.
      this.out.push({
        code: 'EVENT_START_FROM_FILE_NAME',
        line: this.firstLine,
        column: 1,
        params: { value: formatDate(postDate) },
      });
      startCivil = { kind: 'date', ...postDate };
      const timeField = this.pick(m.startTime);
      if (timeField) startCivil = this.withTime(startCivil, 'date', timeField, 'event');
      if (startCivil) start = this.place(startCivil, timeField?.key ?? 'date', timeZone);
      else rejected = true;
    } else if (!startField) {
      this.out.push({
        code: 'EVENT_START_MISSING',
        line: this.firstLine,
        column: 1,
        params: { keys: m.start.join(', ') },
        dropped: 'event',
      });
      rejected = true;
    } else {
      startCivil = this.readDate(startField.key, startField.value, 'event', fileDate);
      const timeField = this.pick(m.startTime);
      if (startCivil && timeField)
        startCivil = this.withTime(startCivil, startField.key, timeField, 'event');
      if (startCivil) start = this.place(startCivil, startField.key, timeZone);
      else rejected = true;
      if (start && fileDate) this.checkFileYear(startField.key, startCivil!, fileDate);
    }

    // End
    let end: EventTime | undefined;
    const endField = this.pick(m.end);
    const endTimeField = this.pick(m.endTime);
    if (start && startCivil && (endField || endTimeField)) {
      end = this.readEnd(startCivil, start, endField, endTimeField, timeZone);
    } else if (endField) {
      // No usable start: still check the end, so that every mistake is reported in one run.
      this.readDate(endField.key, endField.value, 'end');
    }

    const recurrence = start ? readRecurrence(this, m, start, timeZone) : undefined;
    const location = this.readLocation(m);
    const url = this.readUrl(m.url, false);
    const registrationUrl = this.readUrl(m.registrationUrl, true);
    const imageUrl = this.readUrl(m.image, false);
    const language = this.readLanguage(m.language);
    const id = this.readId(m.id, title, start);

    // Everything not mapped is kept, with a "did you mean" for near misses of known keys.
    const known = new Set<string>([
      ...Object.values(m)
        .flat()
        .map((k) => k.split('.')[0]!),
      ...(preset.ignore ?? []),
    ]);
    const extra: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.data)) {
      if (this.used.has(key) || known.has(key)) {
        if (!this.used.has(key) && !Object.values(m).flat().includes(key)) extra[key] = value;
        continue;
      }
      extra[key] = value;
      const suggestion = suggestKey(key, known);
      if (suggestion) this.report('EVENT_UNKNOWN_KEY', key, { params: { suggestion } }, 'key');
    }

    let description = sanitizeText(body).replace(/^\n+/, '').replace(/\s+$/, '');
    if (description === '' && typeof this.data.description === 'string')
      description = sanitizeText(this.data.description).trim();

    if (rejected || title === undefined || start === undefined) return undefined;
    const event: KlasEvent = {
      id,
      title,
      start,
      allDay: start.kind === 'date',
      timeZone,
      description,
      descriptionText: markdownToText(description),
      extra,
      source: { format, preset: preset.name },
    };
    if (end) event.end = end;
    if (recurrence) event.recurrence = recurrence;
    if (location) event.location = location;
    if (url) event.url = url;
    if (registrationUrl) event.registrationUrl = registrationUrl;
    if (imageUrl) event.imageUrl = imageUrl;
    if (language) event.language = language;
    if (this.file !== undefined) event.source.file = this.file;
    // Field order of the output object: stable and readable in JSON.
    return {
      id: event.id,
      title: event.title,
      start: event.start,
      ...(event.end && { end: event.end }),
      allDay: event.allDay,
      timeZone: event.timeZone,
      ...(event.recurrence && { recurrence: event.recurrence }),
      ...(event.location && { location: event.location }),
      ...(event.url && { url: event.url }),
      ...(event.registrationUrl && { registrationUrl: event.registrationUrl }),
      ...(event.imageUrl && { imageUrl: event.imageUrl }),
      ...(event.language && { language: event.language }),
      description: event.description,
      descriptionText: event.descriptionText,
      extra: event.extra,
      source: event.source,
    };
  }

  /** Text of a scalar field (numbers and booleans as written); reports other types. */
  private scalarText(key: string, value: unknown, dropped = 'event'): string | undefined {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') {
      const raw = this.info(key).raw;
      return raw !== undefined && raw.trim() !== '' ? raw.trim() : String(value);
    }
    if (value === null) return '';
    this.report('EVENT_FIELD_TYPE', key, {
      params: { expected: 'text', actual: typeName(value) },
      dropped,
    });
    return undefined;
  }

  private fileDate(): { year: number; month: number; day: number; text: string } | undefined {
    if (this.file === undefined) return undefined;
    const name = this.file.split(/[\\/]/).pop() ?? '';
    const m = /(?:^|[^0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])/.exec(name);
    if (!m) return undefined;
    return {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      text: `${m[1]}-${m[2]}-${m[3]}`,
    };
  }

  private checkFileYear(
    key: string,
    civil: Civil,
    fileDate: { year: number; month: number; day: number },
  ): void {
    if (
      civil.month === fileDate.month &&
      civil.day === fileDate.day &&
      civil.year !== fileDate.year
    ) {
      this.report('EVENT_DATE_YEAR_MISMATCH', key, {
        params: { year: civil.year, fileYear: fileDate.year },
      });
    }
  }

  /** Reads a date field, reporting problems at their exact character. `undefined` when unusable. */
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
  private withTime(
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
      return zoned(r.wall, r.offsetSeconds, r.epochMs, timeZone);
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
    return zoned(local.wall, local.offsetSeconds, epochMs, timeZone);
  }

  private readEnd(
    startCivil: Civil,
    start: EventTime,
    endField: { key: string; value: unknown } | undefined,
    endTimeField: { key: string; value: unknown } | undefined,
    timeZone: string,
  ): EventTime | undefined {
    const key = endField?.key ?? endTimeField!.key;
    let civil: Civil | undefined;
    let derivedDate = false;
    if (endField) {
      civil = this.readDate(endField.key, endField.value, 'end');
      if (civil && endTimeField) civil = this.withTime(civil, endField.key, endTimeField, 'end');
    } else {
      // Only an end time: it ends on the start's (wall) day.
      derivedDate = true;
      const day: ParsedDate = {
        kind: 'date',
        year: startCivil.year,
        month: startCivil.month,
        day: startCivil.day,
      };
      civil = this.withTime(day, key, endTimeField!, 'end');
      if (civil?.kind === 'date') return undefined;
    }
    if (!civil) return undefined;
    if (civil.kind !== start.kind) {
      this.report('EVENT_END_KIND_MISMATCH', key, {
        params: { start: describe(start), end: describeCivil(civil) },
        dropped: 'end',
      });
      return undefined;
    }
    const end = this.place(civil, key, timeZone);
    const cmp = compareTimes(end, start);
    if (cmp < 0) {
      const extra: Partial<DiagnosticInput> = {
        params: { end: describe(end), start: describe(start) },
        dropped: 'end',
      };
      const nextYear = this.place({ ...civil, year: civil.year + 1 }, key, timeZone);
      if (civil.year === startCivil.year - 1 && compareTimes(nextYear, start) >= 0)
        extra.hintKey = 'HINT_YEAR_EARLIER';
      else if (derivedDate || (endTimeField && civil.kind === 'date-time' && sameDay(end, start)))
        extra.hintKey = 'HINT_PAST_MIDNIGHT';
      this.report('EVENT_END_BEFORE_START', key, extra);
      return undefined;
    }
    if (cmp === 0 && end.kind === 'date-time') {
      this.report('EVENT_END_EQUALS_START', key, { dropped: 'end' });
      return undefined;
    }
    return end;
  }

  private readLocation(m: FieldMapping): EventLocation | undefined {
    const field = this.pick(m.location);
    const location: EventLocation = {};
    if (field) {
      let value = field.value;
      let path = field.key;
      if (Array.isArray(value)) {
        value = value[0];
        path = `${path}.0`;
      }
      if (typeof value === 'string' || typeof value === 'number') {
        const name = sanitizeText(String(value)).trim();
        if (name === '') this.report('EVENT_FIELD_EMPTY', field.key);
        else if (looksLikeUrl(name)) {
          this.report('EVENT_LOCATION_IS_URL', field.key);
          const url = this.checkLink(field.key, name, false);
          if (url) location.url = url;
        } else location.name = name;
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        const o = value as Record<string, unknown>;
        const name = firstString(o, ['title', 'name']);
        const address = o.address;
        if (name) location.name = sanitizeText(name).trim();
        if (typeof address === 'string' && address.trim())
          location.address = sanitizeText(address).trim();
        else if (address && typeof address === 'object') {
          const parts = Object.values(address as Record<string, unknown>).filter(
            (v): v is string | number => typeof v === 'string' || typeof v === 'number',
          );
          if (parts.length) location.address = sanitizeText(parts.join(', ')).trim();
        }
        const linkKey = ['url', 'link', 'href'].find((k) => typeof o[k] === 'string');
        if (linkKey) {
          const url = this.checkLink(`${path}.${linkKey}`, o[linkKey] as string, false);
          if (url) location.url = url;
        }
      } else if (value !== null && value !== undefined) {
        this.report('EVENT_FIELD_TYPE', field.key, {
          params: { expected: 'text', actual: typeName(value) },
          dropped: 'location',
        });
      } else this.report('EVENT_FIELD_EMPTY', field.key);
    }
    const linkField = this.pick(m.locationUrl);
    if (linkField) {
      const url = this.linkValue(linkField.key, linkField.value, false);
      if (url) location.url = url;
    }
    return Object.keys(location).length ? location : undefined;
  }

  private readUrl(keys: string[], allowMailto: boolean): string | undefined {
    const field = this.pick(keys);
    if (!field) return undefined;
    return this.linkValue(field.key, field.value, allowMailto);
  }

  private linkValue(key: string, value: unknown, allowMailto: boolean): string | undefined {
    if (value === null) {
      this.report('EVENT_URL_EMPTY', key, { dropped: key });
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report('EVENT_FIELD_TYPE', key, {
        params: { expected: 'link', actual: typeName(value) },
        dropped: key,
      });
      return undefined;
    }
    return this.checkLink(key, value, allowMailto);
  }

  private checkLink(key: string, value: string, allowMailto: boolean): string | undefined {
    const check = checkUrl(value, this.opts.baseUrl, allowMailto);
    if (check.ok) return check.url;
    this.report(check.code, key, {
      params: { value: value.trim() },
      dropped: key,
      ...(check.code === 'EVENT_URL_RELATIVE' && { hintKey: 'HINT_BASE_URL' as const }),
    });
    return undefined;
  }

  private readLanguage(keys: string[]): string | undefined {
    const field = this.pick(keys);
    if (!field) return undefined;
    if (typeof field.value !== 'string' || field.value.trim() === '') {
      this.report('EVENT_LANGUAGE_INVALID', field.key, {
        params: { value: String(field.value ?? '') },
        hintKey: 'HINT_LANGUAGE',
        dropped: 'language',
      });
      return undefined;
    }
    try {
      return Intl.getCanonicalLocales(field.value.trim())[0];
    } catch {
      this.report('EVENT_LANGUAGE_INVALID', field.key, {
        params: { value: field.value },
        hintKey: 'HINT_LANGUAGE',
        dropped: 'language',
      });
      return undefined;
    }
  }

  private readId(keys: string[], title: string | undefined, start: EventTime | undefined): string {
    const field = this.pick(keys);
    if (field) {
      const text =
        typeof field.value === 'string' || typeof field.value === 'number'
          ? sanitizeId(String(field.value))
          : '';
      if (text !== '') return text;
      this.report('EVENT_FIELD_EMPTY', field.key);
    }
    if (this.file !== undefined) {
      const slug = slugOfFile(this.file);
      if (slug !== '') return slug;
    }
    // No anchor and no file: a fingerprint of what identifies the event, stable across runs.
    return `event-${fnv1a(`${title ?? ''}\u0000${start ? describe(start) : ''}`)}`;
  }
}

function firstString(o: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys)
    if (typeof o[k] === 'string' && (o[k] as string).trim()) return o[k] as string;
  return undefined;
}

function zoned(
  wall: CivilDateTime,
  offsetSeconds: number,
  epochMs: number,
  timeZone: string,
): EventTime {
  return {
    kind: 'date-time',
    date: formatDate(wall),
    time: formatTime(wall),
    timeZone,
    offset: formatOffset(offsetSeconds),
    utc: formatUtc(epochMs),
  };
}

/** Orders two times; a date compares as its day. */
export function compareTimes(a: EventTime, b: EventTime): number {
  const ka = a.kind === 'date' ? a.date : a.utc;
  const kb = b.kind === 'date' ? b.date : b.utc;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sameDay(a: EventTime, b: EventTime): boolean {
  return a.date === b.date;
}

function describe(t: EventTime): string {
  return t.kind === 'date' ? t.date : `${t.date}T${t.time}`;
}

function describeCivil(c: Civil): string {
  return c.kind === 'date' ? formatDate(c) : `${formatDate(c)}T${formatTime(c)}`;
}
