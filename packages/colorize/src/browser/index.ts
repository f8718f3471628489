/**
 * @packageDocumentation
 * @klaslab/colorize for browsers: onnxruntime-web (plain WASM with SIMD by default, its WebGPU
 * build only when asked for) in a module Web Worker; the page only decodes the photo.
 */
import { KlasLabError } from '@klaslab/core';
import { bundledModelUrl } from '../core/bundled-models.js';
import {
  type Colorizer as BaseColorizer,
  type ColorizerOptions,
  createColorizerApi,
  type DecodedInput,
  type EngineRunner,
  localRunner,
} from '../core/colorizer.js';
import type { ModelInfo } from '../core/engine.js';
import { DEFAULT_MAX_EXPLORATIONS, maxExplorationsOf } from '../core/exploration-store.js';
import { DEFAULT_MAX_PIXELS } from '../core/limits.js';
import { abortError, throwIfAborted } from '../core/queue.js';
import { type BrowserImageInput, toPixels } from './image-input.js';
import type { EngineSetup, LoadTimings, Request, Response, SerializedError } from './protocol.js';

export * from '../core/public.js';
export { type BrowserImageInput, decodePhotoFile, type PhotoFileOptions } from './image-input.js';
export type { LoadTimings } from './protocol.js';

/** {@link ColorizerOptions}, plus what only browsers have. */
export interface BrowserColorizerOptions extends ColorizerOptions {
  /**
   * Browser only: where the ONNX Runtime `.wasm` files are served from (default: beside
   * onnxruntime-web, as your bundler emits them).
   */
  wasmPaths?: string | Record<string, string>;
  /** Browser only: keep downloaded models in the Cache API, keyed by sha256 (default true). */
  cache?: boolean;
  /**
   * Browser only: run in a module Web Worker (default true); `false` runs on the calling thread
   * (e.g. inside your own worker).
   */
  worker?: boolean;
  /** Browser only: the worker script URL (default: `worker.js` beside this module). */
  workerUrl?: string | URL;
}

/** The Colorizer of both runtimes, for the browser's inputs; also says how long loading took. */
export interface Colorizer extends BaseColorizer<BrowserImageInput> {
  /** Milliseconds spent loading: the model, ONNX Runtime's WebAssembly, the session. */
  readonly load: LoadTimings;
}

function resolveModel(model: ColorizerOptions['model']): EngineSetup['model'] {
  if (model === undefined || model === 'default') {
    return new URL('../../models/default/model.json', import.meta.url).href;
  }
  const bundled = typeof model === 'string' ? bundledModelUrl(model, import.meta.url) : undefined;
  if (bundled) return bundled.href;
  if (typeof model === 'string') return new URL(model, globalThis.location?.href).href;
  if ('url' in model) return new URL(String(model.url), globalThis.location?.href).href;
  return model;
}

function revive(error: SerializedError): KlasLabError {
  return KlasLabError.fromJSON(error);
}

function disposedError(): KlasLabError {
  return new KlasLabError('COLORIZE_DISPOSED', 'This colorizer was disposed.');
}

/** Loads a model (checking sha256 and signature) in a Web Worker and returns a colorizer. */
export async function createColorizer(options: BrowserColorizerOptions = {}): Promise<Colorizer> {
  const { signal } = options;
  throwIfAborted(signal);
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const maxExplorations = maxExplorationsOf(options.maxExplorations);
  const setup: EngineSetup = { model: resolveModel(options.model), maxPixels, maxExplorations };
  if (options.wasmPaths) setup.wasmPaths = options.wasmPaths;
  if (options.executionProviders) setup.executionProviders = [...options.executionProviders];
  if (options.threads) setup.threads = options.threads;
  if (options.cache !== undefined) setup.cache = options.cache;
  const onProgress = options.onProgress ?? (() => {});
  const decode = async (image: BrowserImageInput): Promise<DecodedInput> => {
    const t0 = performance.now();
    const pixels = await toPixels(image, maxPixels);
    return { image: pixels, decode: performance.now() - t0, handedOver: true };
  };

  if (options.worker === false) {
    const { loadEngine } = await import('./runtime.js');
    const loaded = await loadEngine(setup, onProgress, signal);
    const runner = localRunner(
      loaded.engine,
      loaded.backend,
      loaded.threads,
      undefined,
      maxExplorations,
    );
    return { ...createColorizerApi(runner, decode), load: loaded.load };
  }
  const runner = await workerRunner(
    new URL(options.workerUrl ?? new URL('./worker.js', import.meta.url)),
    setup,
    onProgress,
    signal,
  );
  const api = createColorizerApi(runner, decode);
  return Object.defineProperties(api, {
    load: { value: runner.load, enumerable: true },
  }) as Colorizer;
}

