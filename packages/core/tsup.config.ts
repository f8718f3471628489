import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The main entry stays runtime-neutral: no DOM, no Node built-ins.
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // Node-only file guards for the CLIs; shares the error class with the main entry.
    entry: { 'node/index': 'src/node/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
]);
