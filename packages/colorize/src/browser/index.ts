/**
 * @packageDocumentation
 * @klaslab/colorize for browsers: onnxruntime-web (WASM with SIMD, threads when cross-origin
 * isolated, WebGPU when available) in a module Web Worker; the page only decodes the photo.
 */
import { KlasLabError } from '@klaslab/core';
import type {
  AlternativesOptions,
  ColorizeOptions,
  ColorizeResult,
  Engine,
  ModelInfo,
} from '../core/engine.js';
import { DEFAULT_MAX_PIXELS } from '../core/limits.js';
import { abortError, throwIfAborted } from '../core/queue.js';
import { type BrowserImageInput, toPixels } from './image-input.js';
import type { EngineSetup, LoadProgress, Request, Response, SerializedError } from './protocol.js';

export { greyOf, sideBySide } from '../core/compare.js';
export type {
  AlternativesOptions,
  ColorizeOptions,
  ColorizeResult,
  ModelInfo,
  Timings,
} from '../core/engine.js';
export { readImageSize } from '../core/image-header.js';
export {
  type ModelFamily,
  type ModelManifest,
  parseManifest,
  sha256Hex,
} from '../core/manifest.js';
export type { BrowserImageInput } from './image-input.js';
export type { BrowserModelSource, LoadProgress } from './protocol.js';

