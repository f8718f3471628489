import { KlasLabError } from '@klaslab/core';
import { Engine } from '../core/engine.js';
import { createOrtBackend, type OrtModule } from '../core/ort-backend.js';
import { fetchModel } from './model-fetch.js';
import type { EngineSetup, LoadProgress, LoadTimings } from './protocol.js';
import { starterModel } from './starter-model.js';

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

/**
 * Downloads and compiles ONNX Runtime's `.wasm` in one go (`compileStreaming`: compiling starts
 * with the first bytes, beside the model's download). V8 compiles lazily, so this is mostly
 * validation; the functions themselves are compiled on their first call (see `startRuntime`).
 */
async function compileWasm(
  url: string,
  signal: AbortSignal | undefined,
): Promise<{ module: WebAssembly.Module; at: number }> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw runtimeError(url, (cause as Error).message, cause);
  }
  if (!response.ok) throw runtimeError(url, `HTTP ${response.status}`);
  // Streaming compilation needs the right type; servers that send another still work, uncached.
  const streams =
    response.headers.get('content-type')?.split(';')[0]?.trim() === 'application/wasm';
  try {
    const module = streams
      ? await WebAssembly.compileStreaming(response)
      : await WebAssembly.compile(await response.arrayBuffer());
    return { module, at: performance.now() };
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw runtimeError(url, `not WebAssembly (${(cause as Error).message})`, cause);
  }
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
 * While ORT starts its WebAssembly: hands it the module compiled beforehand (ORT takes a
 * `wasmBinary` of bytes, never a compiled module, so it gets a placeholder and its
 * `WebAssembly.instantiate(placeholder, imports)` call is answered with that module), and notes
 * when the instance is ready, for the timings (ORT offers no hook for either).
 */
function startWith(
  compiled: { module: WebAssembly.Module; placeholder: ArrayBuffer } | undefined,
): { stop(): number | undefined } {
  const wasm = WebAssembly as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const originals = {
    instantiate: wasm.instantiate!,
    instantiateStreaming: wasm.instantiateStreaming!,
  };
  let ready: number | undefined;
  const done = <T>(value: T) => {
    ready ??= performance.now();
    return value;
  };
  wasm.instantiate = function (this: unknown, ...args: unknown[]) {
    const [source, imports] = args as [{ buffer?: unknown } | ArrayBuffer, WebAssembly.Imports];
    if (
      compiled &&
      (source === compiled.placeholder ||
        (source as { buffer?: unknown }).buffer === compiled.placeholder)
    ) {
      const { module } = compiled;
      return WebAssembly.instantiate(module, imports).then((instance) =>
        done({ module, instance }),
      );
    }
    return originals.instantiate.apply(this, args).then(done);
  };
  wasm.instantiateStreaming = function (this: unknown, ...args: unknown[]) {
    return originals.instantiateStreaming.apply(this, args).then(done);
  };
  return {
    stop() {
      Object.assign(wasm, originals);
      return ready;
    },
  };
}

/**
 * Starts ONNX Runtime on the one-node starter model and returns when its WebAssembly instance was
 * ready and when it had started. ORT's first session in a page takes about a second whatever the
 * model (measured in Chromium: 0.9–1.2 s for the first, 40–80 ms for the next): V8 compiles
 * WebAssembly functions on their first call, and ORT's first session calls a great many once
 * (kernel registration, graph optimisers, the model reader). Chromium keeps none of that compiled
 * code between visits here, so every visit pays it; doing it while the model downloads hides it.
 * A start that fails is left for the model's own session to report. The caller stops `watch` once
 * that session exists (ORT may only instantiate then, after a failed start).
 */
