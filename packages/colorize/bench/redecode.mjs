// Re-decoding a kept model output (Exploration.recolor: a new temperature, no inference) of a
// 1 MP photo, in Node and in headless Chromium's worker. Printed, never asserted (npm run bench).
// Alone: node bench/redecode.mjs [--runs 20] [--no-browser]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createColorizer, decodeImage, defaultModelPath, greyOf } from '../dist/node/index.js';
import { runInPage, startHarness, toBase64 } from '../test/helpers/browser-harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const kodak = join(here, '../../../../shared/eval/kodak/kodim23.png');
const sample = join(here, '../../elements/assets/samples/windmill.jpg');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

/** A black-and-white photo of about 1 megapixel (1224×816), as RGBA pixels. */
async function photo1mp() {
  const source = existsSync(kodak) ? kodak : sample;
  const png = await sharp(source).resize(1224, 816, { fit: 'fill' }).png().toBuffer();
  return greyOf(await decodeImage(png));
}

export async function benchRedecode({ runs = 20, browser = true } = {}) {
  const image = await photo1mp();
  const mp = ((image.width * image.height) / 1e6).toFixed(2);
  console.log(`Re-decoding a kept output: ${image.width}×${image.height} (${mp} MP), no inference`);
  const colorizer = await createColorizer();
  const exploration = await colorizer.explore(image);
  console.log(
    `  explore (colorize once, keep the output): ${fmt(exploration.result.timings.total)} (infer ${fmt(exploration.result.timings.infer)})`,
  );
  const temperatures = [0.1, 0.2, 0.38, 0.6, 1, 2];
  for (let i = 0; i < 3; i++) await exploration.recolor({ temperature: temperatures[i] });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await exploration.recolor({ temperature: temperatures[i % temperatures.length] });
    times.push(performance.now() - t0);
  }
  console.log(
    `  Node recolor({ temperature }): median ${fmt(median(times))}, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))} over ${runs}`,
  );
  const probes = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await exploration.probe((i * 97) % image.width, (i * 61) % image.height);
    probes.push(performance.now() - t0);
  }
  console.log(`  Node probe(x, y): median ${fmt(median(probes))}`);
  const t0 = performance.now();
  await exploration.alternatives({ count: 3 });
  console.log(
    `  Node alternatives({ count: 3 }) of the kept output: ${fmt(performance.now() - t0)}`,
  );
  await colorizer.dispose();

  if (!browser) return;
  const model = defaultModelPath();
  const harness = await startHarness({ routes: { '/models/': `${dirname(model)}/` } });
  try {
    const { page, context } = await harness.openPage();
    const out = await runInPage(
      page,
      {
        model: '/models/model.json',
        image: { width: image.width, height: image.height, rgba: toBase64(image.data) },
        recolorRuns: runs,
      },
      'explore',
    );
    await context.close();
    if (out.error) throw new Error(JSON.stringify(out.error));
    const ms = out.recolorMs;
    console.log(
      `  Chromium (worker) recolor, page to page: median ${fmt(median(ms))}, min ${fmt(Math.min(...ms))}, max ${fmt(Math.max(...ms))} over ${runs}`,
    );
  } finally {
    await harness.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '20' }, 'no-browser': { type: 'boolean' } },
  });
  await benchRedecode({ runs: Number(values.runs), browser: !values['no-browser'] });
}
