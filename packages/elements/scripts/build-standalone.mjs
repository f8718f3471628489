#!/usr/bin/env node
import { existsSync } from 'node:fs';
// Builds dist/klaslab-elements.js (everything for one <script type="module"> tag, minified), the
// self-contained colorize worker (with onnxruntime-web), and copies beside them what the colorizer
// loads lazily: ONNX Runtime's .wasm, the default model (from @klaslab/colorize) and the samples.
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { colorizeWorkerEntry, noOrtOnPage, ortDist, packageRoot } from './bundle.mjs';

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
await esbuild.build({
  ...common,
  entryPoints: { 'colorize-worker': colorizeWorkerEntry() },
  outdir: dist,
  // @klaslab/colorize declares "sideEffects": false, but its split worker build imports a chunk for
  // its side effects: honouring the flag would drop it. onnxruntime-web's own glue finds its .wasm
  // through wasmPaths (set by the element).
  ignoreAnnotations: true,
});

// ONNX Runtime: the SIMD build that onnxruntime-web's bundle loads (+ its loader).
const ort = ortDist();
await rm(join(dist, 'ort'), { recursive: true, force: true });
await mkdir(join(dist, 'ort'), { recursive: true });
for (const file of await readdir(ort)) {
  if (/^ort-wasm-simd-threaded\.jsep\.(wasm|mjs)$/.test(file))
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
