import type { ImageBuffer } from '@klaslab/core';
import type { LoadProgress } from '../core/colorizer.js';
import type {
  AlternativesOptions,
  ColorizeOptions,
  ColorizeResult,
  ModelInfo,
} from '../core/engine.js';
import type {
  ColorProbe,
  ExplorationAlternativesOptions,
  ProbeOptions,
  RecolorOptions,
} from '../core/exploration.js';

export type { LoadProgress };

/** Milliseconds spent loading a colorizer (in the worker). */
export interface LoadTimings {
  /** `model.json` and the `.onnx`: download (or Cache API) and sha256 check. */
  model: number;
  /**
   * ONNX Runtime's `.wasm` download and its compilation, which overlap (streaming compilation),
   * side by side with the model (0 when ORT fetched it itself, with `wasmPaths` as a per-file map
   * without `wasm`).
   */
  wasmFetch: number;
  /** Making ONNX Runtime's WebAssembly instance, once the `.wasm` is compiled. */
  compile: number;
  /**
   * ONNX Runtime's one-time start on a one-node model, right after `compile` and while the model may
   * still be downloading (the first session in a page costs about a second whatever the model).
   */
  start: number;
  /** The inference session for the model, once the runtime had started and the model was here. */
  session: number;
}

export interface EngineSetup {
  /** Manifest URL (model.json), a folder URL ending in `/`, or bytes in memory. */
  model: string | { manifest: unknown; model: Uint8Array | ArrayBuffer };
  /** Folder (or per-file map) the ONNX Runtime `.wasm` files are served from. */
  wasmPaths?: string | Record<string, string>;
  /** `'webgpu'` and/or `'wasm'` (default `['wasm']`); WebGPU is skipped where unavailable. */
  executionProviders?: string[];
  /** WASM threads (default: up to 4 when cross-origin isolated, else 1). */
  threads?: number;
  /** Keep downloaded models in the Cache API, keyed by sha256 (default true). */
  cache?: boolean;
  maxPixels?: number;
  /** Explorations the worker keeps (their photo and model output), oldest freed first (default 4). */
  maxExplorations?: number;
}

export type Request =
  | { type: 'init'; setup: EngineSetup }
  | {
      type: 'colorize';
      id: number;
      image: ImageBuffer;
      options: Omit<ColorizeOptions, 'signal'>;
      decode: number;
    }
  | {
      type: 'alternatives';
      id: number;
      image: ImageBuffer;
      options: Omit<AlternativesOptions, 'signal'>;
      decode: number;
    }
  | {
      /** A colorization whose output the worker keeps under the request's id (see `explore()`). */
      type: 'explore';
      id: number;
      image: ImageBuffer;
      options: Omit<ColorizeOptions, 'signal'>;
      decode: number;
    }
  | { type: 'recolor'; id: number; exploration: number; options: Omit<RecolorOptions, 'signal'> }
  | {
      type: 'explore-alternatives';
      id: number;
      exploration: number;
      options: Omit<ExplorationAlternativesOptions, 'signal'>;
    }
  | { type: 'probe'; id: number; exploration: number; x: number; y: number; options: ProbeOptions }
  /** Frees a kept output (answered with `released`, also when it was already gone). */
  | { type: 'release'; id: number; exploration: number }
  | { type: 'abort'; id: number }
  | { type: 'dispose' };

export interface SerializedError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export type Response =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'ready'; info: ModelInfo; backend: string; threads: number; load: LoadTimings }
  | { type: 'init-error'; error: SerializedError }
  /** `exploration`: the id the worker keeps an `explore` request's output under. */
  | { type: 'result'; id: number; results: ColorizeResult[]; exploration?: number }
  | { type: 'probe'; id: number; probe: ColorProbe }
  | { type: 'released'; id: number }
  | { type: 'error'; id: number; error: SerializedError }
  | { type: 'disposed' };
