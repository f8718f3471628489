import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, type FileHandle, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { KlasLabError } from '../errors/klaslab-error.js';

/**
 * Writes an output file without ever destroying what is there by accident:
 *
 * - a regular file (or none) is replaced atomically: the data goes to a temporary file beside
 *   the target, is flushed, and is renamed over it, so readers never see half a file and a failed
 *   run leaves the old one; a symlink is followed, so the link stays and its target is replaced;
 * - a character device (`/dev/null`, `/dev/stdout`) or a FIFO with a reader is written directly,
 *   never renamed over (as root, a rename would replace `/dev/null` itself);
 * - a FIFO without a reader, a folder, a socket or a block device is refused.
 *
 * Throws `KlasLabError` `OUTPUT_NOT_REGULAR` or `OUTPUT_WRITE_FAILED`, with `details.file`.
 */
export async function writeOutputFile(path: string, data: string | Uint8Array): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isFile()) {
    if (info.isCharacterDevice() || info.isFIFO()) return writeDirect(path, data, info.isFIFO());
    throw notRegular(path, info.isDirectory() ? 'a folder' : 'not a regular file');
  }
  // Replace what a symlink points at, not the link.
  const target = info ? await realpath(path) : resolve(path);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (info) await chmod(temp, info.mode & 0o7777);
    await rename(temp, target);
  } catch (cause) {
    await unlink(temp).catch(() => {});
    throw writeFailed(path, cause);
  }
}

async function writeDirect(path: string, data: string | Uint8Array, fifo: boolean): Promise<void> {
  // Opening a FIFO for writing blocks until a reader comes: check for one without blocking, and
  // keep that end open until the real one is, so the reader does not see an early end of file.
  let probe: FileHandle | undefined;
  if (fifo) {
    try {
      probe = await open(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENXIO') {
        throw notRegular(path, 'a pipe that nobody reads');
      }
      throw writeFailed(path, cause);
    }
  }
  try {
    const handle = await open(path, constants.O_WRONLY);
    await probe?.close();
    probe = undefined;
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw writeFailed(path, cause);
  } finally {
    await probe?.close();
  }
}

function notRegular(path: string, what: string): KlasLabError {
  return new KlasLabError('OUTPUT_NOT_REGULAR', `Refusing to write to ${path}: it is ${what}.`, {
    details: { file: path, hint: 'Name a regular file, or a device such as /dev/stdout.' },
  });
}

function writeFailed(path: string, cause: unknown): KlasLabError {
  return new KlasLabError(
    'OUTPUT_WRITE_FAILED',
    `Cannot write ${path}: ${(cause as Error).message}`,
    {
      cause,
      details: { file: path },
    },
  );
}
