import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { ParseEventsOptions } from '../event/parse-events.js';
import type { KlasEvent } from '../event/types.js';
import { type ICalendarOptions, toICalendar } from '../ical/serialize.js';
import { toJsonLd } from '../jsonld/jsonld.js';
import { calendarLinks } from '../links/calendar-links.js';
import { buildTime } from '../node/build-time.js';
import { type FindOptions, readEventFiles } from '../node/files.js';
import { reportDiagnostics } from './report.js';

/** The part of Eleventy's configuration API this plugin uses (Eleventy ≥ 2). */
export interface EleventyConfig {
  addGlobalData(name: string, data: () => Promise<unknown>): unknown;
  addFilter(name: string, filter: (...args: never[]) => unknown): unknown;
  on(event: 'eleventy.after', handler: (args: { dir: { output: string } }) => unknown): unknown;
  ignores: { add(glob: string): unknown };
}

export interface EleventyEventsOptions extends ParseEventsOptions, FindOptions {
  /** The folder with the event Markdown, relative to the project (default `events`). */
  input?: string;
  /** Name of the global data (default `events`). */
  dataKey?: string;
  /** Also write the events as an iCalendar feed at this path in the output (`agenda.ics`). */
  ics?: string;
  /** Options of that feed (name, uidDomain, refreshInterval…). */
  icsOptions?: Omit<ICalendarOptions, 'now'>;
  /** Fail the build when an event file has an error (default: log it and leave the event out). */
  strict?: boolean;
}

/**
 * An Eleventy plugin: the event files become global data (`events`, a list of `KlasEvent`s in
 * calendar order), the folder is kept out of Eleventy's own templates, filters `calendarLinks` and
 * `eventJsonLd` help the templates, and `ics` writes a feed next to the pages. Every diagnostic is
 * logged with its file, line and column.
 *
 * @example
 * ```js
 * // eleventy.config.js
 * import klaslabEvents from '@klaslab/events/eleventy';
 * export default (config) => {
 *   config.addPlugin(klaslabEvents, { input: 'events', ics: 'agenda.ics', icsOptions: { uidDomain: 'sjc.be' } });
 * };
 * ```
 */
export default function klaslabEvents(config: EleventyConfig, options: EleventyEventsOptions = {}) {
  const {
    input = 'events',
    dataKey = 'events',
    ics,
    icsOptions,
    strict = false,
    ...rest
  } = options;
  const folder = resolve(input);
  // Event files are data here, not pages of their own.
  config.ignores.add(`${relative(process.cwd(), folder) || '.'}/**`);
  let loaded: Promise<KlasEvent[]> | undefined;
  const load = () => {
    loaded ??= readEventFiles(folder, { ...rest, now: rest.now ?? buildTime() }).then((result) => {
      const shown = result.diagnostics.map((d) => ({
        ...d,
        file: d.file ? relative(process.cwd(), d.file) : d.file,
      }));
      reportDiagnostics(
        shown,
        { info: console.log, warn: console.warn, error: console.error },
        strict,
        'klaslab-events',
      );
      return result.events;
    });
    return loaded;
  };
  config.addGlobalData(dataKey, load);
  config.addFilter('calendarLinks', (event: KlasEvent) => calendarLinks(event));
  config.addFilter('eventJsonLd', (event: KlasEvent) =>
    JSON.stringify(toJsonLd(event)).replace(/</g, '\\u003c'),
  );
  if (ics) {
    config.on('eleventy.after', async ({ dir }) => {
      const events = await load();
      const target = join(dir.output, ics);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, toICalendar(events, { ...icsOptions, now: buildTime() }));
    });
  }
}

export { klaslabEvents };
