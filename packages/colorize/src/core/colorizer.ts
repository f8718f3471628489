/**
 * The one public Colorizer API of `@klaslab/colorize`, defined once for both runtimes. The Node and
 * browser entries only construct it: each brings how it decodes an input to pixels and where the
 * engine runs (this thread, or a Web Worker), nothing else.
 */
import { type ImageBuffer, KlasLabError } from '@klaslab/core';
import type {
  AlternativesOptions,
  ColorizeOptions,
  ColorizeResult,
  Engine,
  ModelInfo,
} from './engine.js';
import type {
  ColorProbe,
  Exploration,
  ExplorationAlternativesOptions,
  ProbeOptions,
  RecolorOptions,
} from './exploration.js';
import {
  createExplorationStore,
  DEFAULT_MAX_EXPLORATIONS,
  explorationGone,
} from './exploration-store.js';
import type { ModelManifest } from './manifest.js';
import { throwIfAborted } from './queue.js';

/** Load progress: `manifest`, `model` (bytes streamed), `cache` (found in the browser's Cache API), `verify`, `session`. */
export interface LoadProgress {
  stage: 'manifest' | 'model' | 'cache' | 'verify' | 'session';
  loaded: number;
  total: number;
}

/** A model given in memory (its manifest and `.onnx` bytes), or by URL. */
export type ModelSource =
  | { manifest: ModelManifest | Record<string, unknown>; model: Uint8Array | ArrayBuffer }
  | { url: string | URL };

