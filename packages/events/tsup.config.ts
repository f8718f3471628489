import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library entry stays runtime-neutral (no Node built-ins) so it bundles for browsers.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { 'node/index': 'src/node/index.ts', 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: { entry: { 'node/index': 'src/node/index.ts' } },
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    external: ['@klaslab/core', 'yaml', 'smol-toml'],
  },
]);
