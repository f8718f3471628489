import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KlasLabError } from '@klaslab/core';
import { mapBounded, readInputFile, writeOutputFile } from '@klaslab/core/node';
import { type Diagnostic, makeDiagnostic } from '../diagnostics/diagnostic.js';
import {
  type ParseEventsOptions,
  type ParseEventsResult,
  parseEvents,
} from '../event/parse-events.js';
import { decodeEventText } from './decode.js';

/** Event files above this size are refused (an event file is a few kilobytes). */
export const MAX_EVENT_FILE_BYTES = 1024 * 1024;

export interface FindOptions {
  /** File extensions to read; default `.md`, `.markdown`. */
  extensions?: string[];
  /**
   * Also read files whose name starts with `_` (`_template.md`). Off by default: Jekyll, Hugo and
   * Astro skip them too. Files named explicitly are always read.
   */
  includeUnderscored?: boolean;
  /**
   * Called for each entry with an event extension that a folder walk leaves out because it is not
   * a regular file (a pipe, a socket, a symlink to a folder or to nothing).
   */
  onSkip?: (file: string, reason: string) => void;
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '_site', 'public', '.astro']);

/**
 * The event files under the given files and folders (recursively), sorted so that output does not
 * depend on the file system's order. Symlinks to files are followed; symlinks to folders are not
 * (no loops), and are reported through `onSkip`.
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
        continue;
      }
      const lower = entry.name.toLowerCase();
      if (!extensions.some((e) => lower.endsWith(e))) continue;
      if (entry.name.startsWith('_') && !options.includeUnderscored) continue;
      if (entry.isFile()) found.add(full);
      else if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        if (target?.isFile()) found.add(full);
        else
          options.onSkip?.(
            full,
            target ? 'a symlink to something else than a file' : 'a broken symlink',
          );
      } else options.onSkip?.(full, 'not a regular file');
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
 * diagnostics are as found (relative when the given paths are relative). Only regular files of
 * at most {@link MAX_EVENT_FILE_BYTES} are read, a bounded number at once; a file that is not
 * UTF-8 is read as Windows-1252 with a warning, and skipped entries get a warning too.
 */
export async function readEventFiles(
  paths: string | readonly string[],
  options: ParseEventsOptions & FindOptions = {},
): Promise<ParseEventsResult> {
  const locale = options.locale ?? 'nl';
  const fileDiagnostics: Diagnostic[] = [];
  const files = await findEventFiles(paths, {
    ...options,
    onSkip: (file, reason) => {
      options.onSkip?.(file, reason);
      fileDiagnostics.push(
        makeDiagnostic(
          { code: 'EVENT_FILE_SKIPPED', line: 1, column: 1, params: { reason } },
          file,
          locale,
        ),
      );
    },
  });
  const sources = await mapBounded(files, async (file) => {
    const decoded = decodeEventText(await readInputFile(file, { maxBytes: MAX_EVENT_FILE_BYTES }));
    if (decoded.invalid) {
      fileDiagnostics.push(
        makeDiagnostic(
          {
            code: 'EVENT_ENCODING_INVALID',
            line: decoded.invalid.line,
            column: decoded.invalid.column,
          },
          file,
          locale,
        ),
      );
    }
    return { file, text: decoded.text };
  });
  const result = parseEvents(sources, options);
  return { ...result, diagnostics: [...fileDiagnostics, ...result.diagnostics] };
}

/**
 * Writes a file all at once (see `writeOutputFile` in `@klaslab/core/node`): a regular file is
 * replaced through a temporary file and a rename, so readers (and a web server) never see half a
 * calendar; a device or a pipe is written directly, never renamed over.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  await writeOutputFile(path, data);
}
