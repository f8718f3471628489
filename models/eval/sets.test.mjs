import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldoutPhotos } from './sets.mjs';

describe('heldoutPhotos', () => {
  let dir;
  const split = () => join(dir, 'split.tsv');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sets-'));
    await mkdir(join(dir, 'photos'));
    const rows = [
      ['a.jpg', 'train', 'tf_flowers', 'flowers'],
      ['b.jpg', 'heldout', 'tf_flowers', 'flowers'],
      ['c.jpg', 'train', 'credited-photos', 'vehicles'],
      ['d.jpg', 'heldout', 'credited-photos', 'buildings'],
    ];
    await writeFile(
      split(),
      `file\tsplit\tgroup\tsubject\n${rows.map((r) => r.join('\t')).join('\n')}\n`,
    );
    for (const [file] of rows) await writeFile(join(dir, 'photos', file), '');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('lists the held-out rows with their group and subject', async () => {
    const { photos } = await heldoutPhotos(split(), join(dir, 'photos'));
    expect(photos.map((p) => [p.name, p.group, p.subject])).toEqual([
      ['b.jpg', 'tf_flowers', 'flowers'],
      ['d.jpg', 'credited-photos', 'buildings'],
    ]);
  });

  it('with a group: every photo of that group, training rows too (rule 2.4)', async () => {
    const { photos } = await heldoutPhotos(split(), join(dir, 'photos'), {
      group: 'credited-photos',
    });
    expect(photos.map((p) => p.name)).toEqual(['c.jpg', 'd.jpg']);
  });

  it('says why there are none: no rows, or photos not fetched', async () => {
    expect(await heldoutPhotos(split(), join(dir, 'photos'), { group: 'scratch' })).toEqual({
      missing: `no scratch rows in ${split()}`,
    });
    const { missing } = await heldoutPhotos(split(), join(dir, 'nowhere'));
    expect(missing).toMatch(
      /^2 of 2 held-out photos are not under .*: run models\/data\/fetch.sh first$/,
    );
  });
});
