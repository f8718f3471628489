#!/usr/bin/env node
// Chooses a model's weights and decoding settings on held-out photos of the training data, never
// on Kodak, through the same @klaslab/colorize Node pipeline as the official evaluation.
//
//   node models/eval/select.mjs --candidate DIR [--candidate DIR ...] [--out FILE]
//        [--split models/data/validation.tsv] [--temperatures 0.38,0.5,0.7,1.0]
//        [--saturations 0.5,0.6,0.7,0.8,0.9,1.0] [--gates 0,0.4,0.5,0.6]
//        [--min-colourfulness 0.7] [--rule 2.4] [--merge EARLIER.json]
//
// Each DIR is an exported model folder (model.json + model.onnx, e.g. from models/export.py with
// the last and the best-validation-loss weights). The rule (klaslab-small 2.1, fixed before its
// Kodak run; models/README.md): on the validation subset (models/data/validation.tsv, flowers a
// third), among the (weights, temperature, saturation, confidence gate) settings whose mean
// colourfulness ratio to the truth is >= 0.7 and that beat the grey photo's PSNR on at least half
// the photos, the highest mean PSNR. Rule 2.2 (--rule 2.2, fixed before klaslab-small 2.2's
// candidates were measured): the colourfulness floor holds for the ratio of the mean colourfulness
// (model / truth) too, not only for the mean of the per-photo ratios. Rule 2.3 (--rule 2.3, fixed
// before klaslab-small 2.3's candidates were measured): the floors hold in each part of the
// validation photos (flowers; everyday photos: every other group), each part's mean PSNR is at
// least the grey photo's, and the choice is the setting whose weaker part gains the most over
// grey (models/eval/rule.mjs). Rule 2.4 (--rule 2.4, fixed before klaslab-small 2.4's candidates
// were measured): rule 2.3 with a third part, photos from a source the candidates never learnt
// from: every photo of the `credited-photos` group in models/data/split.tsv (training and
// held-out rows alike), so only decoders trained without that group are candidates. (2.0.0 used the whole held-out split, temperatures only and a
// 0.6 floor: `--split models/data/split.tsv --saturations 1 --gates 0 --min-colourfulness 0.6`.)
// It prints every setting and the winner, and writes them to --out (JSON).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createColorizer, decodeImage, greyOf } from '@klaslab/colorize';
import { colourfulness, mean, psnr } from './metrics.mjs';
import { selectByParts, selectSetting } from './rule.mjs';
import { heldoutPhotos } from './sets.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    candidate: { type: 'string', multiple: true },
    temperatures: { type: 'string', default: '0.38,0.5,0.7,1.0' },
    saturations: { type: 'string', default: '0.5,0.6,0.7,0.8,0.9,1.0' },
    gates: { type: 'string', default: '0,0.4,0.5,0.6' },
    'min-colourfulness': { type: 'string', default: '0.7' },
    rule: { type: 'string', default: '2.1' },
    split: { type: 'string', default: join(ROOT, 'models/data/validation.tsv') },
    photos: { type: 'string', default: join(ROOT, 'models/data/photos') },
    out: { type: 'string' },
    merge: { type: 'string', multiple: true },
  },
});
if (!args.candidate?.length) {
  console.error('select: give at least one --candidate model folder');
  process.exit(2);
}
/** A comma-separated list of numbers that `ok` accepts, or exit 2 naming the option. */
function numbers(name, ok, expected) {
  const list = args[name].split(',').map(Number);
  if (list.some((v) => !ok(v))) {
    console.error(`select: --${name} ${args[name]}: ${expected}, comma-separated`);
    process.exit(2);
  }
  return list;
}
const temperatures = numbers('temperatures', (t) => t > 0, 'positive numbers');
const saturations = numbers('saturations', (s) => s >= 0, 'numbers >= 0');
const gates = numbers('gates', (g) => g >= 0 && g <= 1, 'numbers from 0 to 1');
const [minColour] = numbers('min-colourfulness', (c) => c >= 0, 'a number >= 0');
const grid = temperatures.flatMap((temperature) =>
  saturations.flatMap((saturation) =>
    gates.map((confidenceGate) => ({ temperature, saturation, confidenceGate })),
  ),
);
const held = await heldoutPhotos(args.split, args.photos);
if (!held.photos) {
  console.error(`select: ${held.missing}`);
  process.exit(2);
}

if (!['2.1', '2.2', '2.3', '2.4'].includes(args.rule)) {
  console.error(`select: --rule ${args.rule}: 2.1, 2.2, 2.3 or 2.4`);
  process.exit(2);
}
const ratioOfMeans = args.rule !== '2.1';
const byParts = args.rule === '2.3' || args.rule === '2.4';
// Rule 2.4's unseen source: a group no candidate learnt from, all of its photos.
const UNSEEN = 'credited-photos';
if (args.rule === '2.4') {
  const unseen = await heldoutPhotos(join(ROOT, 'models/data/split.tsv'), args.photos, {
    group: UNSEEN,
  });
  if (!unseen.photos) {
    console.error(`select: ${unseen.missing}`);
    process.exit(2);
  }
  const known = new Set(held.photos.map((p) => p.name));
  held.photos.push(...unseen.photos.filter((p) => !known.has(p.name)));
}
// The parts of rules 2.3 and 2.4: flowers, everyday photos (every other group) and, in 2.4, the
// unseen source.
const PARTS = args.rule === '2.4' ? ['flowers', 'everyday', 'unseen'] : ['flowers', 'everyday'];
const partOf = (photo) =>
  photo.group === 'tf_flowers'
    ? 'flowers'
    : args.rule === '2.4' && photo.group === UNSEEN
      ? 'unseen'
      : 'everyday';
