#!/usr/bin/env node
// Bundles the models into the package: copies models/klaslab-small/ (the default) and
// models/klaslab-tiny/ ({model.onnx, model.json, MODEL_CARD.md, ATTRIBUTION.tsv, …}) from the
// repository root to packages/colorize/models/default/ and models/klaslab-tiny/ when they exist,
// after checking the sha256 in model.json. The weights are CC-BY-SA-4.0 and need
// their attribution list beside them. Runs after tsup in `npm run build`.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files that travel with the weights when the model folder has them (licence attribution; the
 * explainers' facts about the training data). */
export const COMPANION_FILES = ['ATTRIBUTION.tsv', 'facts.json'];

/**
 * Copies a model folder (model.json + the file it names + its model card + {@link COMPANION_FILES})
 * to `to`.
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
  const extras = [manifest.modelCard ?? 'MODEL_CARD.md', ...COMPANION_FILES];
  for (const name of extras) {
    await copyFile(join(from, name), join(to, name)).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  return true;
}

/**
 * The repository's model folders bundled into the package's `models/`: the default (KlasLab-small)
 * and KlasLab-tiny, loadable by name (src/core/bundled-models.ts maps the names to these folders).
 */
export const BUNDLED = [
  { from: 'klaslab-small', to: 'default' },
  { from: 'klaslab-tiny', to: 'klaslab-tiny' },
];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const { from: name, to } of BUNDLED) {
    const from = resolve(root, '../../models', name);
    const copied = await copyDefaultModel(from, join(root, 'models', to));
    console.log(
      copied
        ? `@klaslab/colorize: bundled ${name} from ${from} as models/${to}/`
        : `@klaslab/colorize: no models/${name} yet; the package builds without it`,
    );
  }
}
