#!/usr/bin/env node
// Builds the optional asset folder of <ai-gallery>, <ai-quiz> and <ai-training-data>:
// packages/elements/assets/gallery/ (photos/, quiz/, training/, gallery.json, training.json,
// ATTRIBUTION.md). From a fresh clone, after `npm ci && npx turbo run build`:
//
//   node packages/elements/scripts/gallery/build.mjs [--debs DIR] [--cache DIR] [--draft]
//
// 1. fetches the Debian packages the candidates come from (apt-get download; or .debs in --debs),
// 2. reads each candidate's author and licence (sources.mjs) and checks it is not training data,
// 3. makes its pictures (prepare.mjs: ≤ 512 px, JPEG q80; derived ones say how),
// 4. colorizes each with the default model (klaslab-small through @klaslab/colorize in Node, its
//    own temperature) and measures PSNR, PSNR of grey, mean ΔE2000, colourfulness, confidence,
// 5. selects the gallery by the rules in select.mjs and writes the quiz's colorizations (with the
//    model's sha256, which the tests compare with the shipped model),
// 6. writes small thumbnails of training photos per subject for the training-data view.
// Discussion questions come from texts.mjs; a chosen photo without them stops the build unless
// --draft (used once, to see what the rules choose).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createColorizer, greyOf } from '@klaslab/colorize';
import { rgbaToLab } from '@klaslab/core';
import sharp from 'sharp';
import { colourfulness, deltaE2000Image, mean, psnr } from '../../../../models/eval/metrics.mjs';
import { CANDIDATES, GROUPS } from './candidates.mjs';
import { DERIVATIONS, derive, jpeg, load } from './prepare.mjs';
import { QUIZ_RULE, quizPool, RULES, SURE_BUT_WRONG_RULE, selectGallery } from './select.mjs';
import { licenceOf, readSource, readTsv, splitOf, unpack, versionOf } from './sources.mjs';
import { QUESTIONS } from './texts.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../../../..');
const PKG = resolve(HERE, '../..');
const { values: args } = parseArgs({
  options: {
    debs: { type: 'string' },
    cache: { type: 'string', default: join(REPO, 'node_modules/.cache/klaslab-gallery') },
    out: { type: 'string', default: join(PKG, 'assets/gallery') },
    draft: { type: 'boolean', default: false },
  },
});
const cache = resolve(args.cache);
const debs = args.debs && resolve(args.debs);
const out = resolve(args.out);

const MODEL_DIR = join(REPO, 'models/klaslab-small');
const model = JSON.parse(await readFile(join(MODEL_DIR, 'model.json'), 'utf8'));
const modelBytes = await readFile(join(MODEL_DIR, model.file));
const sha256 = createHash('sha256').update(modelBytes).digest('hex');
if (sha256 !== model.sha256) throw new Error(`GALLERY_MODEL_CHANGED: ${model.file} sha256 differs`);
const temperature = model.decode?.temperature;
const manifestRows = readTsv(await readFile(join(REPO, 'models/data/manifest.tsv'), 'utf8'));
const splitRows = readTsv(await readFile(join(REPO, 'models/data/split.tsv'), 'utf8'));

const LICENCE_URLS = {
  'CC-BY-SA-3.0': 'https://creativecommons.org/licenses/by-sa/3.0/',
  'CC-BY-SA-2.5': 'https://creativecommons.org/licenses/by-sa/2.5/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-SA-2.0': 'https://creativecommons.org/licenses/by-sa/2.0/',
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-3.0': 'https://creativecommons.org/licenses/by/3.0/',
  'CC-BY-2.0': 'https://creativecommons.org/licenses/by/2.0/',
  'CC-BY-1.0': 'https://creativecommons.org/licenses/by/1.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'public-domain': 'https://creativecommons.org/publicdomain/mark/1.0/',
};

const colorizer = await createColorizer({ model: join(MODEL_DIR, 'model.json') });
const round = (v, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** Colorizes `input` (grey of it) and measures the result against `truth`. */
async function measure(input, truth) {
  const grey = greyOf(input);
  const result = await colorizer.colorize(grey, temperature === undefined ? {} : { temperature });
  const truthLab = rgbaToLab(truth);
  return {
    image: result.image,
    measures: {
      psnr: round(psnr(result.image.data, truth.data)),
      psnrGrey: round(psnr(grey.data, truth.data)),
      deltaE: round(mean(deltaE2000Image(rgbaToLab(result.image), truthLab))),
      colourfulness: round(colourfulness(result.image.data), 1),
      truthColourfulness: round(colourfulness(truth.data), 1),
      confidence: round(mean(Array.from(result.confidence?.data ?? [])), 3),
    },
  };
}

/** A picture as the browser will decode it: through the JPEG the gallery ships. */
async function viaJpeg(pic) {
  const bytes = await jpeg(pic);
  const { data, info } = await sharp(bytes)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    bytes,
    pic: { data: new Uint8ClampedArray(data), width: info.width, height: info.height },
  };
}

