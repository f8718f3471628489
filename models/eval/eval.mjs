#!/usr/bin/env node
// Official evaluation of the colorization models through the real @klaslab/colorize Node pipeline
// (onnxruntime-node; not PyTorch), at full resolution, on two sets:
//   - Kodak (../shared/eval/kodak, 24 photos; evaluation only, never trained on), and
//   - the held-out split of the training data (models/data/split.tsv, fixed before training; the
//     photos come from models/data/fetch.sh — without them this set is reported as missing).
//
//   npm run eval:model                     # builds @klaslab/colorize first (root script)
//   node models/eval/eval.mjs [--model models/klaslab-small --model models/klaslab-tiny]
//                             [--kodak DIR] [--photos DIR] [--out DIR] [--no-sheet]
//
// For every photo: grey it (L* only, a* = b* = 0), colorize the grey image with each model at its
// manifest temperature, and compare with the original: PSNR (RGB), SSIM (mean of R, G, B;
// Gaussian window 11, sigma 1.5), mean CIEDE2000 to the truth, colourfulness (Hasler & Suesstrunk
// 2003) and its ratio to the truth's, and whether the model beats the grey photo's PSNR. Two
// baselines: the grey photo, and a constant "average chroma" (sepia) tint = the mean a*b* of the
// first model's TRAINING photos (training-colour.json beside its model.json; never from Kodak).
// Writes results.json, results.md and contact-sheet.png (Kodak: grey | each model | truth).
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createColorizer, decodeImage, greyOf } from '@klaslab/colorize';
import { labToRgba, planeOf, rgbaToLab } from '@klaslab/core';
import { colourfulness, deltaE2000Image, mean, psnr, ssimRgb } from './metrics.mjs';
import { heldoutPhotos, kodakPhotos } from './sets.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

const { values: args } = parseArgs({
  options: {
    model: {
      type: 'string',
      multiple: true,
      default: [join(ROOT, 'models/klaslab-small'), join(ROOT, 'models/klaslab-tiny')],
    },
    kodak: { type: 'string' },
    photos: { type: 'string', default: join(ROOT, 'models/data/photos') },
    split: { type: 'string', default: join(ROOT, 'models/data/split.tsv') },
    out: { type: 'string', default: HERE },
    'no-sheet': { type: 'boolean', default: false },
  },
});

// biome-ignore lint/suspicious/noUndeclaredEnvVars: a plain node script, not a turbo task
const sharedEnv = process.env.KLASLAB_SHARED;
const shared = sharedEnv ? resolve(sharedEnv) : resolve(ROOT, '../shared');
const kodakDir = resolve(args.kodak ?? join(shared, 'eval/kodak'));
const rel = (p) => relative(ROOT, p) || '.';

const models = [];
for (const m of args.model) {
  const dir = resolve(m.endsWith('.json') ? dirname(m) : m);
  const manifest = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8'));
  models.push({ key: manifest.name, dir, manifest, temperature: manifest.decode?.temperature });
}
/** A model's decoding settings from its model.json (saturation and gate only when set). */
const settingsOf = (m) =>
  [
    `T=${m.temperature}`,
    m.manifest.decode?.saturation === undefined ? '' : `saturation ${m.manifest.decode.saturation}`,
    m.manifest.decode?.confidenceGate ? `confidence gate ${m.manifest.decode.confidenceGate}` : '',
  ]
    .filter(Boolean)
    .join(', ');
const colour = JSON.parse(await readFile(join(models[0].dir, 'training-colour.json'), 'utf8'));
const METHODS = ['grey', 'sepia', ...models.map((m) => m.key)];

async function kodakSet() {
  const photos = await kodakPhotos(kodakDir);
  if (photos.length === 0) {
    console.error(`eval: no PNG photos in ${kodakDir} (set KLASLAB_SHARED or --kodak)`);
    process.exit(2);
  }
  return photos;
}

/** The image with every pixel's a*, b* replaced by a constant (L* kept). */
function withConstantAb(image, a, b) {
  const lab = rgbaToLab(image);
  planeOf(lab, 1).fill(a);
  planeOf(lab, 2).fill(b);
  return labToRgba(lab, { alphaFrom: image });
}

