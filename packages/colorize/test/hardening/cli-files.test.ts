// Issue #16, cases 1–4, 7, 10 and 14 for klaslab-colorize: outputs checked before anything is
// written, inputs read only when they are regular files, the model's view capped.
import { execFileSync } from 'node:child_process';
import { createReadStream, lstatSync, mkdirSync, openSync, symlinkSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/node/cli-main.js';
import { syntheticImage, writeModel } from '../helpers/onnx-model.js';
import { tempDir } from '../helpers/setup.js';

let dir: string;
let cleanup: () => Promise<void>;
let model: string;

async function photo(path: string, format: 'png' | 'jpeg' | 'gif' = 'png') {
  const img = syntheticImage(24, 16);
  await sharp(Buffer.from(img.data.buffer), { raw: { width: 24, height: 16, channels: 4 } })
    .toFormat(format)
    .toFile(path);
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--model', model], {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t), isTTY: false, columns: 100 },
  });
  return { code, out: out.join(''), err: err.join('') };
}

let n = 0;
const fresh = () => {
  const d = join(dir, `case${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  model = await writeModel(join(dir, 'model'), { inputSize: 32 });
});
afterAll(() => cleanup());

describe('hardening: klaslab-colorize files', () => {
  it('1. -o naming the input through a symlinked folder is refused', async () => {
    const d = fresh();
    mkdirSync(join(d, 'real'));
    await photo(join(d, 'real/b.png'));
    symlinkSync(join(d, 'real'), join(d, 'link'));
    const before = await readFile(join(d, 'real/b.png'));
    const r = await cli([join(d, 'link/b.png'), '-o', join(d, 'real/b.png')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('OUTPUT_IS_INPUT');
    expect(await readFile(join(d, 'real/b.png'))).toEqual(before);
  });

  it('2. a FIFO output with a reader is written into, never renamed over', async () => {
    const d = fresh();
    await photo(join(d, 'a.png'));
    execFileSync('mkfifo', [join(d, 'out.png')]);
    // A reader open before the run: O_RDWR opens a FIFO without blocking on Linux.
    const reader = createReadStream('', { fd: openSync(join(d, 'out.png'), 'r+') });
    const chunks: Buffer[] = [];
    const received = new Promise<void>((done) =>
      reader.on('data', (c) => {
        chunks.push(c as Buffer);
        if (Buffer.concat(chunks).includes('IEND')) done();
      }),
    );
    const r = await cli([join(d, 'a.png'), '-o', join(d, 'out.png')]);
    await received;
    reader.destroy();
    expect(r.code, r.err).toBe(0);
    expect(lstatSync(join(d, 'out.png')).isFIFO()).toBe(true);
    expect(Buffer.concat(chunks).subarray(1, 4).toString()).toBe('PNG');
  });

  it.skipIf(process.getuid?.() !== 0)(
    '2. a character device output is not replaced (root: mknod)',
    async () => {
      const d = fresh();
      await photo(join(d, 'a.png'));
      execFileSync('mknod', [join(d, 'null.png'), 'c', '1', '3']);
      const r = await cli([join(d, 'a.png'), '-o', join(d, 'null.png')]);
      expect(r.code, r.err).toBe(0);
      expect(lstatSync(join(d, 'null.png')).isCharacterDevice()).toBe(true);
    },
  );

  it('3. a file of the user in the input folder is not overwritten', async () => {
    const d = fresh();
    await photo(join(d, 'x.png'));
    await writeFile(join(d, '.x.png'), 'hidden file, skipped by the folder walk');
    const r = await cli([d, '-o', d]);
    // x.png → x-colorized.png (ours); nothing else of the user's is touched
    expect(r.code, r.err).toBe(0);
    expect(await readFile(join(d, '.x.png'), 'utf8')).toBe(
      'hidden file, skipped by the folder walk',
    );
    // Another photo named .x.png, colorized into that folder, would replace the skipped file.
    mkdirSync(join(d, 'elsewhere'));
    await photo(join(d, 'elsewhere/.x.png'));
    const again = await cli([d, join(d, 'elsewhere/.x.png'), '-o', d]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('OUTPUT_INSIDE_INPUT');
  });

  it('4. d1/x.png and d2/x.png into one folder collide before anything is written', async () => {
    const d = fresh();
    mkdirSync(join(d, 'd1'));
    mkdirSync(join(d, 'd2'));
    await photo(join(d, 'd1/x.png'));
    await photo(join(d, 'd2/x.png'));
    const r = await cli([join(d, 'd1/x.png'), join(d, 'd2/x.png'), '-o', join(d, 'out'), '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, error: { code: 'OUTPUT_COLLISION' } });
    expect(() => lstatSync(join(d, 'out/x.png'))).toThrow();
  });

  it('4. x.png and x.gif (written as PNG) collide too', async () => {
    const d = fresh();
    await photo(join(d, 'x.png'));
    await photo(join(d, 'x.gif'), 'gif');
    const r = await cli([join(d, 'x.png'), join(d, 'x.gif'), '-o', join(d, 'out')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('OUTPUT_COLLISION');
  });

  it('7. a FIFO and /dev/zero as input get FILE_NOT_REGULAR per file, without blocking', async () => {
    const d = fresh();
    execFileSync('mkfifo', [join(d, 'pipe.png')]);
    const r = await cli([join(d, 'pipe.png'), '/dev/zero', '-o', join(d, 'out'), '--json']);
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.out).results.map((x: { error?: { code: string } }) => x.error?.code);
    expect(codes).toEqual(['FILE_NOT_REGULAR', 'FILE_NOT_REGULAR']);
  });

  it('10. --size beyond the cap is a usage error, not 110 s and 6.4 GB', async () => {
    const d = fresh();
    await photo(join(d, 'a.png'));
    const r = await cli([join(d, 'a.png'), '--size', '4096', '-o', join(d, 'o.png'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results[0].error).toMatchObject({ code: 'COLORIZE_BAD_OPTION' });
    expect(JSON.parse(r.out).results[0].error.message).toContain('at most 1024');
  });

  it('14. a JPEG with damaged scan data is an error, not a garbage picture', async () => {
    const d = fresh();
    const w = 256;
    const raw = Buffer.alloc(w * w * 3);
    for (let i = 0; i < raw.length; i++) raw[i] = ((i * 7919) % 251) ^ (i >> 9);
    const jpeg = Buffer.from(
      await sharp(raw, { raw: { width: w, height: w, channels: 3 } })
        .jpeg()
        .toBuffer(),
    );
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    for (let i = sos + 117; i < jpeg.length - 2; i += 97) jpeg[i]! ^= 0x01;
    await writeFile(join(d, 'damaged.jpg'), jpeg);
    const r = await cli([join(d, 'damaged.jpg'), '-o', join(d, 'o.png'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).results[0].error).toMatchObject({ code: 'IMAGE_DECODE_FAILED' });
    expect(() => lstatSync(join(d, 'o.png'))).toThrow();
  });
});
