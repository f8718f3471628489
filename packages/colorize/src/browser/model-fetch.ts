import { download, downloadManifestText, modelFileUrl } from '../core/download.js';
import {
  type ModelManifest,
  parseManifest,
  parseManifestText,
  sha256Hex,
  verifyModelBytes,
} from '../core/manifest.js';
import type { LoadProgress } from './protocol.js';

const CACHE_NAME = 'klaslab-colorize-models-v1';

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
  options: {
    cache?: boolean;
    signal?: AbortSignal;
    onProgress?: (p: LoadProgress) => void;
    /** Give up when nothing arrives for this long (default 30 000 ms). */
    idleTimeoutMs?: number;
    /** Let model.json's `file` point outside its own folder or origin. */
    allowModelFileOutside?: boolean;
  } = {},
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
  const limits = { idleTimeoutMs: options.idleTimeoutMs, signal: options.signal };
  const text = await downloadManifestText(manifestUrl, limits);
  onProgress({ stage: 'manifest', loaded: text.length, total: text.length });
  const manifest = parseManifestText(text, manifestUrl);
  const modelUrl = modelFileUrl(manifest.file, manifestUrl, options.allowModelFileOutside).href;
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
  const bytes = await download(modelUrl, {
    ...limits,
    // Never more than the manifest promises: an endless body stops here, not in memory.
    maxBytes: manifest.bytes,
    tooLargeCode: 'MODEL_SHA256_MISMATCH',
    onProgress: (loaded, total) => onProgress({ stage: 'model', loaded, total }),
  });
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
