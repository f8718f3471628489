#!/usr/bin/env node
// Builds dist/klaslab-elements.js (everything for one <script type="module"> tag, minified), the
// self-contained colorize worker (with onnxruntime-web in lazily loaded chunks), copies beside them
// what the colorizer loads lazily: ONNX Runtime's .wasm, the default model (from
// @klaslab/colorize) and the samples, and builds the opt-in offline service worker.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import * as esbuild from 'esbuild';
import {
  colorizeWorkerEntry,
  noOrtOnPage,
  noWebGpuBuild,
  ortDist,
  packageRoot,
} from './bundle.mjs';

const require = createRequire(import.meta.url);
const dist = join(packageRoot, 'dist');
const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // No source maps: they would point into other packages' sources, which are not shipped. The
  // per-element ESM files (tsup) keep theirs for bundler users.
  sourcemap: false,
  legalComments: 'linked',
  logLevel: 'warning',
};

await esbuild.build({
  ...common,
  entryPoints: { 'klaslab-elements': join(packageRoot, 'src/entries/standalone.ts') },
  outdir: dist,
  tsconfig: join(packageRoot, 'tsconfig.json'),
  plugins: [noOrtOnPage],
});
// The worker loads ONNX Runtime's plain WASM build as a separate chunk (the elements never ask for
// WebGPU: see noWebGpuBuild). Chunk names carry a content hash, so servers can cache them for good
// (`immutable`).
await esbuild.build({
  ...common,
  entryPoints: { 'colorize-worker': colorizeWorkerEntry() },
  outdir: dist,
  splitting: true,
  chunkNames: 'colorize-[name]-[hash]',
  // @klaslab/colorize declares "sideEffects": false, but its split worker build imports a chunk for
  // its side effects: honouring the flag would drop it. onnxruntime-web's own glue finds its .wasm
  // through wasmPaths (set by the element).
  ignoreAnnotations: true,
  plugins: [noWebGpuBuild],
});

// ONNX Runtime's plain SIMD build: its .wasm with its loader.
const ort = ortDist();
await rm(join(dist, 'ort'), { recursive: true, force: true });
await mkdir(join(dist, 'ort'), { recursive: true });
for (const file of await readdir(ort)) {
  if (/^ort-wasm-simd-threaded\.(wasm|mjs)$/.test(file))
    await cp(join(ort, file), join(dist, 'ort', file));
}

// The default model, as @klaslab/colorize bundles it.
const colorizeRoot = join(require.resolve('@klaslab/colorize/package.json'), '..');
const model = join(colorizeRoot, 'models/default');
await rm(join(dist, 'models'), { recursive: true, force: true });
if (existsSync(join(model, 'model.json')))
  await cp(model, join(dist, 'models/default'), { recursive: true });
else console.warn('@klaslab/elements: no default model in @klaslab/colorize (build it first)');

await cp(join(packageRoot, 'assets/samples'), join(dist, 'samples'), { recursive: true });
// The gallery, quiz and training-data pictures: fetched only by <ai-gallery>, <ai-quiz> and
// <ai-training-data> (built by scripts/gallery/build.mjs).
await rm(join(dist, 'gallery'), { recursive: true, force: true });
await cp(join(packageRoot, 'assets/gallery'), join(dist, 'gallery'), { recursive: true });

// The opt-in offline service worker, with the list of files a colorization needs.
const precache = (await readdir(dist, { recursive: true }))
  .map((file) => file.split(sep).join('/'))
  .filter((file) =>
    /^(klaslab-elements\.js|colorize-.*\.js|ort\/.*|models\/default\/model\.(json|onnx)|samples\/.*\.jpg)$/.test(
      file,
    ),
  )
  .sort();
const hash = createHash('sha256');
for (const file of precache) hash.update(file).update(await readFile(join(dist, file)));
await esbuild.build({
  ...common,
  entryPoints: { 'klaslab-offline': join(packageRoot, 'src/offline/service-worker.ts') },
  outdir: dist,
  format: 'iife',
  define: {
    __KLASLAB_PRECACHE__: JSON.stringify(precache),
    __KLASLAB_VERSION__: JSON.stringify(hash.digest('hex').slice(0, 16)),
  },
});

// Types for `@klaslab/elements/klaslab-elements.js`: the same exports as the package entry, plus
// the defaults this build sets.
await writeFile(
  join(dist, 'klaslab-elements.d.ts'),
  [
    "export * from './index.js';",
    "import type { ElementDefaults } from './index.js';",
    '/** Where the standalone build finds its worker, wasm, model and samples: beside this file. */',
    'export declare const standaloneDefaults: ElementDefaults;',
    '',
  ].join('\n'),
);
