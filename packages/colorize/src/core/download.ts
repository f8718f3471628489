import { KlasLabError } from '@klaslab/core';

/** A manifest is a few kilobytes; more is not a manifest. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** A download that receives nothing for this long is given up (30 s). */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;

export interface DownloadOptions {
  /** Stop (and fail) as soon as the body is longer than this. */
  maxBytes: number;
  /**
   * The code of that failure: `MODEL_SHA256_MISMATCH` for model bytes (more than the manifest's
   * `bytes`, the same code as any other size or hash mismatch), `MODEL_MANIFEST_INVALID` for a
   * manifest over {@link MAX_MANIFEST_BYTES}.
   */
  tooLargeCode: 'MODEL_SHA256_MISMATCH' | 'MODEL_MANIFEST_INVALID';
  /** Give up when no byte arrives for this long (default {@link DEFAULT_IDLE_TIMEOUT_MS}). */
  idleTimeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((loaded: number, total: number) => void) | undefined;
}

/**
 * Downloads a body with the limits a model download needs, in browsers and Node alike: the
 * request is aborted when the server stays silent for `idleTimeoutMs` (`MODEL_FETCH_TIMEOUT`) or
 * sends more than `maxBytes` (`tooLargeCode`, checked against `Content-Length` first and then
 * while reading, so an endless body never fills memory). A 404 is `MODEL_NOT_FOUND`, another
 * failure `MODEL_FETCH_FAILED`; the caller's own abort passes through unchanged.
 */
export async function download(url: string, options: DownloadOptions): Promise<Uint8Array> {
  const idle = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const controller = new AbortController();
  const outer = options.signal;
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) throw outer.reason ?? new Error('aborted');
  outer?.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timed out'));
    }, idle);
  };
  const fail = (cause: unknown): never => {
    if (outer?.aborted) throw outer.reason ?? cause;
    if (KlasLabError.is(cause)) throw cause;
    if (timedOut) {
      throw new KlasLabError(
        'MODEL_FETCH_TIMEOUT',
        `Downloading ${url} stopped: nothing arrived for ${Math.round(idle / 1000)} s.`,
        { cause, details: { file: url, timeoutMs: idle, hint: 'Check the server, or try again.' } },
      );
    }
    throw new KlasLabError(
      'MODEL_FETCH_FAILED',
      `Cannot download ${url}: ${(cause as Error)?.message ?? String(cause)}`,
      { cause, details: { file: url } },
    );
  };
  try {
    arm();
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (cause) {
      return fail(cause);
    }
    if (response.status === 404) {
      throw new KlasLabError('MODEL_NOT_FOUND', `Model file not found: ${url}`, {
        details: {
          file: url,
          hint: 'Check the model URL and that the server serves model.json and the .onnx file.',
        },
      });
    }
    if (!response.ok) {
      throw new KlasLabError(
        'MODEL_FETCH_FAILED',
        `Downloading ${url} failed: HTTP ${response.status}.`,
        { details: { file: url, status: response.status } },
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) throw tooLarge(options, url, declared);
    const total = declared || options.maxBytes;
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          arm();
          const { done, value } = await reader.read();
          if (done) break;
          loaded += value.length;
          if (loaded > options.maxBytes) throw tooLarge(options, url, loaded);
          chunks.push(value);
          options.onProgress?.(loaded, total);
        }
      } finally {
        reader.cancel().catch(() => {});
      }
    }
    const bytes = new Uint8Array(loaded);
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    return bytes;
  } catch (cause) {
    return fail(cause);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
    controller.abort();
  }
}

/** `model.json` as text: at most {@link MAX_MANIFEST_BYTES}, with the same idle timeout. */
export async function downloadManifestText(
  url: string,
  options: Omit<DownloadOptions, 'maxBytes' | 'tooLargeCode'>,
): Promise<string> {
  const bytes = await download(url, {
    ...options,
    maxBytes: MAX_MANIFEST_BYTES,
    tooLargeCode: 'MODEL_MANIFEST_INVALID',
  });
  return new TextDecoder().decode(bytes);
}

function tooLarge(options: DownloadOptions, url: string, actual: number): KlasLabError {
  return new KlasLabError(
    options.tooLargeCode,
    `${url} is larger than expected (${actual} bytes or more, at most ${options.maxBytes}).`,
    {
      details: {
        file: url,
        expected: options.maxBytes,
        actual,
        hint: 'The server sends something else than the model its manifest describes.',
      },
    },
  );
}

/**
 * Where a manifest's `file` points, confined to the manifest's own folder (same origin, same
 * folder or below): `../../etc/passwd` or `https://elsewhere/` in a downloaded `model.json` must
 * not make the loader read or fetch anything else. `allowOutside` lifts this for callers that
 * trust the manifest. Throws `MODEL_FILE_OUTSIDE`.
 */
export function modelFileUrl(file: string, manifestUrl: string, allowOutside = false): URL {
  const base = new URL(manifestUrl);
  let url: URL;
  try {
    url = new URL(file, base);
  } catch (cause) {
    throw outside(file, manifestUrl, cause);
  }
  if (allowOutside) return url;
  const folder = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
  const sameOrigin =
    url.protocol === base.protocol && url.host === base.host && url.username === base.username;
  if (
    !sameOrigin ||
    !url.pathname.startsWith(folder) ||
    /%2f|%5c/i.test(url.pathname.slice(folder.length))
  ) {
    throw outside(file, manifestUrl);
  }
  return url;
}

function outside(file: string, manifestUrl: string, cause?: unknown): KlasLabError {
  return new KlasLabError(
    'MODEL_FILE_OUTSIDE',
    `The manifest names "${file}", which is not in the manifest's own folder.`,
    {
      ...(cause === undefined ? {} : { cause }),
      details: {
        file: manifestUrl,
        field: 'file',
        hint: 'Put the .onnx file beside model.json (or below it), or pass allowModelFileOutside if you trust this manifest.',
      },
    },
  );
}