function metrics(image, truth, truthLab, truthM) {
  const m = colourfulness(image.data);
  return {
    psnr: psnr(image.data, truth.data),
    ssim: ssimRgb(image, truth),
    deltaE: mean(deltaE2000Image(rgbaToLab(image), truthLab)),
    colourfulness: m,
    colourfulnessRatio: m / truthM,
  };
}

async function evaluate(setName, photos, colorizers, keepTiles) {
  const rows = [];
  const tiles = [];
  const t0 = performance.now();
  for (const photo of photos) {
    const truth = await decodeImage(photo.path);
    const truthLab = rgbaToLab(truth);
    const truthM = colourfulness(truth.data);
    const grey = greyOf(truth);
    const outputs = { grey, sepia: withConstantAb(truth, colour.mean_a, colour.mean_b) };
    const row = {
      image: photo.name,
      width: truth.width,
      height: truth.height,
      truthColourfulness: truthM,
    };
    if (photo.group) Object.assign(row, { group: photo.group, subject: photo.subject });
    for (const m of models) {
      const t = m.temperature;
      const result = await colorizers[m.key].colorize(
        grey,
        t === undefined ? {} : { temperature: t },
      );
      outputs[m.key] = result.image;
    }
    for (const method of METHODS) row[method] = metrics(outputs[method], truth, truthLab, truthM);
    rows.push(row);
    if (keepTiles) tiles.push({ name: photo.name, outputs, truth, row });
    console.log(
      `${setName} ${photo.name} ${truth.width}x${truth.height}  PSNR grey ${row.grey.psnr.toFixed(2)} ` +
        models.map((m) => `${m.key} ${row[m.key].psnr.toFixed(2)}`).join(' '),
    );
  }
  const means = {};
  for (const method of METHODS) {
    const col = (k) => mean(rows.map((r) => r[method][k]));
    means[method] = {
      psnr: col('psnr'),
      ssim: col('ssim'),
      deltaE: col('deltaE'),
      colourfulness: col('colourfulness'),
      colourfulnessRatio: col('colourfulnessRatio'),
      betterThanGrey: rows.filter((r) => r[method].psnr > r.grey.psnr).length,
    };
  }
  const truthMean = mean(rows.map((r) => r.truthColourfulness));
  for (const method of METHODS)
    means[method].ratioOfMeans = means[method].colourfulness / truthMean;
  const targets = {};
  for (const m of models) {
    const s = means[m.key];
    targets[m.key] = {
      psnrAtLeastGrey: s.psnr >= means.grey.psnr,
      colourfulnessAtLeast60: s.colourfulnessRatio >= 0.6 && s.ratioOfMeans >= 0.6,
      beatsGreyOnHalf: s.betterThanGrey >= rows.length / 2,
    };
  }
  return {
    photos: rows.length,
    seconds: (performance.now() - t0) / 1000,
    mean: { ...means, truthColourfulness: truthMean },
    targets,
    images: rows,
    tiles,
  };
}

const f2 = (v) => v.toFixed(2);
const pct = (v) => `${Math.round(v * 100)}%`;
const label = (method) =>
  method === 'grey'
    ? 'grey photo (L* only)'
    : method === 'sepia'
      ? `"average chroma" tint (a*=${colour.mean_a.toFixed(2)}, b*=${colour.mean_b.toFixed(2)})`
      : `**${method}** ${models.find((m) => m.key === method).manifest.version} (${settingsOf(models.find((m) => m.key === method))})`;

function meanTable(res) {
  const n = res.photos;
  return [
    '| method | PSNR (dB) | Δ PSNR vs grey | beats grey (PSNR) | mean ΔE2000 | SSIM (RGB) | colourfulness: ratio to truth (mean of ratios / of means) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...METHODS.map((m) => {
      const s = res.mean[m];
      const d = s.psnr - res.mean.grey.psnr;
      return `| ${label(m)} | ${f2(s.psnr)} | ${m === 'grey' ? '—' : (d >= 0 ? '+' : '') + f2(d)} | ${m === 'grey' ? '—' : `${s.betterThanGrey}/${n} (${pct(s.betterThanGrey / n)})`} | ${f2(s.deltaE)} | ${s.ssim.toFixed(4)} | ${pct(s.colourfulnessRatio)} / ${pct(s.ratioOfMeans)} |`;
    }),
  ];
}

