// What Storybook serves beside the stories (dev server, `storybook build` and the vitest addon):
// the real ONNX Runtime .wasm from onnxruntime-web, the default model as @klaslab/colorize ships
// it, the colorize worker and sample photos from @klaslab/elements, and the example event files.
// Nothing comes from a CDN. Paths are resolved through node_modules, so they hold in any checkout.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const ortDist = dirname(require.resolve('onnxruntime-web'));
const colorizeRoot = dirname(require.resolve('@klaslab/colorize/package.json'));
const elementsRoot = dirname(require.resolve('@klaslab/elements/package.json'));

/**
 * The ORT build the elements' colorize worker loads: the plain WASM one (the elements ship no
 * WebGPU build; the others are never fetched: not copied).
 */
const ORT_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];

/** The standalone colorize worker and the chunks it imports (content-hashed names). */
const elementsDist = join(elementsRoot, 'dist');
const WORKER_FILES = existsSync(elementsDist)
  ? readdirSync(elementsDist).filter((file) => /^colorize-.*\.js$/.test(file))
  : [];

export interface StaticAsset {
  /** Absolute path of a file or folder. */
  from: string;
  /** URL path it is served at (relative to the Storybook root). */
  to: string;
}

export const staticAssets: StaticAsset[] = [
  ...ORT_FILES.map((file) => ({ from: join(ortDist, file), to: `/ort/${file}` })),
  { from: join(colorizeRoot, 'models/default'), to: '/models/default' },
  ...WORKER_FILES.map((file) => ({ from: join(elementsDist, file), to: `/${file}` })),
  { from: join(elementsRoot, 'dist/samples'), to: '/samples' },
  { from: join(elementsRoot, 'dist/gallery'), to: '/gallery' },
  { from: join(here, '../examples/events'), to: '/events' },
];
