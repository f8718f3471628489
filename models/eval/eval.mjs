#!/usr/bin/env node
// Official evaluation of the default colorization model on the Kodak set, through the real
// @klaslab/colorize Node pipeline (onnxruntime-node; not PyTorch), at full resolution.
//
//   npm run eval:model                     # builds @klaslab/colorize first (root script)
//   node models/eval/eval.mjs [--model models/klaslab-tiny/model.json] [--kodak DIR] [--out DIR]
//                             [--temperature T] [--no-sheet]
//
// For every photo: grey it (L* only, a* = b* = 0), colorize the grey image, and compare with the
// original: PSNR (RGB), SSIM (mean of the R, G, B channels; Gaussian window 11, sigma 1.5),
// colourfulness (Hasler & Suesstrunk 2003), its ratio and gap to the ground truth's. Two
// baselines in the same run: the grey image, and a constant "average chroma" (sepia) tint = the
// mean a*b* of the TRAINING photos (training-colour.json beside model.json, written by
// models/train.py; never computed from Kodak). Writes results.json, results.md and contact-sheet.png.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createColorizer, decodeImage, greyOf } from '@klaslab/colorize';
import { labToRgba, planeOf, rgbaToLab } from '@klaslab/core';
import { colourfulness, mean, psnr, ssimRgb } from './metrics.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: join(ROOT, 'models/klaslab-tiny/model.json') },
    kodak: { type: 'string' },
    out: { type: 'string', default: HERE },
    temperature: { type: 'string' },
    'no-sheet': { type: 'boolean', default: false },
  },
});

// biome-ignore lint/suspicious/noUndeclaredEnvVars: a plain node script, not a turbo task
const sharedEnv = process.env.KLASLAB_SHARED;
const shared = sharedEnv ? resolve(sharedEnv) : resolve(ROOT, '../shared');
const kodakDir = resolve(args.kodak ?? join(shared, 'eval/kodak'));
const modelPath = resolve(args.model);
const modelDir = modelPath.endsWith('.json') ? dirname(modelPath) : modelPath;
const manifest = JSON.parse(await readFile(join(modelDir, 'model.json'), 'utf8'));
const colour = JSON.parse(await readFile(join(modelDir, 'training-colour.json'), 'utf8'));
const temperature =
  args.temperature !== undefined ? Number(args.temperature) : manifest.decode?.temperature;

const files = (await readdir(kodakDir).catch(() => [])).filter((f) => /\.png$/i.test(f)).sort();
if (files.length === 0) {
  console.error(`eval: no PNG photos in ${kodakDir} (set KLASLAB_SHARED or --kodak)`);
  process.exit(2);
}

/** The image with every pixel's a*, b* replaced by a constant (L* kept). */
function withConstantAb(image, a, b) {
  const lab = rgbaToLab(image);
  planeOf(lab, 1).fill(a);
  planeOf(lab, 2).fill(b);
  return labToRgba(lab, { alphaFrom: image });
}

function metrics(image, truth, truthM) {
  const m = colourfulness(image.data);
  return {
    psnr: psnr(image.data, truth.data),
    ssim: ssimRgb(image, truth),
    colourfulness: m,
    colourfulnessRatio: m / truthM,
    colourfulnessGap: truthM - m,
  };
}

const METHODS = ['grey', 'sepia', 'ours'];
const colorizer = await createColorizer({ model: modelPath });
const rows = [];
const tiles = [];
const t0 = performance.now();
for (const file of files) {
  const truth = await decodeImage(join(kodakDir, file));
  const truthM = colourfulness(truth.data);
  const grey = greyOf(truth);
  const sepia = withConstantAb(truth, colour.mean_a, colour.mean_b);
  const result = await colorizer.colorize(grey, temperature === undefined ? {} : { temperature });
  const ours = result.image;
  const row = {
    image: file,
    width: truth.width,
    height: truth.height,
    truthColourfulness: truthM,
    confidence: result.confidence ? mean(result.confidence.data) : null,
    ms: result.timings.total,
  };
  row.grey = metrics(grey, truth, truthM);
  row.sepia = metrics(sepia, truth, truthM);
  row.ours = metrics(ours, truth, truthM);
  rows.push(row);
  if (!args['no-sheet']) tiles.push({ file, grey, ours, truth, row });
  console.log(
    `${file} ${truth.width}x${truth.height}  PSNR grey ${row.grey.psnr.toFixed(2)} sepia ${row.sepia.psnr.toFixed(2)} ` +
      `ours ${row.ours.psnr.toFixed(2)}  SSIM ours ${row.ours.ssim.toFixed(4)}  ` +
      `colourfulness ours ${row.ours.colourfulness.toFixed(1)} / truth ${truthM.toFixed(1)}`,
  );
}
await colorizer.dispose();
const seconds = (performance.now() - t0) / 1000;

