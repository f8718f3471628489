import type { ImageBuffer } from '@klaslab/core';
import type {
  AlternativesOptions,
  ColorizeOptions,
  ColorizeResult,
  ModelInfo,
} from '../core/engine.js';
import type { ModelManifest } from '../core/manifest.js';

/** Load progress: `manifest`, `model` (bytes streamed), `cache` (found in the Cache API), `session`. */
export interface LoadProgress {
  stage: 'manifest' | 'model' | 'cache' | 'verify' | 'session';
  loaded: number;
  total: number;
}

export type BrowserModelSource =
  | { manifest: ModelManifest | Record<string, unknown>; model: Uint8Array | ArrayBuffer }
  | { url: string | URL };

export interface EngineSetup {
  /** Manifest URL (model.json), a folder URL ending in `/`, or bytes in memory. */
  model: string | { manifest: unknown; model: Uint8Array | ArrayBuffer };
  /** Folder (or per-file map) the ONNX Runtime `.wasm` files are served from. */
  wasmPaths?: string | Record<string, string>;
  /** `'webgpu'` and/or `'wasm'` (default `['wasm']`); WebGPU is skipped where unavailable. */
  executionProviders?: string[];
  /** WASM threads (default: up to 4 when cross-origin isolated, else 1). */
  numThreads?: number;
  /** Keep downloaded models in the Cache API, keyed by sha256 (default true). */
  cache?: boolean;
  maxPixels?: number;
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
  | { type: 'abort'; id: number }
  | { type: 'dispose' };

export interface SerializedError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export type Response =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'ready'; info: ModelInfo; backend: string; threads: number }
  | { type: 'init-error'; error: SerializedError }
  | { type: 'result'; id: number; results: ColorizeResult[] }
  | { type: 'error'; id: number; error: SerializedError }
  | { type: 'disposed' };
