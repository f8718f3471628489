// Issue #16: a bounded fuzz of klaslab-colorize's arguments. Every run ends with 0, 1 or 2 (130
// when interrupted), never throws, never prints a stack trace, and never touches its inputs.
// Bounded by numRuns; no timing assertions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/node/cli-main.js';
import { syntheticImage, writeModel } from '../helpers/onnx-model.js';
import { tempDir } from '../helpers/setup.js';

let dir: string;
let cleanup: () => Promise<void>;
let model: string;
let photo: Buffer;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  model = await writeModel(join(dir, 'model'), { inputSize: 32 });
  const img = syntheticImage(12, 8);
  photo = await sharp(Buffer.from(img.data.buffer), { raw: { width: 12, height: 8, channels: 4 } })
    .png()
    .toBuffer();
});
afterAll(() => cleanup());

const flag = fc.constantFrom(
  '-o',
  '--output',
  '--size',
  '--temperature',
  '--saturation',
  '--confidence-gate',
  '--seed',
  '--compare',
  '--max-pixels',
  '--json',
  '-q',
  '--quiet',
  '-h',
  '-V',
  '--bogus',
  '--',
  '-',
  '--size=4096',
  '--size=-1',
  '--max-pixels=0',
);
// Plain names only (the run's folder is the working directory for relative paths below).
const value = fc.oneof(
  fc.constantFrom(
    'in',
    'in/a.png',
    'in/b.png',
    'out',
    'out/',
    'x.png',
    'x.gif',
    'NaN',
    '1e400',
    '0',
  ),
  fc.string({ maxLength: 10 }).filter((s) => !/[/\\]/.test(s) && !s.startsWith('.')),
  fc.integer({ min: -5, max: 5000 }).map(String),
);

describe('fuzz: klaslab-colorize arguments', () => {
  it('always ends with an exit status, never throws, never overwrites an input', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(flag, value), { maxLength: 7 }), async (argv) => {
        const run = join(dir, `run${n++}`);
        mkdirSync(join(run, 'in'), { recursive: true });
        writeFileSync(join(run, 'in/a.png'), photo);
        writeFileSync(join(run, 'in/b.png'), photo);
        // Relative paths resolve against the run's folder.
        const args = argv.map((a) => (/^(in|out|x)/.test(a) ? join(run, a) : a));
        const err: string[] = [];
        const code = await main([...args, '--model', model], {
          stdout: { write: () => true },
          stderr: { write: (t: string) => err.push(t), isTTY: false, columns: 80 },
        });
        expect([0, 1, 2]).toContain(code);
        expect(err.join('')).not.toMatch(/\n\s+at /);
        expect(readFileSync(join(run, 'in/a.png'))).toEqual(photo);
        expect(readFileSync(join(run, 'in/b.png'))).toEqual(photo);
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});