const means = {};
for (const method of METHODS) {
  means[method] = {
    psnr: mean(rows.map((r) => r[method].psnr)),
    ssim: mean(rows.map((r) => r[method].ssim)),
    colourfulness: mean(rows.map((r) => r[method].colourfulness)),
    colourfulnessRatio: mean(rows.map((r) => r[method].colourfulnessRatio)),
    colourfulnessGap: mean(rows.map((r) => r[method].colourfulnessGap)),
    betterThanGrey: rows.filter((r) => r[method].psnr > r.grey.psnr).length,
  };
}
const truthMean = mean(rows.map((r) => r.truthColourfulness));
for (const method of METHODS) means[method].ratioOfMeans = means[method].colourfulness / truthMean;
const targets = {
  psnrFloor: means.grey.psnr - 0.5,
  psnrMet: means.ours.psnr >= means.grey.psnr - 0.5,
  colourfulnessRatio: 0.6,
  colourfulnessMet: means.ours.ratioOfMeans >= 0.6 && means.ours.colourfulnessRatio >= 0.6,
};

const f2 = (v) => v.toFixed(2);
const f4 = (v) => v.toFixed(4);
const pct = (v) => `${Math.round(v * 100)}%`;
const label = {
  grey: 'grey image (L* only)',
  sepia: `"average chroma" tint (a*=${colour.mean_a.toFixed(2)}, b*=${colour.mean_b.toFixed(2)})`,
  ours: `**${manifest.name}** (T=${temperature})`,
};
const meanTable = [
  '| method | PSNR (dB) | SSIM (RGB) | colourfulness | ratio to truth (mean of ratios / of means) | gap to truth | PSNR > grey |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...METHODS.map((m) => {
    const s = means[m];
    return `| ${label[m]} | ${f2(s.psnr)} | ${f4(s.ssim)} | ${s.colourfulness.toFixed(1)} | ${pct(s.colourfulnessRatio)} / ${pct(s.ratioOfMeans)} | ${s.colourfulnessGap.toFixed(1)} | ${m === 'grey' ? '—' : `${s.betterThanGrey}/${rows.length}`} |`;
  }),
  `| ground truth | — | 1 | ${truthMean.toFixed(1)} | 100% | 0 | — |`,
];
const verdict = [
  `PSNR target (≥ grey − 0.5 dB = ${f2(targets.psnrFloor)}): ${targets.psnrMet ? 'MET' : 'MISSED'} (${f2(means.ours.psnr)} dB)`,
  `Colourfulness target (≥ 60% of the truth's): ${targets.colourfulnessMet ? 'MET' : 'MISSED'} (${pct(means.ours.colourfulnessRatio)} mean of ratios, ${pct(means.ours.ratioOfMeans)} of means)`,
];
const perImage = [
  '| photo | PSNR grey | PSNR sepia | PSNR ours | Δ ours − grey | SSIM grey | SSIM ours | colourfulness ours / truth | mean confidence |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.image.replace(/\.png$/i, '')} | ${f2(r.grey.psnr)} | ${f2(r.sepia.psnr)} | ${f2(r.ours.psnr)} | ${(r.ours.psnr - r.grey.psnr >= 0 ? '+' : '') + f2(r.ours.psnr - r.grey.psnr)} | ${f4(r.grey.ssim)} | ${f4(r.ours.ssim)} | ${r.ours.colourfulness.toFixed(1)} / ${r.truthColourfulness.toFixed(1)} (${pct(r.ours.colourfulnessRatio)}) | ${r.confidence === null ? '—' : r.confidence.toFixed(3)} |`,
  ),
];

