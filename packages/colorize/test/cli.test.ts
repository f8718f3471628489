import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/node/cli-main.js';
import { syntheticImage, writeModel } from './helpers/onnx-model.js';
import { tempDir } from './helpers/setup.js';

let dir: string;
let cleanup: () => Promise<void>;
let model: string;

async function photo(path: string, width = 40, height = 30, alpha = false) {
  const img = syntheticImage(width, height, { alpha });
  await sharp(Buffer.from(img.data.buffer), { raw: { width, height, channels: 4 } }).toFile(path);
}

function io(tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t), isTTY: tty, columns: 100 },
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  model = await writeModel(join(dir, 'model'), { inputSize: 32 });
});
afterAll(() => cleanup());

describe('klaslab-colorize', () => {
  it('colorizes one file beside its input, never touching the input', async () => {
    const input = join(dir, 'one.jpg');
    await photo(input);
    const before = await readFile(input);
    const t = io();
    expect(await main([input, '--model', model], t.io)).toBe(0);
    expect(await sharp(join(dir, 'one-colorized.jpg')).metadata()).toMatchObject({
      width: 40,
      height: 30,
      format: 'jpeg',
    });
    expect(await readFile(input)).toEqual(before);
    expect(t.err()).toContain('one-colorized.jpg');
    // -o to a file, in another format
    expect(await main([input, '--model', model, '-o', join(dir, 'one-out.webp')], io().io)).toBe(0);
    expect((await sharp(join(dir, 'one-out.webp')).metadata()).format).toBe('webp');
    // -o naming the input itself is refused
    const refuse = io();
    expect(await main([input, '--model', model, '-o', input], refuse.io)).toBe(2);
    expect(refuse.err()).toContain('OUTPUT_IS_INPUT');
    expect(await readFile(input)).toEqual(before);
  });

  it('handles folders with a progress bar, --compare and --json', async () => {
    const folder = join(dir, 'album');
    await mkdir(folder);
    await photo(join(folder, 'a.png'), 40, 30, true);
    await photo(join(folder, 'b.jpg'), 24, 48);
    await writeFile(join(folder, 'notes.txt'), 'not a photo');
    const t = io(true);
    expect(await main([folder, '--model', model, '-o', join(dir, 'out')], t.io)).toBe(0);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['a.png', 'b.jpg']);
    expect(t.err()).toMatch(/\[#+\] 2\/2 done/);
    // --compare: grey | colorized, twice as wide.
    const c = io();
    expect(await main([join(folder, 'a.png'), '--model', model, '--compare', '--json'], c.io)).toBe(
      0,
    );
    const report = JSON.parse(c.out());
    expect(report).toMatchObject({ ok: true, model: { family: 'lab-ab-classification' } });
    expect(report.results[0]).toMatchObject({
      width: 40,
      height: 30,
      output: join(folder, 'a-compare.png'),
    });
    expect(Object.keys(report.results[0].timings).sort()).toEqual([
      'decode',
      'encode',
      'infer',
      'post',
      'pre',
      'total',
    ]);
    const meta = await sharp(join(folder, 'a-compare.png')).metadata();
    expect([meta.width, meta.height, meta.hasAlpha]).toEqual([80, 30, true]);
    // Re-running on the folder skips our own outputs.
    const again = io();
    expect(await main([folder, '--model', model, '--json'], again.io)).toBe(0);
    expect(JSON.parse(again.out()).results.map((r: { input: string }) => r.input)).toEqual([
      join(folder, 'a.png'),
      join(folder, 'b.jpg'),
    ]);
  });

  it('reports per-file failures with exit 1 and keeps going', async () => {
    const good = join(dir, 'good.png');
    await photo(good);
    const bad = join(dir, 'bad.png');
    await writeFile(bad, 'garbage');
    const t = io();
    expect(
      await main(
        [bad, good, join(dir, 'missing.png'), '--model', model, '-o', join(dir, 'mixed'), '--json'],
        t.io,
      ),
    ).toBe(1);
    const report = JSON.parse(t.out());
    expect(report.ok).toBe(false);
    expect(report.results.map((r: { error?: { code: string } }) => r.error?.code ?? 'ok')).toEqual([
      'IMAGE_DECODE_FAILED',
      'ok',
      'IMAGE_NOT_FOUND',
    ]);
  });

  it('exits 2 on usage errors and 1 on a bad model', async () => {
    const u = io();
    expect(await main([], u.io)).toBe(2);
    expect(u.err()).toContain('--help');
    expect(await main(['x.png', '--size', 'big'], io().io)).toBe(2);
    expect(await main(['x.png', '--bogus'], io().io)).toBe(2);
    const m = io();
    expect(await main([join(dir, 'good.png'), '--model', join(dir, 'no-model')], m.io)).toBe(1);
    expect(m.err()).toContain('MODEL_NOT_FOUND');
    const h = io();
    expect(await main(['--help'], h.io)).toBe(0);
    expect(h.out()).toContain('Usage: klaslab-colorize');
    const v = io();
    expect(await main(['--version'], v.io)).toBe(0);
    expect(v.out()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('runs as the built bin', async () => {
    const bin = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));
    expect(existsSync(bin), 'build the package first (npm test does)').toBe(true);
    const input = join(dir, 'bin.png');
    await photo(input);
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      input,
      '--model',
      model,
      '--json',
      '--size',
      '64',
    ]);
    expect(JSON.parse(stdout).results[0].output).toBe(join(dir, 'bin-colorized.png'));
    const failed = await promisify(execFile)(process.execPath, [bin]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 2 });
  });
});
