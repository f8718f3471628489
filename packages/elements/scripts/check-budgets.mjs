#!/usr/bin/env node
// Bundle budgets, run by `npm run lint`: bundles each entry with everything it imports (lit,
// @klaslab/*), minified, and compares min+gzip sizes with the budgets. ONNX Runtime runs in the
// worker and is not part of the page's JS (see noOrtOnPage); the .wasm and the model are not JS.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { noOrtOnPage, packageRoot } from './bundle.mjs';

const KB = 1000;
const budgets = [
  {
    name: 'ai-event-list (+ card, @klaslab/events, lit)',
    entry: 'src/entries/ai-event-list.ts',
    max: 20 * KB,
  },
  {
    name: 'ai-event-card (+ @klaslab/events, lit)',
    entry: 'src/entries/ai-event-card.ts',
    max: 20 * KB,
  },
  {
    name: 'ai-colorizer (page JS, without wasm and model)',
    entry: 'src/entries/ai-colorizer.ts',
    max: 40 * KB,
  },
  { name: 'ai-explainer (+ colorizer, texts)', entry: 'src/entries/ai-explainer.ts', max: 60 * KB },
  {
    name: 'ai-gallery (+ colorizer, texts; photos are fetched)',
    entry: 'src/entries/ai-gallery.ts',
    max: 35 * KB,
  },
  { name: 'ai-quiz (texts; pictures are fetched)', entry: 'src/entries/ai-quiz.ts', max: 15 * KB },
  {
    name: 'ai-training-data (texts; facts.json is fetched)',
    entry: 'src/entries/ai-training-data.ts',
    max: 15 * KB,
  },
  {
    name: 'ai-lesson (+ colorizer, gallery, quiz, training data, texts)',
    entry: 'src/entries/ai-lesson.ts',
    max: 50 * KB,
  },
  { name: 'ai-teacher-guide (texts, lit)', entry: 'src/entries/ai-teacher-guide.ts', max: 30 * KB },
];

let failed = false;
const rows = [];
for (const budget of budgets) {
  const result = await esbuild.build({
    entryPoints: [join(packageRoot, budget.entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    // Measure what the page loads up front: the entry chunk. Lazily imported chunks (the Markdown
    // reader, the .ics writer, the colorize client) are reported beside it.
    splitting: true,
    outdir: join(packageRoot, '.budget'),
    tsconfig: join(packageRoot, 'tsconfig.json'),
    plugins: [noOrtOnPage],
    logLevel: 'silent',
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const entryFile = js.find((f) => !/chunk-/.test(f.path)) ?? js[0];
  const code = entryFile.contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const lazy = js
    .filter((f) => f !== entryFile)
    .reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
  const ok = gz <= budget.max;
  failed ||= !ok;
  rows.push(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.name}: ${(gz / KB).toFixed(1)} kB min+gzip (budget ${budget.max / KB} kB, ${(code.length / KB).toFixed(1)} kB min; +${(lazy / KB).toFixed(1)} kB loaded lazily)`,
  );
}
const dist = join(packageRoot, 'dist');
// What the standalone colorizer fetches on the default (WASM) path: the worker, its ONNX Runtime
// chunk (content-hashed name), the runtime's .wasm and the model.
const ortChunk = (await readdir(dist)).find((f) => /^colorize-ort\.wasm\.bundle.*\.js$/.test(f));
for (const file of [
  'klaslab-elements.js',
  'colorize-worker.js',
  ortChunk ?? 'colorize-ort.wasm.bundle.min-*.js',
  'ort/ort-wasm-simd-threaded.wasm',
  'models/default/model.onnx',
]) {
  try {
    const bytes = await readFile(join(dist, file));
    const size = (await stat(join(dist, file))).size;
    rows.push(
      `info ${file}: ${(size / KB).toFixed(1)} kB, ${(gzipSync(bytes).length / KB).toFixed(1)} kB gzip`,
    );
  } catch {
    rows.push(`info ${file}: not built`);
  }
}
console.log(rows.join('\n'));
if (failed) {
  console.error('@klaslab/elements: a bundle is over its budget');
  process.exit(1);
}
