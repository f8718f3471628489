// npm run bench: prints figures (never asserted). Node inference at 256², a 12 MP photo end to end,
// onnxruntime-web (WASM) vs onnxruntime-node in Node, peak memory, and the browser: time to first
// colorization in headless Chromium, re-decoding a kept 1 MP output (Node and Chromium), the mean
// difference between alternatives (demo photos and Kodak), and the browser entry's size.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import {
  bundledModelPath,
  createColorizer,
  decodeImage,
  defaultModelPath,
} from '../dist/node/index.js';
import { runInPage, startHarness, toBase64 } from '../test/helpers/browser-harness.js';
import { syntheticImage, writeModel } from '../test/helpers/onnx-model.js';
import { benchAlternatives } from './alternatives.mjs';
import { benchRedecode } from './redecode.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const kodak = join(root, '../../../shared/eval/kodak');
const work = await mkdtemp(join(tmpdir(), 'klaslab-colorize-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const mean = (xs) => xs.reduce((s, v) => s + v, 0) / xs.length;
function split(list) {
  const keys = ['decode', 'pre', 'infer', 'post', 'encode', 'total'];
  return Object.fromEntries(
    keys.filter((k) => list[0][k] !== undefined).map((k) => [k, mean(list.map((t) => t[k]))]),
  );
}
const line = (label, t) =>
  console.log(
    `  ${label.padEnd(34)} ${Object.entries(t)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(' · ')}`,
  );

let model = defaultModelPath();
let modelNote = 'bundled default (klaslab-small)';
if (!existsSync(model)) {
  model = await writeModel(join(work, 'generated'), { inputSize: 256 });
  modelNote = 'generated random-weight classification net (no bundled model in this build)';
}
console.log(
  `@klaslab/colorize benchmarks — ${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores, Node ${process.version}`,
);
console.log(`model: ${modelNote} (${model})\n`);

const photoPath = existsSync(join(kodak, 'kodim23.png')) ? join(kodak, 'kodim23.png') : undefined;
const photo = photoPath ? await decodeImage(photoPath) : syntheticImage(768, 512);
const square = await sharp(Buffer.from(photo.data.buffer), {
  raw: { width: photo.width, height: photo.height, channels: 4 },
})
  .resize(256, 256, { fit: 'cover' })
  .raw()
  .toBuffer({ resolveWithObject: true });
const img256 = {
  width: 256,
  height: 256,
  data: new Uint8ClampedArray(square.data.buffer, square.data.byteOffset, square.data.length),
};

async function perImage(colorizer, image, runs) {
  for (let i = 0; i < 3; i++) await colorizer.colorize(image);
  const list = [];
  for (let i = 0; i < runs; i++) list.push((await colorizer.colorize(image)).timings);
  return split(list);
}

// 1. Node, 256² (the model's input size: no resampling beyond the 256→64 chroma upsample).
console.log('Node (onnxruntime-node, CPU)');
const node = await createColorizer({ model });
const n256 = await perImage(node, img256, RUNS);
line('256×256 image, per call', n256);
const n768 = await perImage(node, photo, Math.max(5, RUNS / 4));
line(`${photo.width}×${photo.height} photo, per call`, n768);
await node.dispose();
// The comparison model that stays loadable by name, on the same image in the same run.
const tinyPath = bundledModelPath('klaslab-tiny');
if (tinyPath && existsSync(tinyPath)) {
  const tiny = await createColorizer({ model: 'klaslab-tiny' });
  line('256×256 image, per call, klaslab-tiny', await perImage(tiny, img256, RUNS));
  await tiny.dispose();
}

// 2. The same model through onnxruntime-web (WASM) in Node.
const ortWeb = await import('onnxruntime-web');
ortWeb.env.wasm.numThreads = availableParallelism();
const web = await createColorizer({ model, ort: ortWeb });
const w256 = await perImage(web, img256, RUNS);
line('256×256 via onnxruntime-web (WASM)', w256);
await web.dispose();
console.log(
  `  inference ratio web/node: ${(w256.infer / n256.infer).toFixed(2)}× (${fmt(w256.infer)} vs ${fmt(n256.infer)})\n`,
);

// 3. A 12 MP photo end to end (decode → encode), in a child process for a clean peak RSS.
const big = join(work, 'photo-12mp.jpg');
await sharp(
  photoPath ?? Buffer.from(photo.data.buffer),
  photoPath ? {} : { raw: { width: 768, height: 512, channels: 4 } },
)
  .resize(4000, 3000)
  .greyscale() // what a colorizer is given: a black-and-white photo
  .jpeg({ quality: 90 })
  .toFile(big);
async function twelveMegapixels(modelPath) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(here, 'twelve-mp.mjs'), big, modelPath],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout);
}
function reportTwelve(label, twelve) {
  line(label, twelve.timings);
  const share = (twelve.timings.pre + twelve.timings.post) / twelve.timings.total;
  console.log(`  pre+post share of total: ${(share * 100).toFixed(1)}%`);
  console.log(
    `  peak RSS: ${(twelve.maxRssKb / 1024).toFixed(0)} MiB (whole process: Node, ONNX Runtime, sharp, buffers)`,
  );
}
console.log(
  '12 MP black-and-white photo (4000×3000 JPEG → JPEG) with colorizeFile, warm, mean of 3',
);
reportTwelve('end to end', await twelveMegapixels(model));

