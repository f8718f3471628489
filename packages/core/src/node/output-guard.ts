import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { KlasLabError } from '../errors/klaslab-error.js';

export interface InputFolder {
  path: string;
  /** Whether the tool walks the folder's subfolders too. */
  recursive: boolean;
}

export interface OutputCheck {
  /** The files about to be written (standard output excluded). */
  outputs: readonly string[];
  /** Every file about to be read. */
  inputs: readonly string[];
  /** The folders the user named as input. */
  folders?: readonly InputFolder[];
  /**
   * Whether an existing file inside an input folder is one of this tool's own outputs (a calendar
   * from the last run), which may be replaced. Anything else there is the user's (a template the
   * walker skipped, notes, photos) and is never overwritten. Default: nothing is ours.
   */
  isOwnOutput?: (path: string) => boolean;
}

interface Identity {
  real: string;
  dev?: number;
  ino?: number;
  exists: boolean;
  regular: boolean;
}

/** The real path of a file that may not exist yet: its nearest existing ancestor's real path. */
async function realPathOf(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    const parent = dirname(full);
    if (parent === full) return full;
    return join(await realPathOf(parent), basename(full));
  }
}

async function identify(path: string): Promise<Identity> {
  const info = await stat(path).catch(() => undefined);
  const real = await realPathOf(path);
  return info
    ? { real, dev: info.dev, ino: info.ino, exists: true, regular: info.isFile() }
    : { real, exists: false, regular: false };
}

function same(a: Identity, b: Identity): boolean {
  if (a.real === b.real) return true;
  return a.exists && b.exists && a.dev === b.dev && a.ino === b.ino;
}

function inside(folder: string, file: string, recursive: boolean): boolean {
  const rel = relative(folder, file);
  if (rel === '' || rel.startsWith('..') || resolve(folder, rel) !== file) return false;
  return recursive || !rel.includes('/');
}

/**
 * Checks a run's outputs against its inputs before anything is written, by file identity (real
 * path, and device + inode), so symlinks, `..` and hard links cannot hide an input:
 *
 * - `OUTPUT_IS_INPUT`: an output is one of the inputs;
 * - `OUTPUT_COLLISION`: two outputs are the same file (one result would be lost);
 * - `OUTPUT_INSIDE_INPUT`: an output would replace an existing file inside an input folder that
 *   is not one of the tool's own outputs.
 */
export async function checkOutputs(check: OutputCheck): Promise<void> {
  const outputs = await Promise.all(check.outputs.map(identify));
  const inputs = await Promise.all(check.inputs.map(identify));
  const folders = await Promise.all(
    (check.folders ?? []).map(async (f) => ({
      real: await realPathOf(f.path),
      recursive: f.recursive,
    })),
  );
  for (const [i, out] of outputs.entries()) {
    const path = check.outputs[i]!;
    const input = inputs.findIndex((inp) => same(inp, out));
    if (input !== -1) {
      throw new KlasLabError('OUTPUT_IS_INPUT', `Refusing to overwrite the input ${path}.`, {
        details: {
          file: path,
          input: check.inputs[input],
          hint: 'Choose another output name.',
        },
      });
    }
    const earlier = outputs.findIndex((o, j) => j < i && same(o, out));
    if (earlier !== -1) {
      throw new KlasLabError(
        'OUTPUT_COLLISION',
        `Two outputs would be written to the same file ${path}; one would be lost.`,
        {
          details: {
            file: path,
            other: check.outputs[earlier],
            hint: 'Give each output its own name (or its own folder).',
          },
        },
      );
    }
    if (
      out.exists &&
      out.regular &&
      folders.some((f) => inside(f.real, out.real, f.recursive)) &&
      !(check.isOwnOutput?.(path) ?? false)
    ) {
      throw new KlasLabError(
        'OUTPUT_INSIDE_INPUT',
        `Refusing to overwrite ${path}: it is a file in an input folder that this tool did not write.`,
        {
          details: {
            file: path,
            hint: 'Write the output outside the input folder, or use a new name.',
          },
        },
      );
    }
  }
}
