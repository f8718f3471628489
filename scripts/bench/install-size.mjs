#!/usr/bin/env node
// node_modules of fresh consumer projects installed from the packed tarballs (npm run bench):
// a website (@klaslab/elements), a browser app (@klaslab/colorize alone) and a Node script
// (@klaslab/colorize with its optional engines onnxruntime-node and sharp). Figures, never asserted.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  folderBytes,
  installConsumer,
  installedPackages,
  packWorkspace,
} from '../lib/consumer.mjs';
import { ROOT, table } from '../lib/workspace.mjs';

const colorize = JSON.parse(await readFile(join(ROOT, 'packages/colorize/package.json'), 'utf8'));
const work = await mkdtemp(join(tmpdir(), 'klaslab-install-size-'));
const CASES = [
  ['website: @klaslab/elements', ['@klaslab/elements']],
  ['browser app: @klaslab/colorize', ['@klaslab/colorize']],
  [
    'Node: @klaslab/colorize + onnxruntime-node + sharp',
    ['@klaslab/colorize', 'onnxruntime-node', 'sharp'],
  ],
];
try {
  const tarballs = await packWorkspace(join(work, 'packs'));
  const rows = [];
  for (const [label, wanted] of CASES) {
    const folder = join(work, String(rows.length));
    await installConsumer(folder, wanted, tarballs, colorize.devDependencies);
    const names = await installedPackages(folder);
    const engines = names.filter((n) => /^(onnxruntime-node|sharp)$/.test(n));
    const mb = (await folderBytes(join(folder, 'node_modules'))) / 1e6;
    rows.push([label, mb.toFixed(1), String(names.length), engines.join(', ') || '—']);
  }
  console.log('\nnode_modules of a fresh consumer project (from the packed tarballs)\n');
  console.log(table(['project', 'MB', 'packages', 'Node engines'], rows, ['l', 'r', 'r', 'l']));
} finally {
  await rm(work, { recursive: true, force: true });
}