async function startRuntime(
  ort: OrtWeb,
  compiled: WebAssembly.Module | undefined,
  setup: EngineSetup,
): Promise<{ from: number; startedAt: number; watch: { stop(): number | undefined } }> {
  const from = performance.now();
  const placeholder = compiled ? { module: compiled, placeholder: new ArrayBuffer(8) } : undefined;
  if (placeholder) ort.env.wasm.wasmBinary = placeholder.placeholder;
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  const cores = (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 1;
  ort.env.wasm.numThreads = setup.threads ?? (isolated ? Math.max(1, Math.min(4, cores)) : 1);
  // Given the compiled module, one thread runs on the JavaScript glue inside ORT's bundle; a folder
  // in wasmPaths would have ORT import the glue's own .mjs from there instead, a request in line
  // after the compile. Threads need that file (their workers load it), so they keep the folder.
  const ownGlue = placeholder && ort.env.wasm.numThreads === 1;
  if (setup.wasmPaths && !ownGlue) ort.env.wasm.wasmPaths = setup.wasmPaths;
  const watch = startWith(placeholder);
  try {
    const session = await ort.InferenceSession.create(starterModel(), {
      executionProviders: ['wasm'],
    });
    await session.run({ x: new ort.Tensor('float32', Float32Array.of(0), [1]) });
    await session.release();
  } catch {
    // The model's session meets the same problem and reports it with the model's location.
  }
  return { from, startedAt: performance.now(), watch };
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
  // The model and ONNX Runtime's .wasm download side by side, the .wasm compiling as it arrives
  // (ORT would fetch its .wasm only once the session is created, after the model). Then the runtime
  // starts on a one-node model, which holds this thread for a while: only once the model's bytes
  // are coming (or it came from the cache), so that its download is not held up behind the start.
  let underWay = () => {};
  const modelUnderWay = new Promise<void>((resolve) => {
    underWay = resolve;
  });
  const modelLoad = fetchModel(setup.model, {
    ...(setup.cache !== undefined ? { cache: setup.cache } : {}),
    ...(signal ? { signal } : {}),
    onProgress: (p) => {
      if (p.stage === 'model' || p.stage === 'cache') underWay();
      onProgress(p);
    },
  }).then((loaded) => ({ ...loaded, at: performance.now() }));
  modelLoad.then(underWay, underWay);
  const runtime = Promise.all([
    importOrt(hasWebGpu),
    wasmUrl ? compileWasm(wasmUrl, signal) : undefined,
    modelUnderWay,
  ]).then(async ([ort, wasm]) => ({
    ort,
    wasm,
    ...(await startRuntime(ort, wasm?.module, setup)),
  }));
  const [started, model] = await Promise.all([runtime, modelLoad]).catch((error: unknown) => {
    // A failed download leaves the runtime to finish starting on its own; stop watching it then.
    void runtime.then(({ watch }) => watch.stop()).catch(() => {});
    throw error;
  });
  const t1 = performance.now();
  let backend: Awaited<ReturnType<typeof createOrtBackend>>;
  let instanceReady: number | undefined;
  try {
    backend = await createOrtBackend(
      started.ort as unknown as OrtModule,
      model.bytes,
      model.manifest,
      { executionProviders: providers, graphOptimizationLevel: 'all' },
      model.location,
    );
  } finally {
    instanceReady = started.watch.stop();
  }
  const t2 = performance.now();
  onProgress({ stage: 'session', loaded: 1, total: 1 });
  const engine = new Engine(
    model.manifest,
    backend,
    setup.maxPixels ? { maxPixels: setup.maxPixels } : {},
  );
  // ONNX Runtime sets numThreads back to 1 where WASM threads cannot run (no cross-origin
  // isolation), so after loading it is the number of threads inference really uses.
  return {
    engine,
    backend: providers[0]!,
    threads: started.ort.env.wasm.numThreads ?? 1,
    load: {
      model: model.at - t0,
      wasmFetch: started.wasm ? started.wasm.at - t0 : 0,
      // Where ORT instantiated only for the model's session (a failed start), all of it counts as compiling.
      compile: (instanceReady ?? started.startedAt) - started.from,
      start: Math.max(0, started.startedAt - (instanceReady ?? started.startedAt)),
      session: t2 - t1,
    },
  };
}
