import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { unfoldLines } from '../src/index.js';
import { findEventFiles, writeFileAtomic } from '../src/node/index.js';
import { run as runCaptured, site } from './helpers/cli.js';
import { fixture } from './helpers/load.js';
import { checkICalendar } from './helpers/rfc5545.js';

/** The CLI in this process, in Dutch unless `env` says otherwise. */
const run = (argv: string[], cwd: string, env: Record<string, string> = {}) =>
  runCaptured(argv, cwd, { LANG: 'nl_BE.UTF-8', ...env });

describe('klaslab-events CLI', () => {
  it('writes a valid calendar and JSON, prints compiler-style diagnostics and a summary, exits 1 on errors', async () => {
    const dir = site({
      '_events/2025-10-16_robot.md': fixture('valid/dwengo.md'),
      '_events/2023-02-01_stem.md': fixture('errors/minutes-99.md'),
      '_events/_template.md': fixture('errors/placeholder.md'),
    });
    const r = await run(
      [
        '_events',
        '--ics',
        'out/agenda.ics',
        '--json',
        'out/events.json',
        '--base-url',
        'https://dwengo.org',
      ],
      dir,
    ).catch((e) => {
      throw e;
    });
    expect(r.stderr).toContain(
      '_events/2023-02-01_stem.md:4:25  error  EVENT_DATE_MINUTE_RANGE  Minuten "99" in end_date bestaan niet (00–59). (end weggelaten)',
    );
    expect(r.stderr).toContain('2 bestanden, 2 evenementen, 1 fout, 0 waarschuwingen');
    expect(r.code).toBe(1);
    const ics = readFileSync(join(dir, 'out/agenda.ics'));
    expect(checkICalendar(ics)).toEqual([]);
    expect(ics.toString()).toContain('DTSTAMP:20250101T000000Z');
    expect(ics.toString()).toContain('UID:nascholing_sociale_robot_2025_10_16@dwengo.org');
    const json = JSON.parse(readFileSync(join(dir, 'out/events.json'), 'utf8'));
    expect(json.map((e: { id: string }) => e.id)).toEqual([
      '2023-02-01_stem',
      'nascholing_sociale_robot_2025_10_16',
    ]);
    expect(json[0].source.file).toBe('_events/2023-02-01_stem.md');
    // No temporary files are left behind.
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['agenda.ics', 'events.json']);
  });
  it('exits 0 with warnings only, writes JSON-LD to stdout, and speaks English on request', async () => {
    const dir = site({ 'a.md': fixture('errors/hour-24.md') });
    const r = await run(['a.md', '--jsonld', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('a.md:4:22  warning  EVENT_DATE_END_OF_DAY');
    expect(r.stderr).toContain('1 file, 1 event, 0 errors, 1 warning');
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      '@type': 'Event',
      endDate: '2023-05-29T00:00:00+02:00',
    });
  });
  it('--strict rejects events with errors; --time-zone applies to local times', async () => {
    const dir = site({
      'a.md': fixture('errors/minutes-99.md'),
      'b.md': '---\ntitle: B\ndate: 2025-07-01T10:00\n---\n',
    });
    const r = await run(
      ['a.md', 'b.md', '--strict', '--json', '--time-zone', 'Europe/Amsterdam'],
      dir,
    );
    const events = JSON.parse(r.stdout);
    expect(events.map((e: { id: string }) => e.id)).toEqual(['b']);
    expect(events[0].start.utc).toBe('2025-07-01T08:00:00Z');
    expect(r.code).toBe(1);
  });
  it('never overwrites an input and keeps an existing output intact on failure', async () => {
    const dir = site({ 'a.md': fixture('valid/all-day.md') });
    const before = readFileSync(join(dir, 'a.md'), 'utf8');
    const r = await run(['a.md', '--ics', 'a.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OUTPUT_IS_INPUT');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(before);
  });
  it('reports usage errors with exit code 2', async () => {
    const dir = site({});
    expect((await run([], dir)).code).toBe(2);
    expect((await run(['x', '--bogus'], dir)).code).toBe(2);
    expect((await run(['missing-folder'], dir)).stderr).toContain('EVENTS_FILE_NOT_FOUND');
    expect((await run(['--help'], dir, { LANG: 'C' })).stdout).toContain(
      'klaslab-events <dir|files…>',
    );
    expect((await run(['.', '--time-zone', 'Mars/Base'], dir)).stderr).toContain(
      'EVENTS_BAD_TIME_ZONE',
    );
  });
  it('parses optional values of --json and --jsonld', () => {
    expect(parseArgs(['d', '--json'])).toMatchObject({ inputs: ['d'], json: '-' });
    expect(parseArgs(['--json', 'out.json', 'd'])).toMatchObject({
      inputs: ['d'],
      json: 'out.json',
    });
    expect(parseArgs(['--jsonld=ld.json', 'd'])).toMatchObject({ jsonld: 'ld.json' });
    expect(parseArgs(['--json', 'notes.md'])).toMatchObject({ inputs: ['notes.md'], json: '-' });
    expect(() => parseArgs(['--json', '--jsonld'])).toThrow(/bothStdout/);
  });
  it("treats names of Object.prototype's members as plain arguments and unknown options", () => {
    // Found by the argument fuzz test (seed 432647018): `valueOf` crashed the parser.
    expect(parseArgs(['valueOf', ''])).toMatchObject({ inputs: ['valueOf', ''] });
    expect(parseArgs(['constructor'])).toMatchObject({ inputs: ['constructor'] });
    for (const option of ['--constructor', '--toString', '--__proto__', '--hasOwnProperty']) {
      expect(() => parseArgs(['d', option])).toThrow(/unknownOption/);
    }
  });
});

