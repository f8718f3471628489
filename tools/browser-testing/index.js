// How every KlasLab browser test starts Chromium. `npx playwright install` cannot work here, so the
// tests drive the Chromium that chromium.js finds (`npm test` brings one first when there is none).
import { findChromium, NO_CHROMIUM } from './chromium.js';

export { findChromium, NO_CHROMIUM, provisionChromium } from './chromium.js';
export { installDebianPackages } from './debian.js';

/** The Chromium binary the tests launch; throws {@link NO_CHROMIUM} when there is none. */
export function chromiumPath() {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM);
  return found.path;
}

/**
 * Headless, no sandbox (CI runs as root), no GPU, and none of Chromium's own network traffic
 * (updates, sync, field trials): the machine has no network beyond localhost, and every refused
 * connection would slow the start.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/**
 * Software WebGPU: with no GPU, Chromium still offers a WebGPU adapter on SwiftShader, its CPU
 * Vulkan, when asked to. Slow, but it runs ONNX Runtime's WebGPU kernels, so tests can compare
 * their output.
 */
export const WEBGPU_ARGS = Object.freeze([
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
]);

/**
 * Launch options for Playwright's `chromium.launch` (and @vitest/browser-playwright).
 * `webgpu: true` adds {@link WEBGPU_ARGS}.
 */
export function chromiumLaunchOptions({ webgpu = false } = {}) {
  return {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...(webgpu ? WEBGPU_ARGS : [])],
  };
}

/** Content types for what the test pages load (scripts, wasm, models, photos, event files). */
export const CONTENT_TYPES = Object.freeze({
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.onnx': 'application/octet-stream',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain',
});

/**
 * Answers a request from the first folder whose URL prefix matches (`[['/dist/', distFolder]]`),
 * uncached, never outside the folder. Returns false when no file matched, so the caller can 404.
 */
export async function sendMountedFile(res, pathname, mounts, headers = {}) {
  const { readFile, stat } = await import('node:fs/promises');
  const { extname, join, normalize } = await import('node:path');
  for (const [prefix, folder] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(folder, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(folder)) return false;
    try {
      if (!(await stat(file)).isFile()) return false;
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}
