import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseEventsOptions } from '../event/parse-events.js';
import type { KlasEvent } from '../event/types.js';
import { buildTime } from '../node/build-time.js';
import { type FindOptions, readEventFiles } from '../node/files.js';
import { reportDiagnostics, type SiteLogger } from './report.js';

/**
 * The part of Astro's content loader context this loader uses (Astro ≥ 5 passes more). Written
 * out here so that `@klaslab/events` does not depend on Astro.
 */
export interface AstroLoaderContext {
  store: {
    clear(): void;
    set(entry: {
      id: string;
      data: Record<string, unknown>;
      body?: string;
      filePath?: string;
      digest?: string | number;
    }): boolean;
  };
  logger: SiteLogger;
  config: { root: URL };
  parseData(props: {
    id: string;
    data: Record<string, unknown>;
    filePath?: string;
  }): Promise<Record<string, unknown>>;
  generateDigest(data: Record<string, unknown> | string): string;
}

export interface AstroLoader {
  name: string;
  load(context: AstroLoaderContext): Promise<void>;
}

export interface EventsLoaderOptions extends ParseEventsOptions, FindOptions {
  /** The folder (or files) with the event Markdown, relative to the project root. */
  base: string | string[];
  /** Fail the build when an event file has an error (default: log it and leave the event out). */
  strict?: boolean;
}

/**
 * An Astro content loader (Astro ≥ 5's Content Layer) for event files: each valid event becomes an
 * entry whose `data` is the `KlasEvent` (id, title, start, end, recurrence, location, …) and whose
 * `body` is its Markdown. Every diagnostic is logged with its file, line and column.
 *
 * @example
 * ```ts
 * // src/content.config.ts
 * import { defineCollection } from 'astro:content';
 * import { eventsLoader } from '@klaslab/events/astro';
 * export const collections = {
 *   events: defineCollection({ loader: eventsLoader({ base: './src/content/events', uidDomain… }) }),
 * };
 * ```
 */
export function eventsLoader(options: EventsLoaderOptions): AstroLoader {
  const { base, strict = false, ...rest } = options;
  return {
    name: 'klaslab-events',
    async load({ store, logger, config, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      const paths = (Array.isArray(base) ? base : [base]).map((p) =>
        isAbsolute(p) ? p : resolve(root, p),
      );
      const result = await readEventFiles(paths, { ...rest, now: rest.now ?? buildTime() });
      const shown = result.diagnostics.map((d) => ({
        ...d,
        file: d.file === undefined ? d.file : relative(root, d.file),
      }));
      reportDiagnostics(shown, logger, strict, 'klaslab-events');
      store.clear();
      for (const event of result.events) {
        const record = event as unknown as Record<string, unknown>;
        const data = await parseData({
          id: event.id,
          data: record,
          ...(event.source.file && { filePath: event.source.file }),
        });
        store.set({
          id: event.id,
          data,
          body: event.description,
          ...(event.source.file && { filePath: relative(root, event.source.file) }),
          digest: generateDigest(record),
        });
      }
      logger.info(`${result.events.length} events from ${result.files} files`);
    },
  };
}

export type { KlasEvent };