function verdicts(res) {
  return models.map((m) => {
    const t = res.targets[m.key];
    const s = res.mean[m.key];
    const ok = (b) => (b ? 'MET' : 'MISSED');
    return `${m.key}: PSNR ≥ grey ${ok(t.psnrAtLeastGrey)} (${f2(s.psnr)} vs ${f2(res.mean.grey.psnr)} dB); colourfulness ≥ 60% ${ok(t.colourfulnessAtLeast60)} (${pct(s.colourfulnessRatio)} / ${pct(s.ratioOfMeans)}); beats grey on ≥ half ${ok(t.beatsGreyOnHalf)} (${s.betterThanGrey}/${res.photos})`;
  });
}

function perImageTable(res) {
  return [
    `| photo | PSNR grey | ${models.map((m) => `PSNR ${m.key}`).join(' | ')} | ${models.map((m) => `ΔE ${m.key}`).join(' | ')} | ${models.map((m) => `colourfulness ${m.key} / truth`).join(' | ')} |`,
    `| --- | ---: | ${models.map(() => '---:').join(' | ')} | ${models.map(() => '---:').join(' | ')} | ${models.map(() => '---:').join(' | ')} |`,
    ...res.images.map(
      (r) =>
        `| ${r.image} | ${f2(r.grey.psnr)} | ${models.map((m) => f2(r[m.key].psnr)).join(' | ')} | ${models.map((m) => f2(r[m.key].deltaE)).join(' | ')} | ${models.map((m) => `${r[m.key].colourfulness.toFixed(1)} / ${r.truthColourfulness.toFixed(1)}`).join(' | ')} |`,
    ),
  ];
}

/** Per group of the held-out split: photos, and each model's mean PSNR gain over grey. */
function groupTable(res) {
  const groups = [...new Set(res.images.map((r) => r.group))].sort();
  return [
    `| source group | photos | ${models.map((m) => `${m.key}: Δ PSNR vs grey, beats grey`).join(' | ')} |`,
    `| --- | ---: | ${models.map(() => '---:').join(' | ')} |`,
    ...groups.map((g) => {
      const rs = res.images.filter((r) => r.group === g);
      return `| ${g} | ${rs.length} | ${models
        .map((m) => {
          const d = mean(rs.map((r) => r[m.key].psnr - r.grey.psnr));
          return `${d >= 0 ? '+' : ''}${f2(d)} dB, ${rs.filter((r) => r[m.key].psnr > r.grey.psnr).length}/${rs.length}`;
        })
        .join(' | ')} |`;
    }),
  ];
}

const colorizers = {};
for (const m of models) colorizers[m.key] = await createColorizer({ model: m.dir });
const kodak = await evaluate('kodak', await kodakSet(), colorizers, !args['no-sheet']);
const held = await heldoutPhotos(args.split, args.photos);
const heldout = held.photos ? await evaluate('heldout', held.photos, colorizers, false) : undefined;
for (const c of Object.values(colorizers)) await c.dispose();
if (!heldout) console.warn(`eval: held-out split NOT evaluated: ${held.missing}`);

for (const [name, res] of [
  ['Kodak', kodak],
  ['held-out split', heldout],
]) {
  if (!res) continue;
  console.log(
    `\n${name} (${res.photos} photos, ${res.seconds.toFixed(1)} s)\n${meanTable(res).join('\n')}`,
  );
  console.log(verdicts(res).join('\n'));
}

