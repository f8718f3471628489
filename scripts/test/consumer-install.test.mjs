// A website's install: a fresh project installs @klaslab/elements (and @klaslab/colorize for the
// browser) from the packed tarballs and must get no Node engines (onnxruntime-node, sharp and its
// @img binaries). In that project, Node code asking for a colorizer gets a coded error naming the
// package to install. Needs the builds (npm test builds first) and npm's cache or registry.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumer, installedPackages, packWorkspace } from '../lib/consumer.mjs';
import { ROOT } from '../lib/workspace.mjs';

const run = promisify(execFile);
const built = existsSync(join(ROOT, 'packages/elements/dist/klaslab-elements.js'));
const NODE_ENGINES = /^(onnxruntime-node|sharp|@img\/.*)$/;

let work;
let web;

beforeAll(async () => {
  if (!built) return;
  work = await mkdtemp(join(tmpdir(), 'klaslab-consumer-'));
  const tarballs = await packWorkspace(join(work, 'packs'));
  web = join(work, 'web');
  await installConsumer(web, ['@klaslab/elements', '@klaslab/colorize'], tarballs);
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!built)('a website installs the packed packages', () => {
  it('gets no onnxruntime-node and no sharp', async () => {
    const installed = await installedPackages(web);
    expect(installed).toContain('@klaslab/elements');
    expect(installed).toContain('onnxruntime-web');
    expect(installed.filter((name) => NODE_ENGINES.test(name))).toEqual([]);
  });

  it('in Node, a colorizer asks for the missing engine by name', async () => {
    const script =
      "import('@klaslab/colorize').then((m) => m.createColorizer()).then(() => console.log('{}'), (e) => console.log(JSON.stringify({ code: e.code, message: e.message, details: e.details })))";
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: web,
    });
    const error = JSON.parse(stdout);
    expect(error.code).toBe('COLORIZE_NODE_ENGINE_MISSING');
    expect(error.message).toContain('npm install onnxruntime-node');
    expect(error.details.package).toBe('onnxruntime-node');
  });
});
