import { defineConfig } from 'tsup';

const external = ['@klaslab/core', 'yaml', 'smol-toml'];

export default defineConfig([
  {
    // The library entry stays runtime-neutral (no Node built-ins) so it bundles for browsers.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    entry: {
      'node/index': 'src/node/index.ts',
      'integrations/astro': 'src/integrations/astro.ts',
      'integrations/eleventy': 'src/integrations/eleventy.ts',
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    external,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    external,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
