import { createReadStream, existsSync, statSync } from 'node:fs';
import { register } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@klaslab/browser-testing';
import type { Plugin } from 'vite';
import { defineProject } from 'vitest/config';
import { staticAssets } from './.storybook/assets.js';
import { LIT_DEPS } from './.storybook/lit-deps.js';

// See .storybook/resolve-vite.mjs: registered before the browser provider is imported.
register('./.storybook/resolve-vite.mjs', import.meta.url);
const { storybookTest } = await import('@storybook/addon-vitest/vitest-plugin');
const { playwright } = await import('@vitest/browser-playwright');

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

const MIME: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.mjs': 'text/javascript',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.onnx': 'application/octet-stream',
  '.jpg': 'image/jpeg',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * The addon serves staticDirs folders, but not single files (the ORT .wasm, the worker): serve
 * every entry of .storybook/assets.ts here as Storybook itself does.
 */
const storybookStatics: Plugin = {
  name: 'klaslab-storybook-statics',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      for (const asset of staticAssets) {
        if (path !== asset.to && !path.startsWith(`${asset.to}/`)) continue;
        const file = path === asset.to ? asset.from : join(asset.from, path.slice(asset.to.length));
        if (!file.startsWith(asset.from) || !existsSync(file) || !statSync(file).isFile()) continue;
        res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
        return;
      }
      next();
    });
  },
};

// `npm test` at the root picks this project up (projects: ['apps/*', …]): every story's play
// function runs in headless Debian Chromium, axe (addon-a11y, `a11y.test = 'error'`) fails a story
// on any violation, and .storybook/vitest.setup.ts fails it on any console error.
export default defineProject({
  plugins: [storybookTest({ configDir }), storybookStatics],
  optimizeDeps: { include: [...LIT_DEPS, 'lit/directives/*', 'yaml', 'smol-toml'] },
  test: {
    name: 'storybook',
    setupFiles: ['./.storybook/vitest.setup.ts'],
    testTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      // 127.0.0.1, not localhost: @klaslab/events refuses a dotless host as the Markdown files'
      // base URL, so <ai-event-list src="….md"> fails on http://localhost (bug noted for elements).
      api: { host: '127.0.0.1' },
      provider: playwright({
        launchOptions: chromiumLaunchOptions(),
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
