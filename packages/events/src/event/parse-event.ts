import {
  compareDiagnostics,
  type Diagnostic,
  type DiagnosticInput,
  makeDiagnostic,
  SEVERITY,
} from '../diagnostics/diagnostic.js';
import type { ReadFrontmatter } from '../frontmatter/fields.js';
import { splitFrontmatter } from '../frontmatter/split.js';
import { readTomlFrontmatter } from '../frontmatter/toml.js';
import { readYamlFrontmatter } from '../frontmatter/yaml.js';
import { isSectionPage } from '../text/slug.js';
import { Context } from './context.js';
import { type ParseOptions, pickPreset, resolveOptions } from './options.js';
import { readFields } from './read-fields.js';
import type { KlasEvent } from './types.js';

export { compareTimes } from './context.js';
export {
  DEFAULT_TIME_ZONE,
  type ParseOptions,
  type Resolved,
  resolveOptions,
} from './options.js';

export interface ParseResult {
  /** The event, or `undefined` when it was rejected (see the diagnostics for why). */
  event: KlasEvent | undefined;
  diagnostics: Diagnostic[];
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
  const event = readFields(ctx, preset, limitBody(String(text), split.body, inputs), split.format);
  return finish(event);
}

/**
 * Longest Markdown body read as the description (about 25 printed pages): beyond it the rest is
 * left out with a warning, so one huge file cannot stall a page that lists events.
 */
export const MAX_BODY_CHARS = 50_000;

function limitBody(text: string, body: string, out: DiagnosticInput[]): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  const cut = text.length - body.length + MAX_BODY_CHARS;
  const before = text.slice(0, cut);
  const line = before.split('\n').length;
  out.push({
    code: 'EVENT_TEXT_TOO_LONG',
    line,
    column: cut - before.lastIndexOf('\n'),
    params: { length: body.length, limit: MAX_BODY_CHARS },
  });
  return body.slice(0, MAX_BODY_CHARS);
}