/** A request without its id (the runner numbers them). */
type Call = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Answer = Extract<Response, { type: 'result' | 'probe' | 'released' }>;

/** The engine in a module Web Worker, driven by messages (see protocol.ts). */
async function workerRunner(
  url: URL,
  setup: EngineSetup,
  onProgress: NonNullable<ColorizerOptions['onProgress']>,
  signal: AbortSignal | undefined,
): Promise<EngineRunner & { load: LoadTimings }> {
  const worker = new Worker(url, { type: 'module', name: 'klaslab-colorize' });
  const pending = new Map<number, { resolve: (m: Answer) => void; reject: (e: unknown) => void }>();
  let nextId = 1;
  let disposed = false;
  let onDisposed = () => {};
  const failAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const ready = new Promise<Extract<Response, { type: 'ready' }>>((resolve, reject) => {
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
      failAll(error);
    });
    worker.addEventListener('message', (event: MessageEvent<Response>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'ready') resolve(m);
      else if (m.type === 'init-error') fail(revive(m.error));
      else if (m.type === 'disposed') onDisposed();
      else {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.type === 'error') p?.reject(revive(m.error));
        else p?.resolve(m);
      }
    });
  });
  worker.postMessage({ type: 'init', setup } satisfies Request);
  const { info, backend, threads, load } = await ready;

  /** Sends one call; an abort of `callSignal` rejects at once and tells the worker to stop. */
  const call = <T extends Answer['type']>(
    message: Call,
    callSignal: AbortSignal | undefined,
    transfer: Transferable[] = [],
  ): Promise<Extract<Answer, { type: T }>> => {
    if (disposed) return Promise.reject(disposedError());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (m: Answer) => void, reject });
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
      worker.postMessage({ ...message, id } as Request, transfer);
    });
  };
  /** A call on pixels: they are transferred to the worker. */
  const onPixels = (
    type: 'colorize' | 'alternatives' | 'explore',
    input: DecodedInput,
    options: { signal?: AbortSignal | undefined },
  ) => {
    const { signal: callSignal, ...rest } = options;
    const { image, decode } = input;
    return call<'result'>({ type, image, options: rest, decode } as Call, callSignal, [
      image.data.buffer,
    ]);
  };
  const withoutSignal = <T extends { signal?: AbortSignal | undefined }>(options: T) => {
    const { signal: _signal, ...rest } = options;
    return rest;
  };

  return {
    info: info as ModelInfo,
    backend,
    threads,
    load,
    maxExplorations: setup.maxExplorations ?? DEFAULT_MAX_EXPLORATIONS,
    get pending() {
      return pending.size;
    },
    colorize: async (input, options) => (await onPixels('colorize', input, options)).results[0]!,
    alternatives: async (input, options) =>
      (await onPixels('alternatives', input, options)).results,
    async explore(input, options) {
      const answer = await onPixels('explore', input, options);
      return { id: answer.exploration!, result: answer.results[0]! };
    },
    recolor: async (exploration, options) =>
      (
        await call<'result'>(
          { type: 'recolor', exploration, options: withoutSignal(options) },
          options.signal,
        )
      ).results[0]!,
    exploreAlternatives: async (exploration, options) =>
      (
        await call<'result'>(
          { type: 'explore-alternatives', exploration, options: withoutSignal(options) },
          options.signal,
        )
      ).results,
    probe: async (exploration, x, y, options) =>
      (await call<'probe'>({ type: 'probe', exploration, x, y, options }, undefined)).probe,
    async release(exploration) {
      // After dispose() the worker is gone, and with it every kept output.
      if (!disposed) await call<'released'>({ type: 'release', exploration }, undefined);
    },
    dispose() {
      disposed = true;
      failAll(disposedError());
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          worker.terminate();
          resolve();
        };
        // A worker busy in a long inference answers late: do not wait for it more than a second.
        const timer = setTimeout(done, 1000);
        onDisposed = done;
        worker.postMessage({ type: 'dispose' } satisfies Request);
      });
    },
  };
}
