import { KlasLabError } from '@klaslab/core';
import { Engine } from '../core/engine.js';
import { createOrtBackend, type OrtModule } from '../core/ort-backend.js';
import { fetchModel } from './model-fetch.js';
import type { EngineSetup, LoadProgress, LoadTimings } from './protocol.js';

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

type OrtWeb = typeof import('onnxruntime-web/wasm');

/**
 * ONNX Runtime's plain WASM build (14 MB `.wasm`, 2.4 MB with brotli) unless WebGPU was asked for
 * and an adapter exists: only then its WebGPU build (JSEP, 28 MB), which also runs the WASM provider.
 */
async function importOrt(webgpu: boolean): Promise<OrtWeb> {
  // `onnxruntime-web` itself is the JSEP build (`onnxruntime-web/webgpu` is another, asyncify one).
  return webgpu ? import('onnxruntime-web') : import('onnxruntime-web/wasm');
}

/** ONNX Runtime's `.wasm` under `wasmPaths` (a folder), or undefined when ORT locates it itself. */
function wasmFileUrl(paths: EngineSetup['wasmPaths'], webgpu: boolean): string | undefined {
  const name = webgpu ? 'ort-wasm-simd-threaded.jsep.wasm' : 'ort-wasm-simd-threaded.wasm';
  if (typeof paths === 'string')
    return new URL(name, new URL(paths, globalThis.location?.href)).href;
  return paths?.wasm;
}

async function fetchWasm(
  url: string,
  signal: AbortSignal | undefined,
): Promise<{ bytes: ArrayBuffer; at: number }> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw runtimeError(url, (cause as Error).message, cause);
  }
  if (!response.ok) throw runtimeError(url, `HTTP ${response.status}`);
  return { bytes: await response.arrayBuffer(), at: performance.now() };
}

function runtimeError(url: string, reason: string, cause?: unknown): KlasLabError {
  return new KlasLabError(
    'COLORIZE_RUNTIME_FETCH_FAILED',
    `Cannot download ONNX Runtime's WebAssembly from ${url}: ${reason}`,
    {
      cause,
      details: { file: url, hint: 'Serve the ONNX Runtime .wasm files at wasmPaths (wasm-path).' },
    },
  );
}

/**
 * Times ONNX Runtime's WebAssembly start (fetch + streaming compile + instantiate) by watching the
 * WebAssembly instantiation calls during session creation; ORT offers no hook for it.
 */
function watchWasmStart(): { stop(): number | undefined } {
  const wasm = WebAssembly as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const originals = {
    instantiate: wasm.instantiate!,
    instantiateStreaming: wasm.instantiateStreaming!,
  };
  let ready: number | undefined;
  for (const name of ['instantiate', 'instantiateStreaming'] as const) {
    const original = originals[name];
    wasm[name] = function (this: unknown, ...args: unknown[]) {
      return original.apply(this, args).then((value) => {
        ready ??= performance.now();
        return value;
      });
    };
  }
  return {
    stop() {
      Object.assign(wasm, originals);
      return ready;
    },
  };
}

/**
 * Loads a model with onnxruntime-web and returns the engine: runs inside the Web Worker, or on the
 * calling thread with `worker: false`.
 */
export async function loadEngine(
  setup: EngineSetup,
  onProgress: (p: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<{ engine: Engine; backend: string; threads: number; load: LoadTimings }> {
  const requested = setup.executionProviders ?? ['wasm'];
  const hasWebGpu = requested.includes('webgpu') && (await hasWebGpuAdapter());
  // Without a WebGPU adapter, WASM runs instead; `backend` tells the page which one it got.
  const providers = requested.filter((p) => p !== 'webgpu' || hasWebGpu);
  if (providers.length === 0) providers.push('wasm');
  const t0 = performance.now();
  const wasmUrl = wasmFileUrl(setup.wasmPaths, hasWebGpu);
  // The model and ONNX Runtime's .wasm download side by side (ORT would fetch its .wasm only
  // once the session is created, after the model).
  const [ort, model, wasm] = await Promise.all([
    importOrt(hasWebGpu),
    fetchModel(setup.model, {
      ...(setup.cache !== undefined ? { cache: setup.cache } : {}),
      ...(signal ? { signal } : {}),
      onProgress,
    }).then((loaded) => ({ ...loaded, at: performance.now() })),
    wasmUrl ? fetchWasm(wasmUrl, signal) : undefined,
  ]);
  const { manifest, bytes, location } = model;
  const t1 = performance.now();
  if (setup.wasmPaths) ort.env.wasm.wasmPaths = setup.wasmPaths;
  if (wasm) ort.env.wasm.wasmBinary = wasm.bytes;
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  const cores = (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 1;
  ort.env.wasm.numThreads = setup.threads ?? (isolated ? Math.max(1, Math.min(4, cores)) : 1);
  const watch = watchWasmStart();
  let backend: Awaited<ReturnType<typeof createOrtBackend>>;
  let wasmReady: number | undefined;
  try {
    backend = await createOrtBackend(
      ort as unknown as OrtModule,
      bytes,
      manifest,
      { executionProviders: providers, graphOptimizationLevel: 'all' },
      location,
    );
  } finally {
    wasmReady = watch.stop();
  }
  const t2 = performance.now();
  wasmReady ??= t1;
  onProgress({ stage: 'session', loaded: 1, total: 1 });
  const engine = new Engine(
    manifest,
    backend,
    setup.maxPixels ? { maxPixels: setup.maxPixels } : {},
  );
  // ONNX Runtime sets numThreads back to 1 where WASM threads cannot run (no cross-origin
  // isolation), so after loading it is the number of threads inference really uses.
  return {
    engine,
    backend: providers[0]!,
    threads: ort.env.wasm.numThreads ?? 1,
    load: {
      model: model.at - t0,
      wasmFetch: wasm ? wasm.at - t0 : 0,
      compile: wasmReady - t1,
      session: t2 - wasmReady,
    },
  };
}
