// The README's Node example, runnable with the bundled model and no photo of your own:
//   npm run build --workspace @klaslab/colorize && node packages/colorize/examples/node.mjs [photo]
// Without an argument it draws a small black-and-white test image first (with sharp).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colorizeFile, createColorizer } from '@klaslab/colorize';
import sharp from 'sharp';

const dir = await mkdtemp(join(tmpdir(), 'klaslab-colorize-'));
let input = process.argv[2];
if (!input) {
  // A grey 128×96 gradient with a bright disc: enough for the model to guess some colours.
  const width = 128;
  const height = 96;
  const grey = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const disc = (x - 80) ** 2 + (y - 40) ** 2 < 400;
      grey[y * width + x] = disc ? 230 : Math.round(40 + (160 * y) / height);
    }
  }
  input = join(dir, 'grey.png');
  await sharp(grey, { raw: { width, height, channels: 1 } })
    .png()
    .toFile(input);
}

const colorizer = await createColorizer(); // the bundled KlasLab-small model
console.log(`model ${colorizer.info.name} ${colorizer.info.version} (${colorizer.info.family})`);

const result = await colorizer.colorize(input, { saturation: 1 });
const { width, height, data } = result.image; // RGBA at the original size
console.log(
  `colorized ${width}×${height} (${data.length} bytes RGBA) in ${result.timings.total.toFixed(0)} ms`,
);

// Several plausible colourings of the same pixels, reproducible with a seed.
const variants = await colorizer.alternatives(result.image, { count: 3, seed: 1 });
console.log(`${variants.length} alternatives`);

// File to file: grey | colorized side by side.
const output = join(dir, 'compare.png');
await colorizeFile(input, output, { colorizer, compare: true });
console.log(`wrote ${output} (${(await readFile(output)).length} bytes)`);
await colorizer.dispose();
