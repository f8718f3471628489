import { defineConfig } from 'tsup';

// Two builds that share src/core: Node (onnxruntime-node + sharp, plus the CLI) and the browser
// (onnxruntime-web in a module Web Worker). No code splitting: every entry resolves the bundled
// model and the worker relative to its own file (dist/<runtime>/*.js, two levels below the root).
const common = {
  format: ['esm'] as const,
  dts: true,
  sourcemap: true,
  target: 'es2022',
  splitting: false,
  external: ['@klaslab/core', 'onnxruntime-node', 'onnxruntime-web', 'sharp'],
};

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/node/index.ts', cli: 'src/node/cli.ts' },
    outDir: 'dist/node',
    platform: 'node',
    clean: true,
  },
  {
    ...common,
    entry: { index: 'src/browser/index.ts', worker: 'src/browser/worker.ts' },
    outDir: 'dist/browser',
    platform: 'browser',
    clean: true,
  },
]);
