// Shared esbuild settings for the standalone file and the bundle-budget check.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The page never runs ONNX Runtime itself (inference happens in the worker), but
 * @klaslab/colorize's page entry keeps a `worker: false` path that imports it. This plugin cuts
 * that path out of page bundles, so they stay small and honest about what the page loads.
 */
export const noOrtOnPage = {
  name: 'no-ort-on-page',
  setup(build) {
    build.onResolve({ filter: /^onnxruntime-web(\/.*)?$/ }, () => ({
      path: 'ort',
      namespace: 'no-ort',
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-ort' }, () => ({
      contents:
        'export const env = { wasm: {} }; export const InferenceSession = { create() { throw new Error("@klaslab/elements runs ONNX Runtime in its worker only"); } }; export const Tensor = class {};',
      loader: 'js',
    }));
  },
};

/**
 * The elements never ask for WebGPU (no attribute or default does), so their worker ships ONNX
 * Runtime's plain WASM build only: this plugin replaces the WebGPU (JSEP) build the colorize worker
 * imports for `executionProviders: ['webgpu']` (a 400 kB chunk and a 28 MB `.wasm`) with a module
 * that says so.
 */
export const noWebGpuBuild = {
  name: 'no-webgpu-build',
  setup(build) {
    build.onResolve({ filter: /^onnxruntime-web$/ }, () => ({
      path: 'onnxruntime-web-webgpu',
      namespace: 'no-webgpu',
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-webgpu' }, () => ({
      contents:
        "throw new Error(\"@klaslab/elements ships ONNX Runtime's plain WASM build only; for WebGPU use @klaslab/colorize with executionProviders ['webgpu', 'wasm'] and your bundler\");",
      loader: 'js',
    }));
  },
};

export function ortDist() {
  return dirname(require.resolve('onnxruntime-web'));
}

export function colorizeWorkerEntry() {
  return require.resolve('@klaslab/colorize/worker');
}