const strip = ({ tiles, ...rest }) => rest;
const results = {
  models: models.map((m) => ({
    name: m.key,
    version: m.manifest.version,
    sha256: m.manifest.sha256,
    temperature: m.temperature,
    saturation: m.manifest.decode?.saturation ?? 1,
    confidenceGate: m.manifest.decode?.confidenceGate ?? 0,
    path: rel(m.dir),
  })),
  sets: {
    kodak: { path: rel(kodakDir), ...strip(kodak) },
    heldout: heldout
      ? { path: rel(args.split), ...strip(heldout) }
      : { path: rel(args.split), missing: held.missing },
  },
  pipeline:
    '@klaslab/colorize (Node, onnxruntime-node): greyOf(photo) -> colorize() at the manifest inputSize and decoding settings (temperature, saturation, confidence gate) -> full-resolution RGBA',
  definitions: {
    psnr: 'dB over R, G, B (8-bit, peak 255), full resolution',
    ssim: "mean over R, G, B of SSIM (Wang et al. 2004: 11x11 Gaussian, sigma 1.5, K1 0.01, K2 0.03, L 255), 'valid' windows, no downsampling",
    deltaE: 'CIEDE2000 per pixel against the truth (sRGB 8-bit -> CIELAB D65), mean over the photo',
    colourfulness: 'Hasler & Suesstrunk 2003 M on 8-bit sRGB',
    colourfulnessRatio: 'method / ground truth, per image (means: mean of the per-image ratios)',
    betterThanGrey: 'photos where the method has a higher PSNR than the grey photo',
    sepia: `constant a*=${colour.mean_a}, b*=${colour.mean_b}: mean of ${models[0].key}'s training photos (${rel(join(models[0].dir, 'training-colour.json'))})`,
  },
};
await writeFile(join(args.out, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
const section = (title, res, extra = []) =>
  res
    ? [
        `## ${title} (${res.photos} photos)`,
        '',
        ...meanTable(res),
        '',
        ...verdicts(res).map((v) => `- ${v}`),
        '',
        ...extra,
      ]
    : [`## ${title}`, '', `Not evaluated: ${held.missing}.`, ''];
await writeFile(
  join(args.out, 'results.md'),
  [
    `# ${models.map((m) => `${m.key} ${m.manifest.version}`).join(' and ')} — \`npm run eval:model\``,
    '',
    'Full resolution through the `@klaslab/colorize` Node pipeline, each model at the decoding settings in',
    `its model.json (${models.map((m) => `${m.key}: ${settingsOf(m)}`).join('; ')}; chosen by a rule fixed before`,
    'looking at Kodak, see the model cards). ΔE = mean CIEDE2000 to the truth. SSIM = mean of the R,',
    'G, B channels. The sepia tint is the mean a\\*b\\* of the training photos. Targets (issue #13):',
    'mean PSNR ≥ the grey photo’s, colourfulness ≥ 60% of the truth’s, better than grey on at least',
    'half the photos. Contact sheet: [contact-sheet.png](contact-sheet.png)',
    `(Kodak: grey | ${models.map((m) => m.key).join(' | ')} | ground truth).`,
    '',
    ...section('Kodak', kodak, ['### Per photo', '', ...perImageTable(kodak), '']),
    ...section(
      `Held-out split (${rel(args.split)})`,
      heldout,
      heldout ? ['### Per source group', '', ...groupTable(heldout), ''] : [],
    ),
  ].join('\n'),
);

if (!args['no-sheet']) {
  const sharp = (await import('sharp')).default;
  const W = 256;
  const LABEL = 22;
  const columns = ['grey', ...models.map((m) => m.key)];
  const composites = [];
  let top = 0;
  for (const { name, outputs, truth, row } of kodak.tiles) {
    const h = Math.round((truth.height * W) / truth.width);
    const text = `${name}   grey ${f2(row.grey.psnr)} dB | ${models.map((m) => `${m.key} ${f2(row[m.key].psnr)} dB, ΔE ${f2(row[m.key].deltaE)}`).join(' | ')} | truth`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${(columns.length + 1) * W}" height="${LABEL}"><text x="6" y="16" font-family="DejaVu Sans, sans-serif" font-size="13" fill="#fff">${text}</text></svg>`;
    composites.push({ input: Buffer.from(svg), left: 0, top });
    for (const [i, img] of [...columns.map((c) => outputs[c]), truth].entries()) {
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
  await sharp({
    create: { width: (columns.length + 1) * W, height: top, channels: 3, background: '#222' },
  })
    .composite(composites)
    .png({ compressionLevel: 9, effort: 10 })
    .toFile(join(args.out, 'contact-sheet.png'));
}
console.log(
  `wrote ${rel(join(args.out, 'results.json'))}, results.md${args['no-sheet'] ? '' : ', contact-sheet.png'} (${basename(args.out)})`,
);
