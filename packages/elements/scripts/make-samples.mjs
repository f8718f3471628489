#!/usr/bin/env node
// Makes the greyscale sample photos in assets/samples/ from three photos that the default model
// held out from training (models/klaslab-tiny/heldout.json), so the demo does not flatter the model
// with pictures it has seen. Needs models/data/photos (run models/data/fetch.sh first). Run once by
// a maintainer; the output is committed. Licences and authors: assets/samples/LICENSE.md.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const photos = join(here, '../../../models/data/photos');
const to = join(here, '../assets/samples');
const SOURCES = {
  fish: 'gcompris-qt-data/src_activities_categorization_resource_images_fishes_fish3-24934f.jpg',
  tower:
    'gcompris-qt-data/src_activities_categorization_resource_images_monuments_leaningTowerOfPisa-266ce9.jpg',
  windmill:
    'gcompris-qt-data/src_activities_categorization_resource_images_renewable_windmill5-b6654d.jpg',
};
await mkdir(to, { recursive: true });
for (const [name, source] of Object.entries(SOURCES)) {
  await sharp(join(photos, source))
    .resize({ width: 384, height: 384, fit: 'inside', withoutEnlargement: true })
    .grayscale()
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(join(to, `${name}.jpg`));
}
