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

/**
 * Drops a synthetic `width`×`height` JPEG photo (drawn and encoded in the page, so nothing large
 * crosses the test's connection) on the element matching `selector`, as a real DragEvent with a
 * File in its DataTransfer. Resolves with the file's size in bytes once dropped.
 */
export function dropSyntheticPhoto(page, selector, { width, height, name = 'photo.jpg' }) {
  return page.evaluate(
    async ({ selector, width, height, name }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      // Grey gradients and shapes: a black-and-white photo's worth of structure for the model.
      const gradient = context.createLinearGradient(0, 0, width, height);
      gradient.addColorStop(0, '#202020');
      gradient.addColorStop(0.5, '#c8c8c8');
      gradient.addColorStop(1, '#404040');
      context.fillStyle = gradient;
      context.fillRect(0, 0, width, height);
      for (let i = 0; i < 40; i++) {
        const grey = (i * 53) % 256;
        context.fillStyle = `rgb(${grey},${grey},${grey})`;
        context.beginPath();
        context.arc(((i * 977) % width) | 0, ((i * 613) % height) | 0, width / 12, 0, 2 * Math.PI);
        context.fill();
      }
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      const dt = new DataTransfer();
      dt.items.add(new File([blob], name, { type: 'image/jpeg' }));
      const target = document.querySelector(selector);
      target.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: dt,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      return blob.size;
    },
    { selector, width, height, name },
  );
}
