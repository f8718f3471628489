#!/usr/bin/env node
// Chooses a model's weights and decoding temperature on the held-out split of the training data,
// never on Kodak, through the same @klaslab/colorize Node pipeline as the official evaluation.
//
//   node models/eval/select.mjs --candidate DIR [--candidate DIR ...] [--out FILE]
//                               [--temperatures 0.2,0.38,0.5,0.7,1.0] [--merge EARLIER.json]
//
// Each DIR is an exported model folder (model.json + model.onnx, e.g. from models/export.py with
// the last and the best-validation-loss weights). The rule, fixed before any Kodak run: the highest
// mean PSNR on the held-out photos among the (weights, temperature) settings whose mean
// colourfulness ratio to the truth is >= 0.6 (the targets, applied to held-out photos).
// It prints every setting and the winner, and writes them to --out (JSON).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createColorizer, decodeImage, greyOf } from '@klaslab/colorize';
import { colourfulness, mean, psnr } from './metrics.mjs';
import { heldoutPhotos } from './sets.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    candidate: { type: 'string', multiple: true },
    temperatures: { type: 'string', default: '0.2,0.38,0.5,0.7,1.0' },
    split: { type: 'string', default: join(ROOT, 'models/data/split.tsv') },
    photos: { type: 'string', default: join(ROOT, 'models/data/photos') },
    out: { type: 'string' },
    merge: { type: 'string', multiple: true },
  },
});
if (!args.candidate?.length) {
  console.error('select: give at least one --candidate model folder');
  process.exit(2);
}
const temperatures = args.temperatures.split(',').map(Number);
if (temperatures.some((t) => !(t > 0))) {
  console.error(`select: --temperatures ${args.temperatures}: positive numbers, comma-separated`);
  process.exit(2);
}
const held = await heldoutPhotos(args.split, args.photos);
if (!held.photos) {
  console.error(`select: ${held.missing}`);
  process.exit(2);
}

const RULE =
  'highest mean PSNR on the held-out split among (weights, temperature) settings with mean colourfulness ratio >= 0.6';
const settings = [];
// Settings measured by an earlier run of this script on the same held-out photos (--merge FILE).
for (const file of args.merge ?? []) {
  const previous = JSON.parse(await readFile(file, 'utf8'));
  if (previous.photos !== held.photos.length) {
    console.error(
      `select: ${file} measured ${previous.photos} photos, this split has ${held.photos.length}`,
    );
    process.exit(2);
  }
  settings.push(...previous.settings);
}
for (const dir of args.candidate) {
  const colorizer = await createColorizer({ model: resolve(dir) });
  const per = Object.fromEntries(temperatures.map((t) => [t, { psnr: [], ratio: [] }]));
  for (const photo of held.photos) {
    const truth = await decodeImage(photo.path);
    const grey = greyOf(truth);
    const truthM = colourfulness(truth.data);
    for (const t of temperatures) {
      const { image } = await colorizer.colorize(grey, { temperature: t });
      per[t].psnr.push(psnr(image.data, truth.data));
      per[t].ratio.push(colourfulness(image.data) / truthM);
    }
  }
  await colorizer.dispose();
  for (const t of temperatures) {
    const s = {
      candidate: relative(ROOT, resolve(dir)),
      temperature: t,
      psnr: mean(per[t].psnr),
      colourfulnessRatio: mean(per[t].ratio),
    };
    settings.push(s);
    console.log(
      `${s.candidate} T=${t}: PSNR ${s.psnr.toFixed(3)} dB, colourfulness ${(s.colourfulnessRatio * 100).toFixed(0)}%`,
    );
  }
}
const eligible = settings.filter((s) => s.colourfulnessRatio >= 0.6);
const selected = eligible.sort((a, b) => b.psnr - a.psnr)[0] ?? null;
console.log(
  selected
    ? `selected: ${selected.candidate} at T=${selected.temperature}`
    : 'no setting reaches 60% colourfulness',
);
if (args.out) {
  await writeFile(
    args.out,
    `${JSON.stringify({ rule: RULE, photos: held.photos.length, settings, selected }, null, 1)}\n`,
  );
}
process.exit(selected ? 0 : 1);
