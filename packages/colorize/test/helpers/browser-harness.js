// Serves the built browser entry + worker (bundled with esbuild), onnxruntime-web's .wasm files and
// test models from localhost, and drives Debian's headless Chromium with playwright-core.
// Shared by test/browser.test.ts and bench/run.mjs. No network beyond 127.0.0.1.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, sendMountedFile } from '@klaslab/browser-testing';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');
const require = createRequire(import.meta.url);

/** Bundles test/helpers/browser-page.js (→ dist/browser/index.js) and dist/browser/worker.js. */
export async function bundleBrowserEntry(outdir, { minify = false } = {}) {
  const esbuild = await import('esbuild');
  const worker = join(packageRoot, 'dist/browser/worker.js');
  if (!existsSync(worker)) throw new Error('Build @klaslab/colorize first (npm run build).');
  await esbuild.build({
    entryPoints: { page: join(here, 'browser-page.js'), worker },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    minify,
    logLevel: 'silent',
  });
}

/**
 * Starts the server and the browser. `routes` maps URL prefixes to folders (e.g. `/models/`).
 * `isolated` sends COOP/COEP headers so the page is cross-origin isolated (WASM threads); `webgpu`
 * starts Chromium with a software WebGPU adapter.
 */
export async function startHarness({ routes = {}, isolated = false, webgpu = false } = {}) {
  const bundle = await mkdtemp(join(tmpdir(), 'klaslab-colorize-bundle-'));
  await bundleBrowserEntry(bundle);
  // onnxruntime-web's exports hide package.json; its Node entry lives in dist/.
  const ortDist = dirname(require.resolve('onnxruntime-web'));
  const mounts = { '/bundle/': bundle, '/ort/': ortDist, ...routes };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const headers = isolated
      ? {
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        }
      : {};
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html', ...headers });
      res.end(
        '<!doctype html><meta charset="utf-8"><title>klaslab</title><script type="module" src="/bundle/page.js"></script>',
      );
      return;
    }
    if (await sendMountedFile(res, url.pathname, Object.entries(mounts), headers)) return;
    res.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch(chromiumLaunchOptions({ webgpu }));

  /** A fresh page (own context: empty Cache API unless `context` is reused). */
  async function openPage(context) {
    const ctx = context ?? (await browser.newContext());
    const page = await ctx.newPage();
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => globalThis.klaslabReady === true);
    return { page, context: ctx };
  }

  return {
    origin,
    browser,
    openPage,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(bundle, { recursive: true, force: true });
    },
  };
}

/** Runs `klaslab.run(args)` in the page. */
export function runInPage(page, args, method = 'run') {
  return page.evaluate(([m, a]) => globalThis.klaslab[m](a), [method, args]);
}

export const toBase64 = (bytes) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
export const fromBase64 = (text) => new Uint8ClampedArray(Buffer.from(text, 'base64'));
