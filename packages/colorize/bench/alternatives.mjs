// How different are the colourings `alternatives()` samples? For the three demo photos and the
// Kodak set (evaluation only), the mean difference between every pair of alternatives: mean |Δ|
// in RGB levels (of 255) and mean CIEDE2000. Printed, never asserted (npm run bench).
// Usage: node bench/alternatives.mjs [--count 3] [--seed 1] [--model default] [--json out.json]
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { colorCloseness } from '@klaslab/core';
import { createColorizer, decodeImage, greyOf } from '../dist/node/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const samples = join(here, '../../elements/assets/samples');
const kodak = join(here, '../../../../shared/eval/kodak');
/** Prints the mean difference between alternatives per photo and per set; returns the rows. */
export async function benchAlternatives(values = {}) {
  values = { count: '3', seed: '1', model: 'default', ...values };
  const photos = [
    ...['windmill.jpg', 'tower.jpg', 'fish.jpg'].map((f) => ({
      set: 'demo',
      path: join(samples, f),
    })),
    ...(existsSync(kodak)
      ? readdirSync(kodak)
          .filter((f) => f.endsWith('.png'))
          .sort()
          .map((f) => ({ set: 'kodak', path: join(kodak, f) }))
      : []),
  ].filter((p) => !values.only || p.path.includes(values.only));

  /** Mean |Δ| over the RGB channels, in levels of 255. */
  function meanAbs(a, b) {
    let sum = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      sum +=
        Math.abs(a.data[i] - b.data[i]) +
        Math.abs(a.data[i + 1] - b.data[i + 1]) +
        Math.abs(a.data[i + 2] - b.data[i + 2]);
    }
    return sum / ((a.data.length / 4) * 3);
  }

  const colorizer = await createColorizer({ model: values.model });
  const options = {
    count: Number(values.count),
    seed: Number(values.seed),
    ...(values.diversity ? { diversity: Number(values.diversity) } : {}),
  };
  console.log(
    `alternatives of ${colorizer.info.name} ${colorizer.info.version}: count ${options.count}, seed ${options.seed}`,
  );
  const rows = [];
  for (const { set, path } of photos) {
    const grey = greyOf(await decodeImage(path));
    const exploration = await colorizer.explore(grey);
    const list = await exploration.alternatives(options);
    let abs = 0;
    let de = 0;
    let pairs = 0;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        abs += meanAbs(list[i].image, list[j].image);
        de += colorCloseness(list[i].image, list[j].image).meanDeltaE;
        pairs++;
      }
    }
    // And against the plain (annealed-mean) colouring, for scale.
    const toMean = colorCloseness(exploration.result.image, list[0].image).meanDeltaE;
    await exploration.dispose();
    const row = {
      set,
      photo: path.split('/').pop(),
      meanAbs: abs / pairs,
      meanDeltaE: de / pairs,
      toMean,
    };
    rows.push(row);
    console.log(
      `  ${set.padEnd(5)} ${row.photo.padEnd(13)} mean |Δ| ${row.meanAbs.toFixed(2).padStart(6)} /255   mean ΔE00 ${row.meanDeltaE.toFixed(2).padStart(6)}   (alt 1 vs plain: ΔE00 ${toMean.toFixed(2)})`,
    );
  }
  await colorizer.dispose();
  for (const set of ['demo', 'kodak']) {
    const r = rows.filter((x) => x.set === set);
    if (r.length === 0) continue;
    const avg = (k) => r.reduce((s, x) => s + x[k], 0) / r.length;
    console.log(
      `  ${set} mean over ${r.length} photos: |Δ| ${avg('meanAbs').toFixed(2)} /255, ΔE00 ${avg('meanDeltaE').toFixed(2)}`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      model: { type: 'string', default: 'default' },
      diversity: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const rows = await benchAlternatives(values);
  if (values.json) await writeFile(values.json, JSON.stringify(rows, null, 2));
}
