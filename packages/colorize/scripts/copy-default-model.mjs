#!/usr/bin/env node
// Bundles the default model into the package: copies models/klaslab-tiny/{model.onnx, model.json,
// MODEL_CARD.md} from the repository root to packages/colorize/models/default/ when they exist,
// after checking the sha256 in model.json. Runs after tsup in `npm run build`.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Copies a model folder (model.json + the file it names + its model card) to `to`.
 * @param {string} from @param {string} to @returns {Promise<boolean>} false when `from` has no model
 */
export async function copyDefaultModel(from, to) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(from, 'model.json'), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return false;
    throw error;
  }
  const bytes = await readFile(join(from, manifest.file));
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== manifest.sha256) {
    throw new Error(
      `${join(from, manifest.file)}: sha256 ${sha} does not match model.json (${manifest.sha256})`,
    );
  }
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  await copyFile(join(from, 'model.json'), join(to, 'model.json'));
  await copyFile(join(from, manifest.file), join(to, manifest.file));
  if (manifest.modelCard) {
    await copyFile(join(from, manifest.modelCard), join(to, manifest.modelCard)).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const from = resolve(root, '../../models/klaslab-tiny');
  const copied = await copyDefaultModel(from, join(root, 'models/default'));
  console.log(
    copied
      ? `@klaslab/colorize: bundled the default model from ${from}`
      : '@klaslab/colorize: no models/klaslab-tiny yet; the package builds without a default model',
  );
}