console.log(`\n${meanTable.join('\n')}\n\n${verdict.join('\n')}`);
console.log(`\n${rows.length} photos in ${seconds.toFixed(1)} s`);

const rel = (p) => relative(ROOT, p) || '.';
const results = {
  model: {
    name: manifest.name,
    version: manifest.version,
    sha256: manifest.sha256,
    temperature,
    path: rel(modelPath),
  },
  evalSet: { path: rel(kodakDir), photos: rows.length },
  pipeline:
    '@klaslab/colorize (Node, onnxruntime-node): greyOf(photo) -> colorize() at the manifest inputSize -> full-resolution RGBA',
  definitions: {
    psnr: 'dB over R, G, B (8-bit, peak 255), full resolution',
    ssim: "mean over R, G, B of SSIM (Wang et al. 2004: 11x11 Gaussian, sigma 1.5, K1 0.01, K2 0.03, L 255), 'valid' windows, no downsampling",
    colourfulness: 'Hasler & Suesstrunk 2003 M on 8-bit sRGB',
    colourfulnessRatio: 'method / ground truth, per image (means: mean of the per-image ratios)',
    colourfulnessGap: 'ground truth − method, per image',
    sepia: `constant a*=${colour.mean_a}, b*=${colour.mean_b}: mean of the training photos (${rel(join(modelDir, 'training-colour.json'))})`,
  },
  mean: { ...means, truthColourfulness: truthMean },
  targets,
  images: rows,
  seconds,
};
await writeFile(join(args.out, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
await writeFile(
  join(args.out, 'results.md'),
  [
    `# ${manifest.name} ${manifest.version} on Kodak (${rows.length} photos) — \`npm run eval:model\``,
    '',
    `Model sha256 \`${manifest.sha256.slice(0, 16)}…\`, decoding temperature ${temperature}. Full resolution through the`,
    '`@klaslab/colorize` Node pipeline. SSIM = mean of the R, G, B channels (Gaussian window 11, σ 1.5).',
    'The sepia tint is the mean a\\*b\\* of the training photos. Contact sheet: [contact-sheet.png](contact-sheet.png)',
    '(grey | ours | ground truth).',
    '',
    ...meanTable,
    '',
    ...verdict.map((v) => `- ${v}`),
    '',
    '## Per photo',
    '',
    ...perImage,
    '',
  ].join('\n'),
);

if (!args['no-sheet']) {
  const sharp = (await import('sharp')).default;
  const W = 256;
  const LABEL = 22;
  const composites = [];
  let top = 0;
  for (const { file, grey, ours, truth, row } of tiles) {
    const h = Math.round((truth.height * W) / truth.width);
    const text = `${file.replace(/\.png$/i, '')}   grey ${f2(row.grey.psnr)} dB | ours ${f2(row.ours.psnr)} dB, colourfulness ${pct(row.ours.colourfulnessRatio)} of truth | ground truth`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${3 * W}" height="${LABEL}"><text x="6" y="16" font-family="DejaVu Sans, sans-serif" font-size="13" fill="#fff">${text}</text></svg>`;
    composites.push({ input: Buffer.from(svg), left: 0, top });
    for (const [i, img] of [grey, ours, truth].entries()) {
      const tile = await sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length), {
        raw: { width: img.width, height: img.height, channels: 4 },
      })
        .removeAlpha()
        .resize(W, h, { kernel: 'lanczos3' })
        .png()
        .toBuffer();
      composites.push({ input: tile, left: i * W, top: top + LABEL });
    }
    top += LABEL + h;
  }
  await sharp({ create: { width: 3 * W, height: top, channels: 3, background: '#222' } })
    .composite(composites)
    .png({ compressionLevel: 9, effort: 10 })
    .toFile(join(args.out, 'contact-sheet.png'));
}
console.log(
  `wrote ${rel(join(args.out, 'results.json'))}, results.md${args['no-sheet'] ? '' : ', contact-sheet.png'}`,
);
