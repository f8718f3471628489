// The evaluation sets, shared by eval.mjs (the official numbers) and select.mjs (the choice of
// weights and temperature): Kodak, and the held-out split of the training data.
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Kodak's PNG photos in `dir` ([] when there are none). */
export async function kodakPhotos(dir) {
  const files = (await readdir(dir).catch(() => [])).filter((f) => /\.png$/i.test(f)).sort();
  return files.map((f) => ({ name: f.replace(/\.png$/i, ''), path: join(dir, f) }));
}

/**
 * The held-out photos of split.tsv (file, split, group, subject) under `photosDir`, or with
 * `group` every photo of that group, training rows too: `{ photos }`, or `{ missing }` saying why
 * there are none (no rows, or photos not fetched).
 */
export async function heldoutPhotos(splitPath, photosDir, { group: only } = {}) {
  const text = await readFile(splitPath, 'utf8').catch(() => '');
  const rows = text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  const held = rows.filter((r) => (only ? r[2] === only : r[1] === 'heldout'));
  if (held.length === 0)
    return { missing: `no ${only ? `${only} rows` : 'held-out rows'} in ${splitPath}` };
  const present = [];
  for (const [file, , group, subject] of held) {
    const path = join(photosDir, file);
    if (
      await access(path).then(
        () => true,
        () => false,
      )
    )
      present.push({ name: file, path, group, subject });
  }
  if (present.length < held.length) {
    return {
      missing: `${held.length - present.length} of ${held.length} held-out photos are not under ${photosDir}: run models/data/fetch.sh first`,
    };
  }
  return { photos: present };
}
