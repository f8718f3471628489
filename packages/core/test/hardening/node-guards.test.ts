// Issue #16: the shared file guards behind both CLIs (cases 1–4, 7, 8).
import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KlasLabError } from '../../src/index.js';
import { checkOutputs, mapBounded, readInputFile, writeOutputFile } from '../../src/node/index.js';

const temp = () => mkdtempSync(join(tmpdir(), 'klaslab-guards-'));

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (KlasLabError.is(error)) return error.code;
    throw error;
  }
}

describe('readInputFile', () => {
  it('reads a regular file', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.md'), 'hallo');
    expect((await readInputFile(join(dir, 'a.md'))).toString()).toBe('hallo');
  });
  it('7. refuses a FIFO without blocking, and /dev/zero without reading it', async () => {
    const dir = temp();
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    expect(await code(readInputFile(join(dir, 'pipe.md')))).toBe('FILE_NOT_REGULAR');
    expect(await code(readInputFile('/dev/zero'))).toBe('FILE_NOT_REGULAR');
    expect(await code(readInputFile(dir))).toBe('FILE_NOT_REGULAR');
  });
  it('7. refuses a file over the size limit, and names a missing file', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'big.md'), 'x'.repeat(1001));
    expect(await code(readInputFile(join(dir, 'big.md'), { maxBytes: 1000 }))).toBe(
      'FILE_TOO_LARGE',
    );
    expect(await code(readInputFile(join(dir, 'none.md')))).toBe('FILE_NOT_FOUND');
  });
});

describe('mapBounded', () => {
  it('8. keeps at most `limit` calls in flight and the results in order', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapBounded(
      Array.from({ length: 50 }, (_, i) => i),
      async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        return i * 2;
      },
      4,
    );
    expect(most).toBe(4);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
  });
});

describe('checkOutputs', () => {
  it('1. finds an input behind a symlink or a hard link', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/b.md'), 'x');
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    execFileSync('ln', [join(dir, 'real/b.md'), join(dir, 'hard.md')]);
    const inputs = [join(dir, 'link/b.md')];
    expect(await code(checkOutputs({ outputs: [join(dir, 'real/b.md')], inputs }))).toBe(
      'OUTPUT_IS_INPUT',
    );
    expect(await code(checkOutputs({ outputs: [join(dir, 'hard.md')], inputs }))).toBe(
      'OUTPUT_IS_INPUT',
    );
    expect(await code(checkOutputs({ outputs: [join(dir, 'new/x.ics')], inputs }))).toBe(undefined);
  });
  it('3. keeps files in input folders that are not ours; 4. finds colliding outputs', async () => {
    const dir = temp();
    writeFileSync(join(dir, '_template.md'), 'x');
    writeFileSync(join(dir, 'agenda.ics'), 'old');
    const folders = [{ path: dir, recursive: true }];
    const isOwnOutput = (p: string) => p.endsWith('.ics');
    expect(
      await code(
        checkOutputs({ outputs: [join(dir, '_template.md')], inputs: [], folders, isOwnOutput }),
      ),
    ).toBe('OUTPUT_INSIDE_INPUT');
    expect(
      await code(
        checkOutputs({ outputs: [join(dir, 'agenda.ics')], inputs: [], folders, isOwnOutput }),
      ),
    ).toBe(undefined);
    expect(
      await code(
        checkOutputs({ outputs: [join(dir, 'o/x.png'), join(dir, 'o/../o/x.png')], inputs: [] }),
      ),
    ).toBe('OUTPUT_COLLISION');
  });
});

describe('writeOutputFile', () => {
  it('2. replaces a regular file (keeping its mode) and the target of a symlink, not the link', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.ics'), 'old', { mode: 0o640 });
    symlinkSync(join(dir, 'a.ics'), join(dir, 'link.ics'));
    await writeOutputFile(join(dir, 'link.ics'), 'new');
    expect(lstatSync(join(dir, 'link.ics')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'a.ics'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'a.ics')).mode & 0o777).toBe(0o640);
  });
  it('2. writes /dev/null directly and refuses a folder', async () => {
    const dir = temp();
    await writeOutputFile('/dev/null', 'x');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(await code(writeOutputFile(dir, 'x'))).toBe('OUTPUT_NOT_REGULAR');
  });
});
