/**
 * @packageDocumentation
 * @klaslab/colorize for Node: onnxruntime-node for inference, sharp for image files.
 */
import { availableParallelism } from 'node:os';
import { type ImageBuffer, KlasLabError } from '@klaslab/core';
import { checkOutputs, writeOutputFile } from '@klaslab/core/node';
import {
  type Colorizer as BaseColorizer,
  type ColorizerOptions,
  createColorizerApi,
  type DecodedInput,
  localRunner,
} from '../core/colorizer.js';
import { sideBySide } from '../core/compare.js';
import {
  type ColorizeOptions,
  type ColorizeResult,
  DEFAULT_MAX_PIXELS,
  Engine,
} from '../core/engine.js';
import { maxExplorationsOf } from '../core/exploration-store.js';
import { createOrtBackend, type OrtModule } from '../core/ort-backend.js';
import { throwIfAborted } from '../core/queue.js';
import { loadOrtNode } from './engines.js';
import { decodeImage, encodeImage, formatForPath } from './image-io.js';
import { loadModel } from './model-loader.js';
import { createPixelPool } from './pixel-pool.js';

export * from '../core/public.js';
export { type DecodedImage, decodeImage } from './image-io.js';
export { bundledModelPath, defaultModelPath } from './model-loader.js';

/** The {@link BaseColorizer | Colorizer} of both runtimes, for Node's inputs. */
export type Colorizer = BaseColorizer<NodeImageInput>;

/** Pixels in memory, encoded file bytes, or a file path. */
export type NodeImageInput =
  | ImageBuffer
  | { width: number; height: number; data: Uint8Array | Uint8ClampedArray }
  | Uint8Array
  | string;

/** {@link ColorizerOptions}, plus what only Node has. */
export interface NodeColorizerOptions extends ColorizerOptions {
  /**
   * Node only, advanced: another ONNX Runtime module with the same API (e.g. `onnxruntime-web`, to
   * compare runtimes in benchmarks). Default: `onnxruntime-node`.
   */
  ort?: OrtModule;
  /** A model download gives up when nothing arrives for this long (default 30 000 ms). */
  idleTimeoutMs?: number;
  /** Let model.json's `file` point outside its own folder or host (off: it is confined there). */
  allowModelFileOutside?: boolean;
}

async function toPixels(image: NodeImageInput, maxPixels: number): Promise<DecodedInput> {
  const t0 = performance.now();
  if (typeof image === 'string' || (image instanceof Uint8Array && !('width' in image))) {
    const decoded = await decodeImage(image as string | Uint8Array, { maxPixels });
    return { image: decoded, decode: performance.now() - t0 };
  }
  const candidate = image as { width: number; height: number; data: unknown };
  if (
    candidate &&
    candidate.data instanceof Uint8Array &&
    !(candidate.data instanceof Uint8ClampedArray)
  ) {
    const d = candidate.data;
    return {
      image: {
        width: candidate.width,
        height: candidate.height,
        data: new Uint8ClampedArray(d.buffer, d.byteOffset, d.length),
      },
      decode: 0,
    };
  }
  return { image: image as ImageBuffer, decode: 0 };
}

// Pixels that colorizeFile decoded itself and does not need again: the result may overwrite them.
const disposable = new WeakSet<ImageBuffer>();

/**
 * Loads a model (checking its sha256 and signature) and returns a colorizer for it. Needs the
 * optional peer dependency `onnxruntime-node` (and `sharp` for image files).
 */
