import { defineConfig, type Format } from 'tsup';

// Two builds that share src/core: Node (onnxruntime-node + sharp, plus the CLI) and the browser
// (onnxruntime-web in a module Web Worker). Every output file sits in dist/<runtime>/, two levels
// below the package root, so `new URL('../../models/default/…', import.meta.url)` and
// `new URL('./worker.js', import.meta.url)` hold in entries and chunks alike. The browser build
// splits chunks so the page's entry loads onnxruntime-web only for `worker: false`.
const common = {
  format: ['esm'] as Format[],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  splitting: false,
  external: ['@klaslab/core', 'onnxruntime-node', 'onnxruntime-web', 'sharp'],
};

export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/node/index.ts',
      cli: 'src/node/cli.ts',
      'pixel-worker': 'src/node/pixel-worker.ts',
      // Internal (not in package.json's exports): the pool's test runs it against the built worker.
      'pixel-pool': 'src/node/pixel-pool.ts',
    },
    outDir: 'dist/node',
    platform: 'node',
    clean: true,
  },
  {
    ...common,
    entry: { index: 'src/browser/index.ts', worker: 'src/browser/worker.ts' },
    outDir: 'dist/browser',
    platform: 'browser',
    splitting: true,
    clean: true,
  },
]);