/** Options of `createColorizer`, the same names with the same meaning in Node and in browsers. */
export interface ColorizerOptions {
  /**
   * `'default'` (the bundled KlasLab-small model), another bundled model by name
   * (`'klaslab-tiny'`; see `BUNDLED_MODELS`), a `model.json` location (Node: a path or URL;
   * browser: a URL, or a folder URL ending in `/`), `{ url }`, or `{ manifest, model }` in memory.
   */
  model?: 'default' | string | ModelSource;
  /**
   * ONNX Runtime execution providers in order of preference. Node: `['cpu']` by default.
   * Browser: `['wasm']` by default; `['webgpu', 'wasm']` loads the WebGPU build of ONNX Runtime
   * and uses it where the browser offers a WebGPU adapter.
   */
  executionProviders?: readonly string[];
  /**
   * Threads for one inference. Node: default all available cores. Browser: default up to 4 when the
   * page is cross-origin isolated, else 1 (browsers allow WASM threads only there).
   */
  threads?: number;
  /** Refuse images above this many pixels, checked from the file header before decoding (default 50 MP). */
  maxPixels?: number;
  /**
   * How many explorations (see `explore()`) stay alive at once (default 4, at most 64): exploring
   * one more frees the oldest, whose later calls reject with `COLORIZE_EXPLORATION_DISPOSED`.
   */
  maxExplorations?: number;
  /** Cancels loading: `createColorizer` rejects with `COLORIZE_ABORTED`. */
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/** A loaded model, ready to colorize. `Input` is what the runtime can decode (files, blobs, pixels). */
export interface Colorizer<Input> {
  /** Name, version, family, licence and citation of the loaded model. */
  readonly info: ModelInfo;
  /** The execution provider in use, e.g. `cpu`, `wasm` or `webgpu`. */
  readonly backend: string;
  /** Threads one inference runs on (in browsers more than 1 only on cross-origin isolated pages). */
  readonly threads: number;
  /** Calls queued or running (they run one at a time). */
  readonly pending: number;
  colorize(image: Input, options?: ColorizeOptions): Promise<ColorizeResult>;
  /** Several plausible colourings from one inference (classification models). */
  alternatives(image: Input, options?: AlternativesOptions): Promise<ColorizeResult[]>;
  /**
   * Colorizes once and keeps the model's output, so it can be re-decoded, sampled and probed
   * without a new inference (classification models; others reject with
   * `COLORIZE_NO_ALTERNATIVES`). At most `maxExplorations` stay alive (oldest freed first).
   */
  explore(image: Input, options?: ColorizeOptions): Promise<Exploration>;
  /** Frees the model and its runtime; later calls reject with `COLORIZE_DISPOSED`. */
  dispose(): Promise<void>;
}

/** Pixels ready for the engine, and how long decoding took. */
export interface DecodedInput {
  image: ImageBuffer;
  decode: number;
  /** The pixels were decoded for this call only: the result may be written over them. */
  handedOver?: boolean;
}

/** Where the engine runs: on this thread, or behind a message channel (a Web Worker). */
export interface EngineRunner {
  readonly info: ModelInfo;
  readonly backend: string;
  readonly threads: number;
  readonly pending: number;
  colorize(input: DecodedInput, options: ColorizeOptions): Promise<ColorizeResult>;
  alternatives(input: DecodedInput, options: AlternativesOptions): Promise<ColorizeResult[]>;
  /** How many explorations stay alive at once. */
  readonly maxExplorations: number;
  /** Colorizes and keeps the output under the returned id. */
  explore(
    input: DecodedInput,
    options: ColorizeOptions,
  ): Promise<{ id: number; result: ColorizeResult }>;
  recolor(id: number, options: RecolorOptions): Promise<ColorizeResult>;
  exploreAlternatives(
    id: number,
    options: ExplorationAlternativesOptions,
  ): Promise<ColorizeResult[]>;
  probe(id: number, x: number, y: number, options: ProbeOptions): Promise<ColorProbe>;
  /** Frees one kept output (no error when it is already gone). */
  release(id: number): Promise<void>;
  dispose(): Promise<void>;
}

function disposedError(): KlasLabError {
  return new KlasLabError('COLORIZE_DISPOSED', 'This colorizer was disposed.', {
    details: { hint: 'Create a new colorizer with createColorizer().' },
  });
}

/** The runner for an engine on this thread; `release` frees what the runtime added (pools). */
export function localRunner(
  engine: Engine,
  backend: string,
  threads: number,
  release: () => Promise<void> | void = () => {},
  maxExplorations = DEFAULT_MAX_EXPLORATIONS,
): EngineRunner {
  const store = createExplorationStore(engine, maxExplorations);
  return {
    info: engine.info,
    backend,
    threads,
    maxExplorations,
    get pending() {
      return engine.pending;
    },
    colorize: (input, options) =>
      engine.colorize(input.image, options, input.decode, input.handedOver === true),
    alternatives: (input, options) => engine.alternatives(input.image, options, input.decode),
    explore: (input, options) =>
      store.explore(input.image, options, input.decode, input.handedOver === true),
    recolor: (id, options) => store.recolor(id, options),
    exploreAlternatives: (id, options) => store.alternatives(id, options),
    probe: (id, x, y, options) => store.probe(id, x, y, options),
    async release(id) {
      store.release(id);
    },
    async dispose() {
      store.clear();
      await engine.dispose();
      await release();
    },
  };
}

/** Builds the public {@link Colorizer} from a runner and the runtime's input decoder. */
export function createColorizerApi<Input>(
  runner: EngineRunner,
  decode: (image: Input) => Promise<DecodedInput>,
): Colorizer<Input> {
  let disposed: Promise<void> | undefined;
  const prepare = async (image: Input, signal: AbortSignal | undefined) => {
    if (disposed) throw disposedError();
    throwIfAborted(signal);
    const input = await decode(image);
    if (disposed) throw disposedError();
    throwIfAborted(signal);
    return input;
  };
  return {
    info: runner.info,
    backend: runner.backend,
    threads: runner.threads,
    get pending() {
      return runner.pending;
    },
    async colorize(image, options = {}) {
      return runner.colorize(await prepare(image, options.signal), options);
    },
    async alternatives(image, options = {}) {
      return runner.alternatives(await prepare(image, options.signal), options);
    },
    async explore(image, options = {}) {
      const { id, result } = await runner.explore(await prepare(image, options.signal), options);
      let released = false;
      // Checked here too, so that calls after dispose() reject at once, also in browsers.
      const open = () => {
        if (disposed) throw disposedError();
        if (released) throw explorationGone(id, runner.maxExplorations);
      };
      const exploration: Exploration = {
        result,
        width: result.image.width,
        height: result.image.height,
        async recolor(recolorOptions = {}) {
          open();
          return runner.recolor(id, recolorOptions);
        },
        async alternatives(sampleOptions = {}) {
          open();
          return runner.exploreAlternatives(id, sampleOptions);
        },
        async probe(x, y, probeOptions = {}) {
          open();
          return runner.probe(id, x, y, probeOptions);
        },
        async dispose() {
          if (released || disposed) return;
          released = true;
          await runner.release(id);
        },
      };
      return exploration;
    },
    dispose() {
      disposed ??= runner.dispose();
      return disposed;
    },
  };
}
