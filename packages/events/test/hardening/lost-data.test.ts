// Issue #16, cases 1–3: an output never replaces an input or another file of the user's.
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT, run, site } from './helpers.js';

describe('hardening: lost or overwritten files (klaslab-events)', () => {
  it('1. refuses an output that is an input reached through a symlinked folder', async () => {
    const dir = site({ 'real/b.md': EVENT });
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    const r = await run(['link/b.md', '--ics', 'real/b.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync(join(dir, 'real/b.md'), 'utf8')).toBe(EVENT);
  });

  it('1. refuses an output that is a hard link to an input', async () => {
    const dir = site({ 'ev/b.md': EVENT });
    execFileSync('ln', [join(dir, 'ev/b.md'), join(dir, 'other.md')]);
    const r = await run(['ev', '--ics', 'other.md'], dir);
    expect(r.stderr).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync(join(dir, 'ev/b.md'), 'utf8')).toBe(EVENT);
  });

  it('2. writes into a FIFO instead of renaming over it', async () => {
    const dir = site({ 'ev/a.md': EVENT });
    execFileSync('mkfifo', [join(dir, 'pipe.ics')]);
    // A reader that is open before the CLI runs: O_RDWR opens a FIFO without blocking on Linux.
    const fd = openSync(join(dir, 'pipe.ics'), 'r+');
    const reader = createReadStream('', { fd });
    const chunks: Buffer[] = [];
    const received = new Promise<void>((done) =>
      reader.on('data', (c) => {
        chunks.push(c as Buffer);
        if (Buffer.concat(chunks).includes('END:VCALENDAR\r\n')) done();
      }),
    );
    const r = await run(['ev', '--ics', 'pipe.ics'], dir);
    await received;
    reader.destroy();
    expect(r.code, r.stderr).toBe(0);
    expect(Buffer.concat(chunks).toString()).toContain('BEGIN:VCALENDAR');
    expect(lstatSync(join(dir, 'pipe.ics')).isFIFO()).toBe(true);
  });

  it('2. refuses a FIFO that nobody reads (instead of blocking) and leaves it a FIFO', async () => {
    const dir = site({ 'ev/a.md': EVENT });
    execFileSync('mkfifo', [join(dir, 'pipe.ics')]);
    const r = await run(['ev', '--ics', 'pipe.ics'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_NOT_REGULAR');
    expect(lstatSync(join(dir, 'pipe.ics')).isFIFO()).toBe(true);
  });

  it.skipIf(process.getuid?.() !== 0)(
    '2. writes into a character device instead of renaming over it (needs root for mknod)',
    async () => {
      const dir = site({ 'ev/a.md': EVENT });
      execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
      const r = await run(['ev', '--ics', 'null'], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    },
  );

  it('2. refuses a folder as the output', async () => {
    const dir = site({ 'ev/a.md': EVENT });
    mkdirSync(join(dir, 'out.ics'));
    const r = await run(['ev', '--ics', 'out.ics'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_NOT_REGULAR');
  });

  it('3. refuses to overwrite a template the walker skipped, but replaces its own calendar', async () => {
    const dir = site({ 'ev/a.md': EVENT, 'ev/_template.md': 'template' });
    const r = await run(['ev', '--ics', 'ev/_template.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_INSIDE_INPUT');
    expect(readFileSync(join(dir, 'ev/_template.md'), 'utf8')).toBe('template');
    expect((await run(['ev', '--ics', 'ev/agenda.ics'], dir)).code).toBe(0);
    expect((await run(['ev', '--ics', 'ev/agenda.ics'], dir)).code).toBe(0);
  });

  it('3. refuses two outputs that are the same file', async () => {
    const dir = site({ 'ev/a.md': EVENT });
    const r = await run(['ev', '--ics', 'out.json', '--json', 'out.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_COLLISION');
  });
});
