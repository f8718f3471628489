// Issue #16, cases 5–8: inputs that used to hang or blow up now answer at once or get a code.
// Bounded by the test timeout only; no timing assertions.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownToText, parseEvent, toICalendar } from '../../src/index.js';
import { EVENT, run, site } from './helpers.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

describe('hardening: hangs and blow-ups (events)', () => {
  it('5. an end date in 9999 gives a VTIMEZONE from the probed years with an open rule', () => {
    const { event } = parseEvent(
      '---\ntitle: Lang\ndate: 2030-05-01 10:00\nend_date: 9999-05-01 10:00\n---\n',
    );
    expect(event).toBeDefined();
    const ics = toICalendar([event!], { now: 0 });
    expect(ics).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Brussels:99990501T100000');
  });

  it('5. a zone history longer than the limit is refused with a code', () => {
    const { event } = parseEvent('---\ntitle: Oud\ndate: 1200-05-01 10:00\n---\n');
    const late = parseEvent('---\ntitle: Nieuw\ndate: 2030-05-01 10:00\n---\n').event!;
    expect(() => toICalendar([event!, late], { now: 0 })).toThrowError(
      expect.objectContaining({ code: 'EVENTS_TIME_SPAN_TOO_LONG' }),
    );
  });

  it.each([
    ['[a](', 40_000],
    ['<a href="', 20_000],
    ['[', 100_000],
    ['{{', 50_000],
    ['<!--', 25_000],
    ['<script>', 12_000],
    [' ', 100_000],
  ])('6. markdownToText is linear on %j × %i', (unit, times) => {
    const text = `${unit.repeat(times)}x`;
    expect(markdownToText(text).length).toBeGreaterThan(0);
  });

  it('6. a body over the limit is cut with a located warning', () => {
    const text = `---\ntitle: Lang\ndate: 2030-05-01\n---\n${'[a]('.repeat(40_000)}`;
    const { event, diagnostics } = parseEvent(text);
    expect(event).toBeDefined();
    const d = diagnostics.find((x) => x.code === 'EVENT_TEXT_TOO_LONG');
    expect(d?.severity).toBe('warning');
    expect(d?.line).toBe(5);
    expect(event!.description.length).toBeLessThanOrEqual(50_000);
  });

  it('7. a FIFO named *.md and /dev/zero get a coded error, not a hang or a stack trace', async () => {
    const dir = site({ 'ev/a.md': EVENT });
    execFileSync('mkfifo', [join(dir, 'ev/pipe.md')]);
    const named = await run(['ev/pipe.md', '--json'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('FILE_NOT_REGULAR');
    const zero = await run(['/dev/zero', '--json'], dir);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('FILE_NOT_REGULAR');
    expect(zero.stderr).not.toContain('    at ');
    // In a folder, the FIFO is skipped with a warning and the rest is read.
    const folder = await run(['ev', '--json'], dir);
    expect(folder.code).toBe(0);
    expect(folder.stderr).toContain('EVENT_FILE_SKIPPED');
    expect(JSON.parse(folder.stdout)).toHaveLength(1);
  });

  it('7. a file over 1 MiB gets FILE_TOO_LARGE', async () => {
    const dir = site({ 'big.md': `${EVENT}${'x'.repeat(1024 * 1024)}` });
    const r = await run(['big.md', '--json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('FILE_TOO_LARGE');
  });

  it('8. 300 files under `ulimit -n 64` are all read (bounded opens, no EMFILE)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`ev/e${i}.md`] = EVENT.replace('Robotica', `Robotica ${i}`);
    const dir = site(files);
    const r = spawnSync(
      'bash',
      ['-c', `ulimit -n 64 && exec "${process.execPath}" "${CLI}" ev --json`],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '0', LANG: 'en' },
      },
    );
    expect(r.stderr).not.toContain('EMFILE');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(300);
  });
});
