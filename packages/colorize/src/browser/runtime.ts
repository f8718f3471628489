import * as ort from 'onnxruntime-web';
import { Engine } from '../core/engine.js';
import { createOrtBackend, type OrtModule } from '../core/ort-backend.js';
import { fetchModel } from './model-fetch.js';
import type { EngineSetup, LoadProgress } from './protocol.js';

/** The bundled default model, relative to this file (dist/browser/ → models/default/). */
export function defaultModelUrl(): string {
  return new URL('../../models/default/model.json', import.meta.url).href;
}

/**
 * Whether WebGPU can run here: `navigator.gpu` alone is not enough (headless or GPU-less browsers
 * expose it and then offer no adapter).
 */
async function hasWebGpuAdapter(): Promise<boolean> {
  const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)
    ?.gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}

/**
 * Loads a model with onnxruntime-web and returns the engine: runs inside the Web Worker, or on the
 * calling thread with `worker: false`.
 */
export async function loadEngine(
  setup: EngineSetup,
  onProgress: (p: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<{ engine: Engine; backend: string; threads: number }> {
  const { manifest, bytes, location } = await fetchModel(setup.model, {
    ...(setup.cache !== undefined ? { cache: setup.cache } : {}),
    ...(signal ? { signal } : {}),
    onProgress,
  });
  if (setup.wasmPaths) ort.env.wasm.wasmPaths = setup.wasmPaths;
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  const cores = (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 1;
  ort.env.wasm.numThreads = setup.numThreads ?? (isolated ? Math.max(1, Math.min(4, cores)) : 1);
  const requested = setup.executionProviders ?? ['wasm'];
  const hasWebGpu = requested.includes('webgpu') && (await hasWebGpuAdapter());
  // Without a WebGPU adapter, WASM runs instead; `backend` tells the page which one it got.
  const providers = requested.filter((p) => p !== 'webgpu' || hasWebGpu);
  if (providers.length === 0) providers.push('wasm');
  const backend = await createOrtBackend(
    ort as unknown as OrtModule,
    bytes,
    manifest,
    { executionProviders: providers, graphOptimizationLevel: 'all' },
    location,
  );
  onProgress({ stage: 'session', loaded: 1, total: 1 });
  const engine = new Engine(
    manifest,
    backend,
    setup.maxPixels ? { maxPixels: setup.maxPixels } : {},
  );
  // ONNX Runtime sets numThreads back to 1 where WASM threads cannot run (no cross-origin
  // isolation), so after loading it is the number of threads inference really uses.
  return { engine, backend: providers[0]!, threads: ort.env.wasm.numThreads ?? 1 };
}
