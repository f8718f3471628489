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

export function ortDist() {
  return dirname(require.resolve('onnxruntime-web'));
}

export function colorizeWorkerEntry() {
  return require.resolve('@klaslab/colorize/worker');
}
