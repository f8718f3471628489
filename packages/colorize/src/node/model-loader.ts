import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KlasLabError } from '@klaslab/core';
import { readInputFile } from '@klaslab/core/node';
import { BUNDLED_MODELS, bundledModelUrl } from '../core/bundled-models.js';
import type { LoadProgress, ModelSource } from '../core/colorizer.js';
import {
  download,
  downloadManifestText,
  MAX_MANIFEST_BYTES,
  modelFileUrl,
} from '../core/download.js';
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
  /** Downloads give up when nothing arrives for this long (default 30 000 ms). */
  idleTimeoutMs?: number | undefined;
  /**
   * Let a manifest's `file` point outside the manifest's own folder (another folder, another
   * host). Off by default: a downloaded `model.json` could otherwise name `../../etc/passwd`.
   */
  allowModelFileOutside?: boolean | undefined;
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

/** A local manifest or model file: regular files only, no bigger than `maxBytes`. */
async function readLocal(
  file: string,
  hint: string,
  maxBytes: number,
  tooLargeCode: 'MODEL_SHA256_MISMATCH' | 'MODEL_MANIFEST_INVALID',
): Promise<Uint8Array> {
  try {
    return await readInputFile(file, { maxBytes });
  } catch (cause) {
    const code = KlasLabError.is(cause) ? cause.code : undefined;
    if (code === 'FILE_NOT_FOUND') throw notFound(file, hint, cause);
    if (code === 'FILE_TOO_LARGE') {
      throw new KlasLabError(tooLargeCode, `${file} is larger than ${maxBytes} bytes.`, {
        cause,
        details: { file, expected: maxBytes, hint: 'The file does not belong to this model.json.' },
      });
    }
    throw new KlasLabError(
      'MODEL_READ_FAILED',
      `Cannot read ${file}: ${(cause as Error).message}`,
      { cause, details: { file } },
    );
  }
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
    const limits = { idleTimeoutMs: options.idleTimeoutMs, signal: options.signal };
    const text = await downloadManifestText(manifestUrl, {
      ...limits,
      onProgress: (loaded, total) => progress?.({ stage: 'manifest', loaded, total }),
    });
    const manifest = parseManifestText(text, manifestUrl);
    const modelUrl = target.endsWith('.onnx')
      ? target
      : modelFileUrl(manifest.file, manifestUrl, options.allowModelFileOutside).href;
    const bytes = await download(modelUrl, {
      ...limits,
      // Never more than the manifest promises: an endless body stops here, not in memory.
      maxBytes: manifest.bytes,
      tooLargeCode: 'MODEL_SHA256_MISMATCH',
      onProgress: (loaded, total) => progress?.({ stage: 'model', loaded, total }),
    });
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
  const manifestText = new TextDecoder().decode(
    await readLocal(path, hint, MAX_MANIFEST_BYTES, 'MODEL_MANIFEST_INVALID'),
  );
  const manifest = parseManifestText(manifestText, path);
  const modelPath =
    onnxPath ??
    fileURLToPath(
      modelFileUrl(manifest.file, pathToFileURL(path).href, options.allowModelFileOutside),
    );
  progress?.({ stage: 'manifest', loaded: manifestText.length, total: manifestText.length });
  const bytes = await readLocal(
    modelPath,
    `model.json names "${manifest.file}" but there is no such file beside it${onnxPath ? '' : ` (${basename(modelPath)})`}.`,
    manifest.bytes,
    'MODEL_SHA256_MISMATCH',
  );
  progress?.({ stage: 'model', loaded: bytes.length, total: bytes.length });
  await verifyModelBytes(bytes, manifest, modelPath);
  progress?.({ stage: 'verify', loaded: bytes.length, total: bytes.length });
  return { manifest, bytes, location: modelPath };
}