const RULE = byParts
  ? `rule ${args.rule}: on ${relative(ROOT, resolve(args.split))}${args.rule === '2.4' ? ` and every ${UNSEEN} photo of models/data/split.tsv` : ''}, split into ${PARTS.join(', ')} photos, among (weights, temperature, saturation, confidence gate) settings that in each part have a mean PSNR >= the grey photo's, beat grey on at least half the photos and reach colourfulness >= ${minColour} of the truth's both as the mean of the per-photo ratios and as the ratio of the means: the one whose weakest part gains the most PSNR over grey`
  : `rule ${args.rule}: highest mean PSNR on ${relative(ROOT, resolve(args.split))} among (weights, temperature, saturation, confidence gate) settings with mean colourfulness ratio >= ${minColour}${ratioOfMeans ? ` and ratio of the mean colourfulness >= ${minColour}` : ''} that beat grey on at least half the photos`;
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
const greyPsnr = [];
for (const photo of held.photos) {
  const truth = await decodeImage(photo.path);
  greyPsnr.push(psnr(greyOf(truth).data, truth.data));
}
const label = (s) => `T=${s.temperature} saturation=${s.saturation} gate=${s.confidenceGate}`;
for (const dir of args.candidate) {
  const colorizer = await createColorizer({ model: resolve(dir) });
  const per = grid.map(() => ({ psnr: [], ratio: [], colour: [] }));
  const truthColour = [];
  for (const photo of held.photos) {
    const truth = await decodeImage(photo.path);
    const grey = greyOf(truth);
    const truthM = colourfulness(truth.data);
    truthColour.push(truthM);
    for (const [i, options] of grid.entries()) {
      const { image } = await colorizer.colorize(grey, options);
      per[i].psnr.push(psnr(image.data, truth.data));
      const m = colourfulness(image.data);
      per[i].ratio.push(m / truthM);
      per[i].colour.push(m);
    }
  }
  await colorizer.dispose();
  /** The figures of one setting over the photos whose index `keep` accepts. */
  const figures = (i, keep) => {
    const at = (list) => list.filter((_, j) => keep(j));
    const psnrs = at(per[i].psnr);
    const greys = at(greyPsnr);
    return {
      photos: psnrs.length,
      psnr: mean(psnrs),
      psnrVsGrey: mean(psnrs) - mean(greys),
      beatsGrey: psnrs.filter((v, j) => v > greys[j]).length,
      colourfulnessRatio: mean(at(per[i].ratio)),
      colourfulnessOfMeans: mean(at(per[i].colour)) / mean(at(truthColour)),
    };
  };
  for (const [i, options] of grid.entries()) {
    const { photos: _, ...all } = figures(i, () => true);
    const parts = Object.fromEntries(
      PARTS.map((name) => [name, figures(i, (j) => partOf(held.photos[j]) === name)]),
    );
    const s = { candidate: relative(ROOT, resolve(dir)), ...options, ...all, parts };
    settings.push(s);
    const pct = (v) => `${(v * 100).toFixed(0)}%`;
    const db = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(2)}`;
    console.log(
      `${s.candidate} ${label(s)}: PSNR ${s.psnr.toFixed(3)} dB (${db(s.psnrVsGrey)} vs grey), beats grey ${s.beatsGrey}/${held.photos.length}, colourfulness ${pct(s.colourfulnessRatio)} / ${pct(s.colourfulnessOfMeans)}; ${PARTS.map((name) => `${name} ${db(parts[name].psnrVsGrey)} dB, ${parts[name].beatsGrey}/${parts[name].photos}, ${pct(parts[name].colourfulnessRatio)} / ${pct(parts[name].colourfulnessOfMeans)}`).join('; ')}`,
    );
  }
}
const selected = byParts
  ? selectByParts(settings, { minColourfulness: minColour, parts: PARTS })
  : selectSetting(settings, {
      minColourfulness: minColour,
      photos: held.photos.length,
      ratioOfMeans,
    });
console.log(
  selected ? `selected: ${selected.candidate} at ${label(selected)}` : `no setting meets ${RULE}`,
);
if (args.out) {
  await writeFile(
    args.out,
    `${JSON.stringify({ rule: RULE, split: relative(ROOT, resolve(args.split)), photos: held.photos.length, greyPsnr: mean(greyPsnr), settings, selected }, null, 1)}\n`,
  );
}
process.exit(selected ? 0 : 1);