export interface CreateColorizerOptions {
  /**
   * `'default'` (the bundled model, served from the package's `models/default/`), the URL of a
   * `model.json` (or of its folder, ending in `/`), `{ url }`, or `{ manifest, model }` in memory.
   */
  model?:
    | 'default'
    | string
    | { url: string | URL }
    | { manifest: unknown; model: Uint8Array | ArrayBuffer };
  /** `['webgpu', 'wasm']` to use WebGPU where the browser has it (default `['wasm']`). */
  executionProviders?: string[];
  /** Where the ONNX Runtime `.wasm` files are served from (default: beside onnxruntime-web, as your bundler emits them). */
  wasmPaths?: string | Record<string, string>;
  /** WASM threads (default: up to 4 when the page is cross-origin isolated, else 1). */
  numThreads?: number;
  /** Cache downloaded models in the Cache API, keyed by sha256 (default true). */
  cache?: boolean;
  /** Refuse images above this many pixels, checked from the file header before decoding (default 50 MP). */
  maxPixels?: number;
  /** Run in a module Web Worker (default true); `false` runs on the calling thread (e.g. inside your own worker). */
  worker?: boolean;
  /** Override the worker script URL (default: `worker.js` beside this module). */
  workerUrl?: string | URL;
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

export interface Colorizer {
  readonly info: ModelInfo;
  /** The execution provider in use: `wasm` or `webgpu`. */
  readonly backend: string;
  /**
   * WASM threads inference runs on: more than 1 only on a cross-origin isolated page (ONNX Runtime
   * falls back to 1 elsewhere).
   */
  readonly threads: number;
  colorize(image: BrowserImageInput, options?: ColorizeOptions): Promise<ColorizeResult>;
  /** Several plausible colourings from one inference (classification models). */
  alternatives(image: BrowserImageInput, options?: AlternativesOptions): Promise<ColorizeResult[]>;
  dispose(): void;
}

function resolveModel(model: CreateColorizerOptions['model']): EngineSetup['model'] {
  if (model === undefined || model === 'default') {
    return new URL('../../models/default/model.json', import.meta.url).href;
  }
  if (typeof model === 'string') return new URL(model, globalThis.location?.href).href;
  if ('url' in model) return new URL(String(model.url), globalThis.location?.href).href;
  return model;
}

function revive(error: SerializedError): KlasLabError {
  return KlasLabError.fromJSON(error);
}

/** Loads a model (checking sha256 and signature) in a Web Worker and returns a colorizer. */
export async function createColorizer(options: CreateColorizerOptions = {}): Promise<Colorizer> {
  const { signal } = options;
  throwIfAborted(signal);
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const setup: EngineSetup = { model: resolveModel(options.model), maxPixels };
  if (options.wasmPaths) setup.wasmPaths = options.wasmPaths;
  if (options.executionProviders) setup.executionProviders = [...options.executionProviders];
  if (options.numThreads) setup.numThreads = options.numThreads;
  if (options.cache !== undefined) setup.cache = options.cache;
  const onProgress = options.onProgress ?? (() => {});

  if (options.worker === false) {
    const { loadEngine } = await import('./runtime.js');
    const { engine, backend, threads } = await loadEngine(setup, onProgress, signal);
    return inThread(engine, backend, threads, maxPixels);
  }

  const worker = new Worker(options.workerUrl ?? new URL('./worker.js', import.meta.url), {
    type: 'module',
    name: 'klaslab-colorize',
  });
  const pending = new Map<
    number,
    { resolve: (r: ColorizeResult[]) => void; reject: (e: unknown) => void }
  >();
  let nextId = 1;
  let disposed = false;
  const ready = new Promise<{ info: ModelInfo; backend: string; threads: number }>(
    (resolve, reject) => {
      const fail = (error: unknown) => {
        worker.terminate();
        reject(error);
      };
      signal?.addEventListener('abort', () => fail(abortError(signal)), { once: true });
      worker.addEventListener('error', (event) => {
        const error = new KlasLabError(
          'COLORIZE_WORKER_FAILED',
          `The colorize worker failed: ${event.message || 'could not start'}`,
          {
            details: {
              hint: 'Serve dist/browser/worker.js and onnxruntime-web with your page (see the README).',
            },
          },
        );
        fail(error);
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      worker.addEventListener('message', (event: MessageEvent<Response>) => {
        const m = event.data;
        if (m.type === 'progress') onProgress(m.progress);
        else if (m.type === 'ready')
          resolve({ info: m.info, backend: m.backend, threads: m.threads });
        else if (m.type === 'init-error') fail(revive(m.error));
        else if (m.type === 'result' || m.type === 'error') {
          const p = pending.get(m.id);
          pending.delete(m.id);
          if (m.type === 'result') p?.resolve(m.results);
          else p?.reject(revive(m.error));
        }
      });
    },
  );
  worker.postMessage({ type: 'init', setup } satisfies Request);
  const { info, backend, threads } = await ready;

  const call = async (
    type: 'colorize' | 'alternatives',
    image: BrowserImageInput,
    callOptions: ColorizeOptions | AlternativesOptions,
  ): Promise<ColorizeResult[]> => {
    if (disposed) throw new KlasLabError('COLORIZE_DISPOSED', 'This colorizer was disposed.');
    const { signal: callSignal, ...rest } = callOptions;
    throwIfAborted(callSignal);
    const t0 = performance.now();
    const pixels = await toPixels(image, maxPixels);
    const decode = performance.now() - t0;
    throwIfAborted(callSignal);
    const id = nextId++;
    return new Promise<ColorizeResult[]>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      callSignal?.addEventListener(
        'abort',
        () => {
          if (!pending.has(id)) return;
          pending.delete(id);
          worker.postMessage({ type: 'abort', id } satisfies Request);
          reject(abortError(callSignal));
        },
        { once: true },
      );
      worker.postMessage({ type, id, image: pixels, options: rest, decode } as Request, [
        pixels.data.buffer,
      ]);
    });
  };

  return {
    info,
    backend,
    threads,
    async colorize(image, colorizeOptions = {}) {
      const [result] = await call('colorize', image, colorizeOptions);
      return result!;
    },
    alternatives: (image, alternativesOptions = {}) =>
      call('alternatives', image, alternativesOptions),
    dispose() {
      if (disposed) return;
      disposed = true;
      const error = new KlasLabError('COLORIZE_DISPOSED', 'This colorizer was disposed.');
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      worker.postMessage({ type: 'dispose' } satisfies Request);
      setTimeout(() => worker.terminate(), 1000);
    },
  };
}

function inThread(engine: Engine, backend: string, threads: number, maxPixels: number): Colorizer {
  return {
    info: engine.info,
    backend,
    threads,
    async colorize(image, options = {}) {
      const t0 = performance.now();
      const pixels = await toPixels(image, maxPixels);
      return engine.colorize(pixels, options, performance.now() - t0);
    },
    async alternatives(image, options = {}) {
      const t0 = performance.now();
      const pixels = await toPixels(image, maxPixels);
      return engine.alternatives(pixels, options, performance.now() - t0);
    },
    dispose() {
      void engine.dispose();
    },
  };
}
