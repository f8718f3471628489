#!/usr/bin/env node
// Makes the greyscale sample photos in assets/samples/ from the Kodak test set (released by Kodak
// for unrestricted use) in ../shared/eval/kodak/. Run once by a maintainer; the output is committed.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const from = join(here, '../../../../shared/eval/kodak');
const to = join(here, '../assets/samples');
await mkdir(to, { recursive: true });
for (const name of ['kodim23', 'kodim03', 'kodim19']) {
  await sharp(join(from, `${name}.png`))
    .resize({ width: 384, height: 384, fit: 'inside' })
    .grayscale()
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(join(to, `${name}.jpg`));
}