export async function createColorizer(options: NodeColorizerOptions = {}): Promise<Colorizer> {
  const { signal } = options;
  throwIfAborted(signal);
  const maxExplorations = maxExplorationsOf(options.maxExplorations);
  const ort = options.ort ?? ((await loadOrtNode()) as unknown as OrtModule);
  const loaded = await loadModel(options.model, {
    signal,
    onProgress: options.onProgress,
    idleTimeoutMs: options.idleTimeoutMs,
    allowModelFileOutside: options.allowModelFileOutside,
  });
  throwIfAborted(signal);
  const threads = options.threads ?? availableParallelism();
  const providers = [...(options.executionProviders ?? ['cpu'])];
  const sessionOptions: Record<string, unknown> = {
    executionProviders: providers,
    graphOptimizationLevel: 'all',
    intraOpNumThreads: threads,
    // Idle ONNX Runtime threads would otherwise spin after each run and steal the cores that the
    // JavaScript pre- and post-processing needs right then.
    extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
  };
  const backend = await createOrtBackend(
    ort,
    loaded.bytes,
    loaded.manifest,
    sessionOptions,
    loaded.location,
  );
  options.onProgress?.({ stage: 'session', loaded: 1, total: 1 });
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  let engine: Engine;
  // The per-pixel work on big images (L* for the model, recombination) in bands on worker threads.
  const pool = createPixelPool();
  try {
    engine = new Engine(loaded.manifest, backend, { maxPixels, pixels: pool });
  } catch (error) {
    await backend.dispose();
    await pool.dispose();
    if (KlasLabError.is(error) && error.details) error.details.file ??= loaded.location;
    throw error;
  }
  if (signal?.aborted) {
    await engine.dispose();
    await pool.dispose();
    throwIfAborted(signal);
  }
  const runner = localRunner(
    engine,
    providers[0] ?? 'cpu',
    threads,
    () => pool.dispose(),
    maxExplorations,
  );
  return createColorizerApi<NodeImageInput>(runner, async (image) => {
    const input = await toPixels(image, maxPixels);
    return { ...input, handedOver: disposable.delete(input.image) };
  });
}

export interface ColorizeFileOptions extends ColorizeOptions {
  /** A colorizer to reuse (else one is created for this call and disposed after). */
  colorizer?: Colorizer;
  /** Model for a colorizer created for this call. */
  model?: NodeColorizerOptions['model'];
  /** Write a side-by-side picture (grey | colorized) instead of the colorized photo. */
  compare?: boolean;
  /** Refuse images above this many pixels, checked before decoding (default 50 000 000). */
  maxPixels?: number;
}

export interface ColorizeFileResult {
  input: string;
  output: string;
  width: number;
  height: number;
  /** Milliseconds; `encode` includes writing the file. */
  timings: ColorizeResult['timings'] & { encode: number };
  model: { name: string; version: string };
}

/**
 * Colorizes an image file into another file (format from the output's extension: .jpg, .png,
 * .webp, .avif, .tif). Never overwrites the input (compared by real path and device + inode);
 * writes a temporary file and renames it, so a failed run leaves no half-written output, and
 * writes devices and FIFOs directly, never renaming over them.
 */
export async function colorizeFile(
  input: string,
  output: string,
  options: ColorizeFileOptions = {},
): Promise<ColorizeFileResult> {
  const started = performance.now();
  const format = formatForPath(output);
  await checkOutputs({ outputs: [output], inputs: [input] });
  throwIfAborted(options.signal);
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const t0 = performance.now();
  const decoded = await decodeImage(input, { maxPixels });
  const decodeMs = performance.now() - t0;
  const own = options.colorizer
    ? undefined
    : await createColorizer({ maxPixels, ...(options.model ? { model: options.model } : {}) });
  const colorizer = options.colorizer ?? own!;
  try {
    const { colorizer: _c, model: _m, compare, maxPixels: _p, ...colorizeOptions } = options;
    // Without --compare the decoded pixels are not needed again: the result may overwrite them.
    if (!compare) disposable.add(decoded);
    const result = await colorizer.colorize(decoded, colorizeOptions);
    throwIfAborted(options.signal);
    const t1 = performance.now();
    const picture = compare ? sideBySide(decoded, result.image) : result.image;
    const encoded = await encodeImage(picture, format, decoded.hasAlpha);
    await writeOutputFile(output, encoded);
    const encode = performance.now() - t1;
    return {
      input,
      output,
      width: decoded.width,
      height: decoded.height,
      timings: { ...result.timings, decode: decodeMs, encode, total: performance.now() - started },
      model: { name: colorizer.info.name, version: colorizer.info.version },
    };
  } finally {
    await own?.dispose();
  }
}