// The same with a model of the size a school would host: ECCV16's architecture (129 MB), random
// weights (the timing does not depend on them). BENCH_LARGE_MODEL=path/model.json picks another;
// without it the model is exported here when Debian's python3-torch is installed.
let large = process.env.BENCH_LARGE_MODEL;
if (!large) {
  const convert = join(root, '../../models/convert/eccv16.py');
  try {
    await promisify(execFile)(
      '/usr/bin/python3',
      [convert, '--random-init', '--out', join(work, 'eccv16')],
      {
        maxBuffer: 1 << 20,
      },
    );
    large = join(work, 'eccv16', 'model.json');
  } catch {
    console.log('  (no python3-torch: set BENCH_LARGE_MODEL to time a large model)');
  }
}
if (large) reportTwelve(`end to end, ${basename(dirname(large))}`, await twelveMegapixels(large));
console.log('');

// 4. Browser: time to first colorization in headless Chromium, and the entry's size.
console.log('Browser (headless Chromium, onnxruntime-web WASM in a module worker)');
const modelDir = dirname(model);
const harness = await startHarness({ routes: { '/models/': `${modelDir}/` } });
try {
  const args = {
    model: '/models/model.json',
    image: { width: photo.width, height: photo.height, rgba: toBase64(photo.data) },
  };
  const { page, context } = await harness.openPage();
  const cold = await runInPage(page, args);
  if (cold.error || cold.loadError) throw new Error(JSON.stringify(cold.error ?? cold.loadError));
  const warm = await runInPage(page, args);
  await context.close();
  console.log(
    `  first colorization (${photo.width}×${photo.height}), cold: ${fmt(cold.firstMs)} (model download + session ${fmt(cold.loadMs)}), threads: ${cold.isolated ? 'yes' : 'no (not cross-origin isolated)'}`,
  );
  console.log(
    `  again with the model from the Cache API: ${fmt(warm.firstMs)} (load ${fmt(warm.loadMs)})`,
  );
  line('  split of the cold call', cold.result.timings);
} finally {
  await harness.close();
}

// 5. Exploring: re-decoding a kept output (temperature slider), and how different alternatives are.
console.log('');
await benchRedecode({ runs: RUNS });
console.log('');
await benchAlternatives();
console.log('');

const esbuild = await import('esbuild');
for (const entry of ['index', 'worker']) {
  const out = await esbuild.build({
    entryPoints: [join(root, `dist/browser/${entry}.js`)],
    bundle: true,
    splitting: false,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['onnxruntime-web'],
    logLevel: 'silent',
  });
  const bytes = out.outputFiles.reduce((s, f) => s + f.contents.length, 0);
  const gz = out.outputFiles.reduce((s, f) => s + gzipSync(f.contents, { level: 9 }).length, 0);
  console.log(
    `  ${entry === 'index' ? 'page entry (main thread)' : 'worker (without ORT)'}: ${(bytes / 1024).toFixed(1)} KiB min, ${(gz / 1024).toFixed(1)} KiB min+gzip (incl. @klaslab/core)`,
  );
}
await rm(work, { recursive: true, force: true });