// 1–4: every candidate, measured.
const measured = [];
for (const c of CANDIDATES) {
  if (!GROUPS.includes(c.group)) throw new Error(`GALLERY_GROUP_UNKNOWN: ${c.id} (${c.group})`);
  const root = await unpack(c.pkg, cache, debs);
  const split = splitOf(c, manifestRows, splitRows);
  if (split === 'train' && !c.allowTraining)
    throw new Error(`GALLERY_TRAINING_PHOTO: ${c.id} is in the training split`);
  const who = await licenceOf(c, root, manifestRows);
  const bytes = await readSource(root, c.path, cache, REPO);
  const { truth, input } = await derive(await load(bytes, { cutout: c.cutout }), c.derive);
  const t = await viaJpeg(truth);
  const i = input === truth ? t : await viaJpeg(input);
  const { image, measures } = await measure(i.pic, t.pic);
  measured.push({
    ...c,
    derive: c.derive ?? '',
    split,
    who,
    version: versionOf(c.pkg, cache, debs),
    truth: t,
    input: input === truth ? undefined : i,
    colorized: image,
    measures,
  });
  console.log(
    `${c.group.padEnd(16)} ${c.id.padEnd(26)} ${t.pic.width}x${t.pic.height} PSNR ${measures.psnr} (grey ${measures.psnrGrey}) ΔE ${measures.deltaE} conf ${measures.confidence} colour ${measures.colourfulness}/${measures.truthColourfulness}`,
  );
}

// 5: selection, texts, files.
const chosen = selectGallery(measured);
const missing = [...chosen.values()].flat().filter((c) => !QUESTIONS[c.id]);
if (missing.length && !args.draft)
  throw new Error(
    `GALLERY_QUESTIONS_MISSING: no discussion questions in texts.mjs for ${missing.map((c) => c.id).join(', ')}`,
  );

await rm(out, { recursive: true, force: true });
for (const dir of ['photos', 'quiz', 'training']) await mkdir(join(out, dir), { recursive: true });

const credit = (c) => ({
  author: c.who.author,
  licence: c.who.licence,
  licenceUrl: LICENCE_URLS[c.who.licence],
  licenceSource: c.who.licenceSource,
  source: {
    package: c.pkg,
    version: c.version,
    path: c.path,
    url: `https://packages.debian.org/bookworm/${c.pkg}`,
  },
  derived: c.derive ? DERIVATIONS[c.derive].how : null,
  modelSplit: c.split,
});

const photos = [];
for (const group of GROUPS)
  for (const c of chosen.get(group) ?? []) {
    const file = `photos/${c.id}.jpg`;
    await writeFile(join(out, file), c.truth.bytes);
    let input;
    if (c.input) {
      input = `photos/${c.id}-input.jpg`;
      await writeFile(join(out, input), c.input.bytes);
    }
    photos.push({
      id: c.id,
      group,
      file,
      ...(input ? { input } : {}),
      width: c.truth.pic.width,
      height: c.truth.pic.height,
      title: c.title,
      ...credit(c),
      measures: c.measures,
      questions: QUESTIONS[c.id] ?? null,
    });
  }

// The quiz: anonymous file names (q01.jpg …) in a fixed shuffled order, so a name gives no hint.
const pool = quizPool(measured);
let seed = 2026;
const shuffled = pool
  .map((p) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return { p, key: seed };
  })
  .sort((a, b) => a.key - b.key)
  .map(({ p }) => p);
const quiz = [];
for (const [n, { candidate: c, answer }] of shuffled.entries()) {
  const file = `quiz/q${String(n + 1).padStart(2, '0')}.jpg`;
  const pic = answer === 'colorized' ? c.colorized : c.truth.pic;
  await writeFile(join(out, file), await jpeg(pic));
  quiz.push({
    file,
    answer,
    photo: c.id,
    title: c.title,
    ...credit(c),
    // A colorization is an adaptation: CC BY(-SA) asks to say so.
    ...(answer === 'colorized'
      ? {
          derived: `grey version colorized by ${model.name} ${model.version} (sha256 ${sha256.slice(0, 12)})`,
        }
      : {}),
    measures: c.measures,
  });
}

