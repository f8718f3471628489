import type { Preset } from '../mapping/presets.js';
import { readRecurrence } from '../recurrence/read-recurrence.js';
import { suggestKey } from '../text/levenshtein.js';
import { markdownToText, sanitizeText } from '../text/plain-text.js';
import type { Context } from './context.js';
import type { Draft, FieldReader } from './readers/draft.js';
import { readId } from './readers/id.js';
import { readLanguage } from './readers/language.js';
import { linkReader } from './readers/links.js';
import { readLocation } from './readers/location.js';
import { readPublication } from './readers/publication.js';
import { readTimeZone } from './readers/time-zone.js';
import { readTitle } from './readers/title.js';
import { readEnd, readStart } from './readers/when.js';
import type { KlasEvent } from './types.js';

/**
 * The field readers, in the order they run (a reader may use what earlier ones read: the start
 * needs the zone, the end the start, the id the title and start). Like ical.js's `design.js` maps
 * properties to value types, this maps each event field to the reader of its frontmatter keys.
 */
export const FIELD_READERS: readonly { field: string; read: FieldReader }[] = [
  { field: 'title', read: readTitle },
  { field: 'timeZone', read: readTimeZone },
  {
    field: 'publication',
    read: (ctx, m, d) => {
      if (!readPublication(ctx, m, d.timeZone, ctx.opts)) d.stop = true;
    },
  },
  { field: 'start', read: readStart },
  { field: 'end', read: readEnd },
  {
    field: 'recurrence',
    read: (ctx, m, d) => {
      if (d.start) d.recurrence = readRecurrence(ctx, m, d.start, d.timeZone);
    },
  },
  { field: 'location', read: readLocation },
  { field: 'url', read: linkReader('url', (m) => m.url, false) },
  { field: 'registrationUrl', read: linkReader('registrationUrl', (m) => m.registrationUrl, true) },
  { field: 'imageUrl', read: linkReader('imageUrl', (m) => m.image, false) },
  { field: 'language', read: readLanguage },
  { field: 'id', read: readId },
];

/** The output's key order: stable and readable in JSON. */
const ORDER: readonly (keyof KlasEvent)[] = [
  'id',
  'title',
  'start',
  'end',
  'allDay',
  'timeZone',
  'recurrence',
  'location',
  'url',
  'registrationUrl',
  'imageUrl',
  'language',
  'description',
  'descriptionText',
  'extra',
  'source',
];

/** Keys not mapped to a field, unchanged; near misses of known keys get a "did you mean". */
function readExtra(ctx: Context, preset: Preset): Record<string, unknown> {
  const mapped = Object.values(preset.mapping).flat();
  const known = new Set<string>([...mapped.map((k) => k.split('.')[0]!), ...(preset.ignore ?? [])]);
  const extra: Record<string, unknown> = {};
  for (const { key, value, used } of ctx.keys()) {
    if (used || known.has(key)) {
      if (!used && !mapped.includes(key)) extra[key] = value;
      continue;
    }
    extra[key] = value;
    const suggestion = suggestKey(key, known);
    if (suggestion) ctx.report('EVENT_UNKNOWN_KEY', key, { params: { suggestion } }, 'key');
  }
  return extra;
}

/** Reads every field of one file through the table; `undefined` when the event is left out. */
export function readFields(
  ctx: Context,
  preset: Preset,
  body: string,
  format: 'yaml' | 'toml',
): KlasEvent | undefined {
  const draft: Draft = { rejected: false, timeZone: ctx.opts.timeZone };
  for (const { read } of FIELD_READERS) {
    read(ctx, preset.mapping, draft);
    if (draft.stop) return undefined;
  }
  const extra = readExtra(ctx, preset);
  let description = sanitizeText(body).replace(/^\n+/, '').trimEnd(); // not /\s+$/: quadratic on long blank runs
  const fallback = ctx.peek('description');
  if (description === '' && typeof fallback === 'string')
    description = sanitizeText(fallback).trim();

  const { title, start, id } = draft;
  if (draft.rejected || title === undefined || start === undefined || id === undefined)
    return undefined;
  const event: KlasEvent = {
    ...draft,
    id,
    title,
    start,
    allDay: start.kind === 'date',
    description,
    descriptionText: markdownToText(description),
    extra,
    source: { format, preset: preset.name, ...(ctx.file !== undefined && { file: ctx.file }) },
  };
  const out: Record<string, unknown> = {};
  for (const key of ORDER) if (event[key] !== undefined) out[key] = event[key];
  return out as unknown as KlasEvent;
}
