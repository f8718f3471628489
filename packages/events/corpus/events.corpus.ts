/**
 * The corpus check: every real event file in ../shared/corpus/events (never copied into the repo)
 * is parsed, and the diagnostics are compared with an independent oracle that reads the raw text
 * with regular expressions. Run with `npm run test:corpus --workspace @klaslab/events`; set
 * KLASLAB_SHARED to point at another copy of the shared folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Diagnostic,
  type KlasEvent,
  parseEvent,
  parseEvents,
  toICalendar,
} from '../src/index.js';
import { findPythonWithIcalendar, readWithPython } from '../test/helpers/python.js';
import { checkICalendar } from '../test/helpers/rfc5545.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = process.env.KLASLAB_SHARED
  ? resolve(process.env.KLASLAB_SHARED)
  : resolve(repoRoot, '..', 'shared');
const corpus = join(shared, 'corpus', 'events');

interface Site {
  name: string;
  timeZone: string;
  baseUrl?: string;
}
const SITES: Site[] = [
  { name: 'dwengo', timeZone: 'Europe/Brussels', baseUrl: 'https://dwengo.org' },
  { name: 'aarhusdev', timeZone: 'Europe/Copenhagen' },
];

interface FileResult {
  site: string;
  file: string;
  text: string;
  event: KlasEvent | undefined;
  diagnostics: Diagnostic[];
}
const results: FileResult[] = [];

function read(site: Site): FileResult[] {
  const dir = join(corpus, site.name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const r = parseEvent(text, {
        file,
        timeZone: site.timeZone,
        ...(site.baseUrl && { baseUrl: site.baseUrl }),
        locale: 'en',
      });
      return { site: site.name, file, text, ...r };
    });
}

// --- The oracle: what the raw text says, without our parser -------------------------------------
function frontmatterLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end === -1 ? undefined : end);
}
function rawValue(lines: string[], key: string): string | undefined {
  const line = lines.find((l) => l.startsWith(`${key}:`));
  return line
    ?.slice(key.length + 1)
    .trim()
    .replace(/^"(.*)"$/, '$1');
}
/** Codes the oracle expects for one date value. */
function expectedDateCodes(value: string | undefined): string[] {
  if (value === undefined) return [];
  const codes: string[] = [];
  if (/YYYY|MM|DD/.test(value)) codes.push('EVENT_DATE_PLACEHOLDER');
  if (/-\d{3}T/.test(value)) codes.push('EVENT_DATE_DAY_RANGE');
  else if (/T\d{3}:/.test(value)) codes.push('EVENT_DATE_HOUR_DIGITS');
  else {
    if (/T\d:/.test(value)) codes.push('EVENT_DATE_ONE_DIGIT_HOUR');
    if (/T\d{1,2}:[6-9]\d/.test(value)) codes.push('EVENT_DATE_MINUTE_RANGE');
    if (/T24:00/.test(value)) codes.push('EVENT_DATE_END_OF_DAY');
  }
  return codes;
}
const DATE_CODES = new Set([
  'EVENT_DATE_PLACEHOLDER',
  'EVENT_DATE_DAY_RANGE',
  'EVENT_DATE_HOUR_DIGITS',
  'EVENT_DATE_ONE_DIGIT_HOUR',
  'EVENT_DATE_MINUTE_RANGE',
  'EVENT_DATE_END_OF_DAY',
  'EVENT_DATE_HOUR_RANGE',
  'EVENT_DATE_SECOND_RANGE',
  'EVENT_DATE_INVALID',
  'EVENT_DATE_MONTH_RANGE',
]);

/** EU summer time, written from the rule (last Sunday of March/October, 01:00 UTC), not via Intl. */
function euOffsetHours(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, d.getUTCDate() - d.getUTCDay(), 1);
  };
  return utcMs >= lastSunday(2) && utcMs < lastSunday(9) ? 2 : 1;
}
/** Local wall time → UTC for CET/CEST zones, independently of the library. */
function expectedUtc(wall: string): string {
  const [d, t] = wall.split('T') as [string, string];
  const [y, mo, da] = d.split('-').map(Number) as [number, number, number];
  const [h, mi, s = 0] = t.split(':').map(Number) as [number, number, number?];
  const asUtc = Date.UTC(y, mo - 1, da, h, mi, s);
  let offset = euOffsetHours(asUtc - 3600_000);
  if (euOffsetHours(asUtc - offset * 3600_000) !== offset)
    offset = euOffsetHours(asUtc - 2 * 3600_000);
  return new Date(asUtc - offset * 3600_000).toISOString().replace('.000Z', 'Z');
}

