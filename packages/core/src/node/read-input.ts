import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { KlasLabError } from '../errors/klaslab-error.js';

/** Input files above this size are refused unless a caller raises the limit (64 MiB). */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface ReadInputOptions {
  /** Refuse files larger than this many bytes (default {@link DEFAULT_MAX_INPUT_BYTES}). */
  maxBytes?: number;
}

/**
 * Reads a whole input file, but only a regular one and only up to `maxBytes`. The file is opened
 * non-blocking, so a FIFO or a device named like an input cannot block the process; its type is
 * then checked on the open descriptor (no race with a rename between check and read), and at most
 * `maxBytes + 1` bytes are read, so `/dev/zero` or a growing file cannot exhaust memory.
 *
 * Throws `KlasLabError` `FILE_NOT_FOUND`, `FILE_NOT_REGULAR`, `FILE_TOO_LARGE` or
 * `FILE_READ_FAILED`, each with `details.file`.
 */
export async function readInputFile(path: string, options: ReadInputOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw openError(path, cause);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new KlasLabError('FILE_NOT_REGULAR', `${path} is not a regular file.`, {
        details: {
          file: path,
          hint: 'Only regular files are read (not folders, pipes, sockets or devices).',
        },
      });
    }
    if (info.size > maxBytes) throw tooLarge(path, maxBytes);
    // The size may change while reading: read in chunks and stop one byte past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } catch (cause) {
    if (KlasLabError.is(cause)) throw cause;
    throw new KlasLabError('FILE_READ_FAILED', `Cannot read ${path}: ${(cause as Error).message}`, {
      cause,
      details: { file: path },
    });
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, maxBytes: number): KlasLabError {
  return new KlasLabError(
    'FILE_TOO_LARGE',
    `${path} is larger than the limit of ${maxBytes} bytes.`,
    { details: { file: path, limit: maxBytes } },
  );
}

function openError(path: string, cause: unknown): KlasLabError {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new KlasLabError('FILE_NOT_FOUND', `No such file: ${path}`, {
      cause,
      details: { file: path },
    });
  }
  return new KlasLabError('FILE_READ_FAILED', `Cannot read ${path}: ${(cause as Error).message}`, {
    cause,
    details: { file: path },
  });
}
