// Issue #16, cases 11–16: results that used to be wrong with exit 0 now are right or diagnosed.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../src/index.js';
import { EVENT, run, site } from './helpers.js';

describe('hardening: wrong with exit 0 (events)', () => {
  it('11. a Dwengo key does not make the reader drop timezone and url', () => {
    const { event, diagnostics } = parseEvent(
      [
        '---',
        'title: Workshop',
        'date: 2030-05-01 10:00',
        'end_date: 2030-05-01 12:00',
        'timezone: America/New_York',
        'url: https://school.be/workshop',
        'item_theme_logo_url: https://school.be/logo.png',
        '---',
      ].join('\n'),
    );
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(event?.start).toMatchObject({
      timeZone: 'America/New_York',
      utc: '2030-05-01T14:00:00Z',
    });
    expect(event?.url).toBe('https://school.be/workshop');
    expect(event?.imageUrl).toBe('https://school.be/logo.png');
    expect(event?.source.preset).toBe('dwengo+common');
    // A plain Dwengo file still reads as Dwengo.
    const plain = parseEvent('---\ntitle: A\ndate: 2030-05-01\nanchor: a\n---\n');
    expect(plain.event?.source.preset).toBe('dwengo');
  });

  it.each([
    ['date = 2025-02-30', 'EVENT_DATE_DAY_RANGE'],
    ['date = 2025-02-29T10:00:00+01:00', 'EVENT_DATE_DAY_RANGE'],
    ['date = 2025-13-01', undefined], // smol-toml refuses this one itself
  ])('12. TOML %s does not roll over', (line, code) => {
    const { event, diagnostics } = parseEvent(`+++\ntitle = "A"\n${line}\n+++\n`);
    expect(event).toBeUndefined();
    if (code) expect(diagnostics.map((d) => d.code)).toContain(code);
    else expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('13. a Latin-1 file is read as Windows-1252 with a located warning', async () => {
    const latin1 = Buffer.from("---\ntitle: Café à l'école\ndate: 2030-05-01\n---\n", 'latin1');
    const dir = site({ 'a.md': latin1 });
    const r = await run(['a.md', '--json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/a\.md:2:11 +warning +EVENT_ENCODING_INVALID/);
    expect(JSON.parse(r.stdout)[0].title).toBe("Café à l'école");
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('15. SOURCE_DATE_EPOCH out of range is a usage error, not DTSTAMP:+31688…', async () => {
    const dir = site({ 'a.md': EVENT });
    const r = await run(['a.md', '--ics', '-'], dir, { SOURCE_DATE_EPOCH: '99999999999999999999' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('EVENTS_BAD_SOURCE_DATE_EPOCH');
    expect(r.stdout).toBe('');
  });

  it('15. --ics - with --json (both on standard output) is refused', async () => {
    const dir = site({ 'a.md': EVENT });
    const r = await run(['a.md', '--ics', '-', '--json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('standard output');
  });

  it('16. an unknown YAML tag gets a warning', () => {
    const { diagnostics } = parseEvent(
      '---\ntitle: A\ndate: 2030-05-01\nx: !!js/function "function () {}"\n---\n',
    );
    expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toContain(
      'EVENT_YAML_UNKNOWN_TAG@4:4',
    );
  });

  it('16. a symlinked .md in a folder is read; a broken one gets a warning', async () => {
    const dir = site({ 'elsewhere/b.md': EVENT.replace('Robotica', 'Gelinkt'), 'ev/a.md': EVENT });
    symlinkSync(join(dir, 'elsewhere/b.md'), join(dir, 'ev/b.md'));
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'ev/c.md'));
    const r = await run(['ev', '--json'], dir);
    expect(
      JSON.parse(r.stdout)
        .map((e: { title: string }) => e.title)
        .sort(),
    ).toEqual(['Gelinkt', 'Robotica']);
    expect(r.stderr).toMatch(/ev\/c\.md:1:1 +warning +EVENT_FILE_SKIPPED/);
  });
});
