import { compareDiagnostics, type Diagnostic, makeDiagnostic } from '../diagnostics/diagnostic.js';
import { type ExpandOptions, expandEvents, type Occurrence } from '../recurrence/expand.js';
import { type ParseOptions, parseEvent, resolveOptions } from './parse-event.js';
import type { KlasEvent } from './types.js';

/** One file's text and name. */
export interface EventSource {
  file: string;
  text: string;
}

export interface ParseEventsOptions extends Omit<ParseOptions, 'file'> {
  /** Also list the occurrences in this window (recurring events expanded, DST-correct). */
  expand?: ExpandOptions;
}

export interface ParseEventsResult {
  events: KlasEvent[];
  /** With the `expand` option: every occurrence in the window, in calendar order. */
  occurrences?: Occurrence[];
  diagnostics: Diagnostic[];
  /** Number of files read. */
  files: number;
}

/**
 * Reads many event files and checks them as a calendar: ids must be unique (they become UIDs), so a
 * second event with the same id is reported and left out. Events are sorted by start, then id.
 *
 * @example
 * ```ts
 * const { events, diagnostics } = parseEvents([{ file: 'a.md', text }, { file: 'b.md', text: other }]);
 * ```
 */
export function parseEvents(
  sources: Iterable<EventSource>,
  options: ParseEventsOptions = {},
): ParseEventsResult {
  const { expand, ...rest } = options;
  // One build time for every file, so that publishDate/expiryDate are judged alike.
  const parseOptions = { ...rest, now: rest.now ?? Date.now() };
  const events: KlasEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, string>();
  let files = 0;
  // Bad options fail now, even when there are no files to read.
  resolveOptions(parseOptions);
  for (const source of sources) {
    files++;
    const result = parseEvent(source.text, { ...parseOptions, file: source.file });
    diagnostics.push(...result.diagnostics);
    const event = result.event;
    if (!event) continue;
    const other = byId.get(event.id);
    if (other !== undefined) {
      diagnostics.push(
        makeDiagnostic(
          {
            code: 'EVENT_DUPLICATE_ID',
            line: 1,
            column: 1,
            params: { id: event.id, other },
            dropped: 'event',
          },
          source.file,
          options.locale ?? 'nl',
        ),
      );
      continue;
    }
    byId.set(event.id, source.file);
    events.push(event);
  }
  events.sort(compareEvents);
  diagnostics.sort(compareDiagnostics);
  if (expand) return { events, occurrences: expandEvents(events, expand), diagnostics, files };
  return { events, diagnostics, files };
}

/** Chronological order (all-day events first on their day), then id: a stable calendar order. */
export function compareEvents(a: KlasEvent, b: KlasEvent): number {
  const ka = a.start.kind === 'date' ? `${a.start.date}` : a.start.utc;
  const kb = b.start.kind === 'date' ? `${b.start.date}` : b.start.utc;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
