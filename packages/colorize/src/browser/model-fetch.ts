import { KlasLabError } from '@klaslab/core';
import {
  type ModelManifest,
  parseManifest,
  parseManifestText,
  sha256Hex,
  verifyModelBytes,
} from '../core/manifest.js';
import type { LoadProgress } from './protocol.js';

const CACHE_NAME = 'klaslab-colorize-models-v1';

async function fetchChecked(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new KlasLabError(
      'MODEL_FETCH_FAILED',
      `Cannot download ${url}: ${(cause as Error).message}`,
      {
        cause,
        details: { file: url },
      },
    );
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
      {
        details: { file: url, status: response.status },
      },
    );
  }
  return response;
}

/** Reads a response body in chunks, reporting progress. */
async function readWithProgress(
  response: Response,
  expected: number,
  onProgress: (p: LoadProgress) => void,
): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || expected;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  let bytes = new Uint8Array(total);
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > bytes.length) {
      const bigger = new Uint8Array(Math.max(bytes.length * 2, loaded + value.length));
      bigger.set(bytes.subarray(0, loaded));
      bytes = bigger;
    }
    bytes.set(value, loaded);
    loaded += value.length;
    onProgress({ stage: 'model', loaded, total });
  }
  return loaded === bytes.length ? bytes : bytes.slice(0, loaded);
}

function cacheKey(sha256: string): string {
  return new URL(
    `/.klaslab-colorize-cache/${sha256}.onnx`,
    globalThis.location?.href ?? 'http://localhost/',
  ).href;
}

async function openCache(enabled: boolean): Promise<Cache | undefined> {
  if (!enabled || typeof caches === 'undefined') return undefined;
  try {
    return await caches.open(CACHE_NAME);
  } catch {
    return undefined; // opaque origins, private modes
  }
}

/**
 * Fetches `model.json` and its `.onnx` (streamed, with progress), checks size and sha256, and keeps
 * the bytes in the Cache API keyed by sha256, so the next visit loads without downloading.
 */
export async function fetchModel(
  source: string | { manifest: unknown; model: Uint8Array | ArrayBuffer },
  options: { cache?: boolean; signal?: AbortSignal; onProgress?: (p: LoadProgress) => void } = {},
): Promise<{ manifest: ModelManifest; bytes: Uint8Array; location: string }> {
  const onProgress = options.onProgress ?? (() => {});
  if (typeof source !== 'string') {
    const manifest = parseManifest(source.manifest);
    const bytes = source.model instanceof Uint8Array ? source.model : new Uint8Array(source.model);
    await verifyModelBytes(bytes, manifest);
    return { manifest, bytes, location: manifest.name };
  }
  const base = globalThis.location?.href;
  const manifestUrl = new URL(source.endsWith('/') ? `${source}model.json` : source, base).href;
  const manifestResponse = await fetchChecked(manifestUrl, options.signal);
  const text = await manifestResponse.text();
  onProgress({ stage: 'manifest', loaded: text.length, total: text.length });
  const manifest = parseManifestText(text, manifestUrl);
  const modelUrl = new URL(manifest.file, manifestUrl).href;
  const cache = await openCache(options.cache !== false);
  const key = cacheKey(manifest.sha256);
  const cached = await cache?.match(key);
  if (cached) {
    const bytes = new Uint8Array(await cached.arrayBuffer());
    if (bytes.length === manifest.bytes && (await sha256Hex(bytes)) === manifest.sha256) {
      onProgress({ stage: 'cache', loaded: bytes.length, total: bytes.length });
      return { manifest, bytes, location: modelUrl };
    }
    await cache!.delete(key);
  }
  const response = await fetchChecked(modelUrl, options.signal);
  const bytes = await readWithProgress(response, manifest.bytes, onProgress);
  onProgress({ stage: 'verify', loaded: bytes.length, total: bytes.length });
  await verifyModelBytes(bytes, manifest, modelUrl);
  if (cache) {
    await cache
      .put(
        key,
        new Response(bytes as Uint8Array<ArrayBuffer>, {
          headers: { 'content-type': 'application/octet-stream' },
        }),
      )
      .catch(() => {}); // quota: carry on uncached
  }
  return { manifest, bytes, location: modelUrl };
}