// 6: thumbnails of training photos per subject, from the packages above (tf_flowers' photos come
// from GitHub, not Debian: the flowers subject shows Scratch's flower photos).
const facts = JSON.parse(await readFile(join(MODEL_DIR, 'facts.json'), 'utf8'));
const thumbs = [];
for (const subject of facts.subjects) {
  const rows = splitRows
    .filter((s) => s.split === 'train' && s.subject === subject.id)
    .map((s) => manifestRows.find((m) => m.file === s.file))
    .filter((m) => m && ['scratch', 'gcompris-qt-data', 'python3-skimage'].includes(m.package))
    .sort((a, b) => (a.file < b.file ? -1 : 1))
    .slice(0, 3);
  for (const [k, m] of rows.entries()) {
    const root = await unpack(m.package, cache, debs);
    const cutout = m.source_path.endsWith('#cutout-on-grey.jpg');
    const path = m.source_path.replace('#cutout-on-grey.jpg', '');
    const source =
      m.package === 'gcompris-qt-data'
        ? `rcc:usr/share/gcompris-qt/rcc/${path.split('/')[2]}.rcc!gcompris/${path}`
        : path;
    const pic = await load(await readSource(root, source, cache, REPO), { cutout });
    const file = `training/${subject.id.replace(/\W+/g, '-')}-${k + 1}.jpg`;
    await writeFile(
      join(out, file),
      await sharp(pic.data, { raw: { width: pic.width, height: pic.height, channels: 4 } })
        .removeAlpha()
        .resize(160, 160, { fit: 'inside' })
        .jpeg({ quality: 75, mozjpeg: true })
        .toBuffer(),
    );
    thumbs.push({
      subject: subject.id,
      file,
      author: m.author,
      licence: m.licence,
      licenceUrl: LICENCE_URLS[m.licence],
      source: { package: m.package, version: m.version, path: m.source_path, url: m.url },
    });
  }
}

const modelInfo = { name: model.name, version: model.version, sha256, temperature };
await writeFile(
  join(out, 'gallery.json'),
  `${JSON.stringify(
    {
      schema: 1,
      model: modelInfo,
      measured:
        'each candidate colorized from its grey (L* only) at the model temperature, through @klaslab/colorize in Node, compared with the true colours as shipped (JPEG q80): PSNR (RGB, dB), PSNR of the grey picture, mean CIEDE2000, colourfulness (Hasler & Süsstrunk) of the colorization and of the truth, mean confidence (1 − normalised entropy)',
      rules: {
        ...Object.fromEntries(Object.entries(RULES).map(([g, r]) => [g, r.rule])),
        'sure-but-wrong': SURE_BUT_WRONG_RULE,
      },
      groups: GROUPS,
      photos,
      candidates: measured.map((c) => ({
        id: c.id,
        group: c.group,
        derived: c.derive || null,
        chosen: photos.some((p) => p.id === c.id),
        measures: c.measures,
      })),
      quiz: { rule: QUIZ_RULE, precomputed: true, items: quiz },
    },
    null,
    1,
  )}\n`,
);
await writeFile(
  join(out, 'training.json'),
  `${JSON.stringify({ schema: 1, model: modelInfo, thumbnails: thumbs }, null, 1)}\n`,
);

const line = (x) =>
  `| ${x.file} | ${x.title?.en ?? x.subject} | ${x.author} | ${x.licence} | ${x.source.package} ${x.source.version ?? ''}: ${x.source.path} | ${x.derived ?? '—'} |`;
await writeFile(
  join(out, 'ATTRIBUTION.md'),
  [
    '# Gallery, quiz and training-data pictures: authors and licences',
    '',
    'Built by `packages/elements/scripts/gallery/build.mjs` from Debian packages (bookworm). Every',
    'picture keeps its own licence (public domain, CC0, CC BY or CC BY-SA); pictures marked as derived',
    'were changed as the last column says, and CC BY-SA ones are shared under the same licence.',
    'gallery.json and training.json hold the same information per file, with licence links.',
    '',
    '| file | title | author | licence | source | derived |',
    '| --- | --- | --- | --- | --- | --- |',
    ...photos.map(line),
    ...quiz.map(line),
    ...thumbs.map(line),
    '',
  ].join('\n'),
);
// The repository's formatter owns the layout of committed JSON and Markdown.
execFileSync('npx', ['biome', 'format', '--write', out], { cwd: REPO, stdio: 'ignore' });
console.log(
  `gallery: ${photos.length} photos in ${GROUPS.length} groups, ${quiz.length} quiz pictures, ${thumbs.length} training thumbnails → ${out}`,
);
await colorizer.dispose?.();
