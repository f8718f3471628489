import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { KlasLabError } from '@klaslab/core';
import {
  type ParseEventsOptions,
  type ParseEventsResult,
  parseEvents,
} from '../event/parse-events.js';

export interface FindOptions {
  /** File extensions to read; default `.md`, `.markdown`. */
  extensions?: string[];
  /**
   * Also read files whose name starts with `_` (`_template.md`). Off by default: Jekyll, Hugo and
   * Astro skip them too. Files named explicitly are always read.
   */
  includeUnderscored?: boolean;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '_site', 'public', '.astro']);

/**
 * The event files under the given files and folders (recursively), sorted so that output does not
 * depend on the file system's order.
 *
 * @example
 * ```ts
 * import { findEventFiles } from '@klaslab/events/node';
 * await findEventFiles(['site/_events']); // ['site/_events/2025-01-13_krook.md', …]
 * ```
 */
export async function findEventFiles(
  pathOrPaths: string | readonly string[],
  options: FindOptions = {},
): Promise<string[]> {
  // One path as a string, too: `findEventFiles('content/events')`.
  const paths = typeof pathOrPaths === 'string' ? [pathOrPaths] : pathOrPaths;
  const extensions = (options.extensions ?? ['.md', '.markdown']).map((e) => e.toLowerCase());
  const found = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) await walk(full);
      } else if (entry.isFile()) {
        const lower = entry.name.toLowerCase();
        if (!extensions.some((e) => lower.endsWith(e))) continue;
        if (entry.name.startsWith('_') && !options.includeUnderscored) continue;
        found.add(full);
      }
    }
  };
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (cause) {
      throw new KlasLabError('EVENTS_FILE_NOT_FOUND', `Cannot read "${path}".`, {
        cause,
        details: { file: path },
      });
    }
    if (info.isDirectory()) await walk(path);
    else found.add(path);
  }
  return [...found].sort();
}

/**
 * Finds and parses event files: {@link findEventFiles} then `parseEvents`. File names in
 * diagnostics are as found (relative when the given paths are relative).
 */
export async function readEventFiles(
  paths: string | readonly string[],
  options: ParseEventsOptions & FindOptions = {},
): Promise<ParseEventsResult> {
  const files = await findEventFiles(paths, options);
  const sources = await Promise.all(
    files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })),
  );
  return parseEvents(sources, options);
}

/**
 * Writes a file all at once: the data goes to a temporary file beside the target, is flushed, and
 * is then renamed over it, so readers (and a web server) never see half a calendar.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const target = resolve(path);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(temp).catch(() => {});
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}
