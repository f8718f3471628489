import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineMain } from '@storybook/web-components-vite/node';
import type { Plugin } from 'vite';
import { staticAssets } from './assets.js';
import { LIT_DEPS } from './lit-deps.js';

/**
 * The page never runs ONNX Runtime (inference happens in the prebuilt colorize worker), but
 * @klaslab/colorize's page entry keeps a `worker: false` path that imports it: cut it out so the
 * Storybook bundle stays small, as @klaslab/elements' own standalone build does.
 */
const noOrtOnPage: Plugin = {
  name: 'klaslab-no-ort-on-page',
  enforce: 'pre',
  resolveId(id) {
    return /^onnxruntime-web(\/.*)?$/.test(id) ? '\0klaslab-no-ort' : undefined;
  },
  load(id) {
    if (id !== '\0klaslab-no-ort') return undefined;
    return 'export const env = { wasm: {} }; export const InferenceSession = { create() { throw new Error("ONNX Runtime runs in the colorize worker only"); } }; export const Tensor = class {};';
  },
};

// npm workspaces may install Storybook's packages under apps/storybook/node_modules: resolve them
// from here, not from wherever the `storybook` package landed.
const require = createRequire(import.meta.url);
const pkg = (name: string) => dirname(require.resolve(`${name}/package.json`));

export default defineMain({
  framework: { name: pkg('@storybook/web-components-vite'), options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: [
    pkg('@storybook/addon-docs'),
    pkg('@storybook/addon-a11y'),
    pkg('@storybook/addon-vitest'),
  ],
  staticDirs: staticAssets,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), noOrtOnPage];
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), ...LIT_DEPS],
    };
    // Relative asset URLs: storybook-static works from any folder of any static file server.
    config.base = './';
    config.build = { ...config.build, chunkSizeWarningLimit: 2000 };
    return config;
  },
});
