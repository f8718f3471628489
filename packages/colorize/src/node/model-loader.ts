import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KlasLabError } from '@klaslab/core';
import { BUNDLED_MODELS, bundledModelUrl } from '../core/bundled-models.js';
import type { LoadProgress, ModelSource } from '../core/colorizer.js';
import {
  type ModelManifest,
  parseManifest,
  parseManifestText,
  verifyModelBytes,
} from '../core/manifest.js';

export interface LoadedModel {
  manifest: ModelManifest;
  bytes: Uint8Array;
  /** Where it came from, for messages. */
  location: string;
}

export interface LoadOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: LoadProgress) => void) | undefined;
}

/**
 * Where the bundled default model lives: `models/default/model.json` in the package (copied at build
 * time from the repository's `models/klaslab-small/`). Both `src/node/` and `dist/node/` sit two
 * levels below the package root.
 */
export function defaultModelPath(): string {
  return fileURLToPath(new URL('../../models/default/model.json', import.meta.url));
}

/** The `model.json` path of a bundled model name (`'klaslab-tiny'`, …), or undefined. */
export function bundledModelPath(name: string): string | undefined {
  const url = bundledModelUrl(name, import.meta.url);
  return url && fileURLToPath(url);
}

function notFound(file: string, hint: string, cause?: unknown): KlasLabError {
  return new KlasLabError('MODEL_NOT_FOUND', `Model file not found: ${file}`, {
    cause,
    details: { file, hint },
  });
}

async function readLocal(file: string, hint: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw notFound(file, hint, cause);
    throw new KlasLabError(
      'MODEL_READ_FAILED',
      `Cannot read ${file}: ${(cause as Error).message}`,
      {
        cause,
        details: { file },
      },
    );
  }
}

async function fetchBytes(
  url: string,
  options: LoadOptions,
  stage: LoadProgress['stage'],
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, options.signal ? { signal: options.signal } : {});
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new KlasLabError(
      'MODEL_FETCH_FAILED',
      `Cannot download ${url}: ${(cause as Error).message}`,
      {
        cause,
        details: { file: url },
      },
    );
  }
  if (response.status === 404) throw notFound(url, 'Check the model URL.');
  if (!response.ok || !response.body) {
    throw new KlasLabError(
      'MODEL_FETCH_FAILED',
      `Downloading ${url} failed: HTTP ${response.status}.`,
      {
        details: { file: url, status: response.status },
      },
    );
  }
  const total = Number(response.headers.get('content-length') ?? 0);
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    loaded += chunk.length;
    options.onProgress?.({ stage, loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}

/**
 * Loads a manifest and its model bytes from a bundled model name (`'default'`, `'klaslab-small'`,
 * `'klaslab-tiny'`), a path, a URL or memory, and checks them.
 */
export async function loadModel(
  model: 'default' | string | ModelSource | undefined,
  options: LoadOptions = {},
): Promise<LoadedModel> {
  const progress = options.onProgress;
  if (model !== undefined && typeof model === 'object' && 'manifest' in model) {
    const manifest = parseManifest(model.manifest);
    const bytes = model.model instanceof Uint8Array ? model.model : new Uint8Array(model.model);
    await verifyModelBytes(bytes, manifest);
    return { manifest, bytes, location: manifest.name };
  }
  const bundled = bundledModelPath(typeof model === 'string' ? model : 'default');
  const isBundled = model === undefined || (typeof model === 'string' && bundled !== undefined);
  const target = isBundled
    ? (bundled as string)
    : typeof model === 'string'
      ? model
      : String(model.url);
  if (/^https?:\/\//i.test(target) || target.startsWith('file:')) {
    if (target.startsWith('file:')) return loadModel(fileURLToPath(target), options);
    const manifestUrl = target.endsWith('.json')
      ? target
      : new URL('model.json', target.endsWith('/') ? target : target.replace(/[^/]*$/, '')).href;
    const text = new TextDecoder().decode(await fetchBytes(manifestUrl, options, 'manifest'));
    const manifest = parseManifestText(text, manifestUrl);
    const modelUrl = target.endsWith('.onnx') ? target : new URL(manifest.file, manifestUrl).href;
    const bytes = await fetchBytes(modelUrl, options, 'model');
    progress?.({ stage: 'verify', loaded: bytes.length, total: bytes.length });
    await verifyModelBytes(bytes, manifest, modelUrl);
    return { manifest, bytes, location: modelUrl };
  }
  const isDefault = isBundled;
  let path = resolve(target);
  let onnxPath: string | undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) path = join(path, 'model.json');
  else if (path.endsWith('.onnx')) {
    onnxPath = path;
    path = join(dirname(path), 'model.json');
  }
  const hint = isDefault
    ? `This build of @klaslab/colorize has no bundled model "${typeof model === 'string' ? model : 'default'}" (models/${basename(dirname(target))}/). Build it after the models land in the repository's models/klaslab-small/ and models/klaslab-tiny/, or pass a model path or URL.`
    : `Pass the path of model.json, of its folder, or of the .onnx file with model.json beside it, or a bundled model's name (${Object.keys(BUNDLED_MODELS).join(', ')}).`;
  const manifestText = new TextDecoder().decode(await readLocal(path, hint));
  const manifest = parseManifestText(manifestText, path);
  const modelPath = onnxPath ?? join(dirname(path), manifest.file);
  progress?.({ stage: 'manifest', loaded: manifestText.length, total: manifestText.length });
  const bytes = await readLocal(
    modelPath,
    `model.json names "${manifest.file}" but there is no such file beside it${onnxPath ? '' : ` (${basename(modelPath)})`}.`,
  );
  progress?.({ stage: 'model', loaded: bytes.length, total: bytes.length });
  await verifyModelBytes(bytes, manifest, modelPath);
  progress?.({ stage: 'verify', loaded: bytes.length, total: bytes.length });
  return { manifest, bytes, location: modelPath };
}