// CI always has ../shared; elsewhere a missing corpus skips the run instead of failing it.
it.skipIf(!process.env.CI && !existsSync(corpus))(
  'finds the corpus (set KLASLAB_SHARED if it lives elsewhere)',
  () => {
    expect(existsSync(corpus), corpus).toBe(true);
  },
);

describe.skipIf(!existsSync(corpus))('corpus: ../shared/corpus/events', () => {
  for (const site of SITES) {
    describe(site.name, () => {
      const files = existsSync(join(corpus, site.name)) ? read(site) : [];
      results.push(...files);

      it('parses every file without a crash and keeps most events', () => {
        expect(files.length).toBeGreaterThan(10);
        const kept = files.filter((f) => f.event).length;
        expect(kept / files.length).toBeGreaterThan(0.9);
        for (const f of files)
          if (!f.event)
            expect(
              f.diagnostics.some((d) => d.severity === 'error' && d.dropped === 'event'),
              f.file,
            ).toBe(true);
      });

      it('reports every date authoring error the raw text shows, and no other date error', () => {
        for (const f of files) {
          const lines = frontmatterLines(f.text);
          const startKey = site.name === 'dwengo' ? 'date' : 'date';
          const expected = new Set([
            ...expectedDateCodes(rawValue(lines, startKey)),
            ...expectedDateCodes(rawValue(lines, 'end_date')),
            ...expectedDateCodes(rawValue(lines, 'endDate')),
          ]);
          const actual = new Set(f.diagnostics.map((d) => d.code).filter((c) => DATE_CODES.has(c)));
          expect([...actual].sort(), f.file).toEqual([...expected].sort());
        }
      });

      it('reports stray quotes, typo keys, duplicate keys, missing frontmatter and year-early ends', () => {
        for (const f of files) {
          const lines = frontmatterLines(f.text);
          const codes = f.diagnostics.map((d) => d.code);
          const has = (code: string) =>
            expect(codes, `${f.file} should report ${code}`).toContain(code);
          if (lines.length === 0) has('EVENT_NO_FRONTMATTER');
          if (lines.some((l) => /^\w+:\s*""\S/.test(l))) has('EVENT_YAML_STRAY_QUOTES');
          if (lines.some((l) => l.startsWith('item_theme_logo_ur:'))) {
            has('EVENT_UNKNOWN_KEY');
            expect(f.diagnostics.find((d) => d.code === 'EVENT_UNKNOWN_KEY')?.message).toContain(
              'did you mean item_theme_logo_url?',
            );
          }
          const keys = lines.map((l) => /^([A-Za-z_]+):/.exec(l)?.[1]).filter(Boolean);
          if (new Set(keys).size !== keys.length) has('EVENT_DUPLICATE_KEY');
          const start = rawValue(lines, 'date');
          const end = rawValue(lines, 'end_date');
          if (
            start &&
            end &&
            /^\d{4}-\d\d-\d\dT/.test(start) &&
            /^\d{4}-\d\d-\d\dT/.test(end) &&
            Number(end.slice(0, 4)) === Number(start.slice(0, 4)) - 1 &&
            end.slice(5, 10) === start.slice(5, 10)
          ) {
            const d = f.diagnostics.find((x) => x.code === 'EVENT_END_BEFORE_START');
            expect(d?.hintKey, f.file).toBe('HINT_YEAR_EARLIER');
            expect(f.event?.end, f.file).toBeUndefined();
          }
        }
      });

      it('shifts no time: local wall times are kept and their instants match the EU DST rule', () => {
        let checked = 0;
        for (const f of files) {
          if (!f.event) continue;
          const lines = frontmatterLines(f.text);
          const raw = rawValue(lines, 'date');
          const time = rawValue(lines, 'startTime');
          if (!raw) continue;
          let wall: string | undefined;
          const m = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(?::(\d\d))?$/.exec(raw);
          if (m) wall = `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}`;
          else if (/^\d{4}-\d\d-\d\d$/.test(raw) && time && /^\d\d:\d\d$/.test(time))
            wall = `${raw}T${time}:00`;
          if (!wall || wall.includes('T24:')) continue;
          const s = f.event.start;
          expect(s.kind, f.file).toBe('date-time');
          if (s.kind !== 'date-time') continue;
          expect(`${s.date}T${s.time}`, f.file).toBe(wall);
          expect(s.utc, f.file).toBe(expectedUtc(wall));
          checked++;
        }
        expect(checked).toBeGreaterThan(files.length / 2);
      });

      it('reads date-only files as all-day events', () => {
        for (const f of files) {
          const raw = rawValue(frontmatterLines(f.text), 'date');
          if (
            f.event &&
            raw &&
            /^\d{4}-\d\d-\d\d$/.test(raw) &&
            !rawValue(frontmatterLines(f.text), 'startTime')
          ) {
            expect(f.event.allDay, f.file).toBe(true);
          }
        }
      });

      it('exports every kept event to a valid calendar that ical.js and python3-icalendar read back exactly', () => {
        // One calendar per file (every version of every event), and one for the site.
        for (const f of files) {
          if (!f.event) continue;
          const ics = toICalendar([f.event], { now: 0 });
          expect(checkICalendar(ics), f.file).toEqual([]);
        }
        const site_ = parseEvents(
          files.map((f) => ({ file: f.file, text: f.text })),
          { timeZone: site.timeZone, ...(site.baseUrl && { baseUrl: site.baseUrl }) },
        );
        const ics = toICalendar(site_.events, { now: 0, name: site.name });
        expect(checkICalendar(ics)).toEqual([]);
        const root = new ICAL.Component(ICAL.parse(ics));
        ICAL.TimezoneService.reset();
        for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
        const vevents = root.getAllSubcomponents('vevent');
        expect(vevents).toHaveLength(site_.events.length);
        vevents.forEach((c, i) => {
          const e = site_.events[i]!;
          const ev = new ICAL.Event(c);
          expect(ev.summary).toBe(e.title);
          if (e.start.kind === 'date-time')
            expect(ev.startDate.toUnixTime()).toBe(Date.parse(e.start.utc) / 1000);
          if (e.end?.kind === 'date-time')
            expect(ev.endDate.toUnixTime()).toBe(Date.parse(e.end.utc) / 1000);
        });
        const python = findPythonWithIcalendar();
        if (python) {
          const read = readWithPython(python, ics);
          expect(read.map((r) => r.start)).toEqual(
            site_.events.map((e) => (e.start.kind === 'date-time' ? e.start.utc : e.start.date)),
          );
          expect(read.map((r) => r.summary)).toEqual(site_.events.map((e) => e.title));
        } else if (process.env.CI) throw new Error('python3-icalendar missing');
      });
    });
  }

  afterAll(() => {
    const byCode = new Map<string, number>();
    for (const r of results)
      for (const d of r.diagnostics)
        byCode.set(`${d.severity} ${d.code}`, (byCode.get(`${d.severity} ${d.code}`) ?? 0) + 1);
    const lines = [
      `corpus: ${results.length} files, ${results.filter((r) => r.event).length} events kept (lenient)`,
      ...SITES.map((s) => {
        const rs = results.filter((r) => r.site === s.name);
        return `  ${s.name}: ${rs.length} files, ${rs.filter((r) => r.event).length} events, ${rs.flatMap((r) => r.diagnostics).filter((d) => d.severity === 'error').length} errors, ${rs.flatMap((r) => r.diagnostics).filter((d) => d.severity === 'warning').length} warnings`;
      }),
      ...[...byCode.entries()].sort().map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`),
    ];
    console.log(lines.join('\n'));
  });
});