describe('CLI: one language per run, short usage, util.parseArgs', () => {
  it('speaks English for the C locale, on every line', async () => {
    const dir = site({});
    const r = await run([], dir, { LANG: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Invalid command: no files or folders given\nUsage: klaslab-events <dir|files…> [options]\nAll options: klaslab-events --help\n',
    );
  });
  it('follows --lang over LC_ALL and LANG, and LC_ALL over LANG', async () => {
    const dir = site({});
    expect((await run(['--bogus', '--lang', 'en'], dir)).stderr).toContain(
      'unknown option --bogus',
    );
    expect((await run(['--bogus'], dir, { LC_ALL: 'en_GB.UTF-8' })).stderr).toContain(
      'Invalid command: unknown option --bogus',
    );
    expect((await run(['--bogus'], dir)).stderr).toContain(
      'Ongeldige opdracht: onbekende optie --bogus',
    );
  });
  it('prints a short usage, not the whole help, on a bad option', async () => {
    const dir = site({});
    const r = await run(['x', '--ics'], dir, { LANG: 'C' });
    expect(r.stderr.trim().split('\n')).toEqual([
      'Invalid command: --ics needs a value',
      'Usage: klaslab-events <dir|files…> [options]',
      'All options: klaslab-events --help',
    ]);
    expect((await run(['x', '--strict=yes'], dir, { LANG: 'C' })).stderr).toContain(
      'unknown option --strict=yes',
    );
  });
  it('lists --version and the site flags in the help, in the run’s language', async () => {
    const dir = site({});
    const en = (await run(['--help'], dir, { LANG: 'C' })).stdout;
    for (const flag of ['--version', '--drafts', '--future', '--expired', '--feed', '--uid-domain'])
      expect(en).toContain(flag);
    expect((await run(['--help'], dir)).stdout).toContain('toon de versie');
    expect((await run(['--version'], dir)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
  it('reports errors from the library and from core in the run’s language too', async () => {
    const dir = site({ 'a.md': '---\ntitle: A\ndate: 2026-01-01\n---\n' });
    const cases: Array<[string[], string, string]> = [
      [
        ['a.md', '--time-zone', 'Mars/Olympus', '--json'],
        'Onbekende tijdzone "Mars/Olympus".',
        'Unknown time zone "Mars/Olympus".',
      ],
      [['a.md', '--preset', 'hugo-ish', '--json'], 'Kies uit: auto,', 'Use one of: auto,'],
      [
        ['a.md', '--uid-domain', 'a b', '--ics', 'o.ics'],
        'Ongeldige waarde voor uidDomain: "a b".',
        'uidDomain must be a domain name',
      ],
      [['nope', '--json'], 'nope" niet lezen.', 'Cannot read'],
      [
        ['a.md', '--ics', 'a.md'],
        'a.md wordt niet overschreven.',
        'Refusing to overwrite the input',
      ],
    ];
    for (const [argv, dutch, english] of cases) {
      const nl = await run(argv, dir);
      expect(nl.code).toBe(2);
      expect(nl.stderr).toContain(dutch);
      expect(nl.stderr).not.toContain(english);
      expect((await run(argv, dir, { LANG: 'C' })).stderr).toContain(english);
    }
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toContain('title: A');
  });
  it('reads drafts only with --drafts', async () => {
    const dir = site({ 'a.md': '---\ntitle: A\ndate: 2026-01-01\ndraft: true\n---\n' });
    expect(JSON.parse((await run(['a.md', '--json'], dir)).stdout)).toEqual([]);
    expect(JSON.parse((await run(['a.md', '--json', '--drafts'], dir)).stdout)).toHaveLength(1);
  });
});

describe('CLI: a feed for subscription', () => {
  it('writes REFRESH-INTERVAL and raises SEQUENCE only for events that changed', async () => {
    const dir = site({
      'events/a.md': '---\ntitle: Codeerclub\ndate: 2026-01-07T14:00\nrrule: FREQ=WEEKLY\n---\n',
      'events/b.md': '---\ntitle: Infodag\ndate: 2026-03-14T10:00\n---\n',
    });
    const args = ['events', '--ics', 'feed.ics', '--feed', '--uid-domain', 'sjc.be'];
    const seq = () => {
      const lines = unfoldLines(readFileSync(join(dir, 'feed.ics'), 'utf8'));
      return lines.filter((l) => /^(UID|SEQUENCE):/.test(l)).join(' ');
    };
    expect((await run(args, dir)).code).toBe(0);
    const first = readFileSync(join(dir, 'feed.ics'), 'utf8');
    expect(unfoldLines(first)).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(unfoldLines(first)).toContain('X-PUBLISHED-TTL:PT12H');
    expect(seq()).toBe('UID:a@sjc.be SEQUENCE:0 UID:b@sjc.be SEQUENCE:0');
    await run(args, dir, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(seq()).toBe('UID:a@sjc.be SEQUENCE:0 UID:b@sjc.be SEQUENCE:0');
    writeFileSync(join(dir, 'events/b.md'), '---\ntitle: Infodag\ndate: 2026-03-14T09:30\n---\n');
    await run(args, dir);
    expect(seq()).toBe('UID:a@sjc.be SEQUENCE:0 UID:b@sjc.be SEQUENCE:1');
    expect(checkICalendar(readFileSync(join(dir, 'feed.ics'), 'utf8'))).toEqual([]);
  });
});

describe('node helpers', () => {
  it('finds .md files recursively, sorted, skipping _-files and node_modules unless named', async () => {
    const dir = site({
      'b.md': 'x',
      'a/c.markdown': 'x',
      '_template.md': 'x',
      'node_modules/x.md': 'x',
      'notes.txt': 'x',
    });
    const found = (await findEventFiles([dir])).map((f) => f.slice(dir.length + 1));
    expect(found).toEqual(['a/c.markdown', 'b.md']);
    expect((await findEventFiles([dir], { includeUnderscored: true })).length).toBe(3);
    expect((await findEventFiles([join(dir, '_template.md')])).length).toBe(1);
  });
  it('writes atomically: the target appears complete, no temp file remains', async () => {
    const dir = site({ 'old.ics': 'old' });
    await writeFileAtomic(join(dir, 'old.ics'), 'new content');
    expect(readFileSync(join(dir, 'old.ics'), 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['old.ics']);
    await expect(writeFileAtomic(join(dir, 'missing-dir', 'x.ics'), 'x')).rejects.toThrow();
    expect(existsSync(join(dir, 'missing-dir'))).toBe(false);
  });
});
