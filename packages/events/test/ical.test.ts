import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KlasLabError } from '@klaslab/core';
import { build } from 'esbuild';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  type KlasEvent,
  parseEvent,
  parseEvents,
  toICalendar,
  unescapeText,
  unfoldLines,
  vtimezoneLines,
} from '../src/index.js';
import { fixture, PACKAGE_ROOT } from './helpers/load.js';
import { findPythonWithIcalendar, readWithPython } from './helpers/python.js';
import { checkICalendar } from './helpers/rfc5545.js';

const NOW = '2025-01-01T12:00:00Z';
const octets = (s: string) => new TextEncoder().encode(s).length;

function events(): KlasEvent[] {
  const files = [
    'valid/dwengo.md',
    'valid/astro.md',
    'valid/hugo.md',
    'valid/all-day.md',
    'errors/hour-24.md',
    'errors/dst-gap.md',
  ];
  return parseEvents(
    files.map((f) => ({ file: f, text: fixture(f) })),
    { baseUrl: 'https://dwengo.org' },
  ).events;
}

/** ical.js view of a calendar, with our VTIMEZONEs registered so TZID times resolve through them. */
function readWithIcalJs(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location,
      start: e.startDate,
      end: c.hasProperty('dtend') ? e.endDate : undefined,
      stamp: c.getFirstPropertyValue('dtstamp')?.toString(),
    };
  });
}

const unix = (iso: string) => Date.parse(iso) / 1000;

describe('TEXT escaping and folding (RFC 5545 §3.1, §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and newline, and reverses it', () => {
    const text = 'a\\b;c,d\ne';
    expect(escapeText(text)).toBe('a\\\\b\\;c\\,d\\ne');
    expect(unescapeText(escapeText(text))).toBe(text);
  });
  it('folds at 75 octets without splitting UTF-8 sequences', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(20)}${'x'.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((p) => p.startsWith(' ')),
    ).toBe(true);
    expect(unfoldLines(folded)).toEqual([line]);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });
  it('fills lines exactly to 75 octets for ASCII', () => {
    const folded = foldLine(`X:${'a'.repeat(200)}`).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 54]); // 202 = 75 + 74 + 53, plus one leading space each
  });
});

describe('VTIMEZONE generated from Intl', () => {
  it('writes the EU rule for Brussels as two yearly RRULEs, with TZNAME (Outlook)', () => {
    expect(vtimezoneLines('Europe/Brussels', 2025, 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Brussels',
      'X-LIC-LOCATION:Europe/Brussels',
      'BEGIN:DAYLIGHT',
      'DTSTART:20240331T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20241027T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });
  it('writes a zone without DST as one STANDARD observance', () => {
    expect(vtimezoneLines('Asia/Tokyo', 2025, 2025)).toContain('TZOFFSETTO:+0900');
    expect(vtimezoneLines('Asia/Tokyo', 2025, 2025).filter((l) => l.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VTIMEZONE',
      'BEGIN:STANDARD',
    ]);
  });
  it('writes the US rule (second Sunday of March, first of November)', () => {
    const lines = vtimezoneLines('America/New_York', 2025, 2025);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(lines).toContain('TZNAME:EDT');
    expect(lines).toContain('TZNAME:EST');
  });
});

describe('toICalendar', () => {
  let ics: string;
  let list: KlasEvent[];
  beforeAll(() => {
    list = events();
    ics = toICalendar(list, {
      name: 'Dwengo-agenda',
      now: NOW,
      uidDomain: 'dwengo.org',
      refreshInterval: 'PT12H',
    });
  });

  it('passes our independent RFC 5545 rule checker', () => {
    expect(checkICalendar(ics)).toEqual([]);
  });
  it('writes the calendar headers, one VTIMEZONE per zone and UTC DTSTAMPs', () => {
    expect(
      ics.startsWith(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KlasLab//@klaslab/events//NL\r\n',
      ),
    ).toBe(true);
    expect(ics).toContain('NAME:Dwengo-agenda\r\nX-WR-CALNAME:Dwengo-agenda\r\n');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    const zones = [...ics.matchAll(/^TZID:(.*)\r$/gm)].map((m) => m[1]);
    expect(zones).toEqual(['Europe/Amsterdam', 'Europe/Brussels']);
    expect([...ics.matchAll(/^DTSTAMP:(.*)\r$/gm)].every((m) => m[1] === '20250101T120000Z')).toBe(
      true,
    );
  });
  it('writes all-day events with an exclusive DTEND', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20221212\r\nDTEND;VALUE=DATE:20221214\r\n');
  });
  it('writes local times with TZID, never shifted', () => {
    expect(ics).toContain(
      'DTSTART;TZID=Europe/Brussels:20251016T093000\r\nDTEND;TZID=Europe/Brussels:20251016T163000\r\n',
    );
    expect(ics).toContain('DTEND;TZID=Europe/Brussels:20230529T000000\r\n'); // T24:00 = next midnight
  });
  it('writes UID, URL, LOCATION with ALTREP, IMAGE and LANGUAGE', () => {
    expect(ics).toContain('UID:nascholing_sociale_robot_2025_10_16@dwengo.org\r\n');
    expect(ics).toContain(
      'URL;VALUE=URI:https://dwengo.eventgoose.com/events/mvbeBMkrpQN2yP4g\r\n',
    );
    expect(unfoldLines(ics)).toContain(
      'IMAGE;VALUE=URI;DISPLAY=BADGE:https://dwengo.org/images/curricula/logo_socialrobot.png',
    );
    expect(unfoldLines(ics)).toContain(
      'LOCATION;ALTREP="https://www.google.com/maps/place/De+Krook";LANGUAGE=nl:Stadsbibliotheek De Krook: Miriam Makebaplein 1\\, 9000 Gent',
    );
  });
  it('round-trips through ical.js: texts unchanged, instants equal', () => {
    const read = readWithIcalJs(ics);
    expect(read).toHaveLength(list.length);
    read.forEach((r, i) => {
      const e = list[i]!;
      expect(r.uid).toBe(`${e.id}@dwengo.org`);
      expect(r.summary).toBe(e.title);
      expect(r.description ?? '').toBe(e.descriptionText);
      expect(r.stamp).toBe('2025-01-01T12:00:00Z');
      if (e.start.kind === 'date-time') {
        expect(r.start.isDate).toBe(false);
        expect(r.start.toUnixTime()).toBe(unix(e.start.utc));
      } else expect(r.start.toString()).toBe(e.start.date);
      if (e.end?.kind === 'date-time') expect(r.end?.toUnixTime()).toBe(unix(e.end.utc));
    });
  });
  it('round-trips through python3-icalendar (a second, independent parser)', (ctx) => {
    const python = findPythonWithIcalendar();
    if (!python) {
      if (process.env.CI)
        throw new Error(
          'python3-icalendar is missing: .ci/run installs it from .ci/apt-packages.txt',
        );
      ctx.skip(
        'python3-icalendar is not installed (apt-get install python3-icalendar): second parser not checked',
      );
      return; // ctx.skip throws; TypeScript does not narrow through it
    }
    const read = readWithPython(python, ics);
    expect(read).toHaveLength(list.length);
    read.forEach((r, i) => {
      const e = list[i]!;
      expect(r.summary).toBe(e.title);
      expect(r.description ?? '').toBe(e.descriptionText);
      expect(r.dtstamp).toBe('20250101T120000Z');
      expect(r.start).toBe(e.start.kind === 'date-time' ? e.start.utc : e.start.date);
      if (e.end?.kind === 'date-time') expect(r.end).toBe(e.end.utc);
    });
  });
  it('is byte-identical whatever the host TZ is (child processes with TZ=UTC and TZ=America/New_York)', async () => {
    const out = await build({
      entryPoints: [join(PACKAGE_ROOT, 'src/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
      // yaml's CommonJS parts call require(); give the ESM bundle one.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'klaslab-events-tz-'));
    const lib = join(dir, 'lib.mjs');
    writeFileSync(lib, out.outputFiles[0]!.text);
    const inputs = [
      'valid/dwengo.md',
      'valid/astro.md',
      'valid/hugo.md',
      'valid/all-day.md',
      'errors/hour-24.md',
      'errors/dst-gap.md',
    ].map((f) => ({ file: f, text: fixture(f) }));
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify(inputs));
    const script = `import { parseEvents, toICalendar } from './lib.mjs';
import { readFileSync } from 'node:fs';
const inputs = JSON.parse(readFileSync(new URL('./inputs.json', import.meta.url), 'utf8'));
const { events } = parseEvents(inputs, { baseUrl: 'https://dwengo.org' });
process.stdout.write(toICalendar(events, { now: '${NOW}', uidDomain: 'dwengo.org' }));`;
    writeFileSync(join(dir, 'run.mjs'), script);
    const outputs = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Europe/Brussels'].map((tz) => {
      const r = spawnSync(process.execPath, [join(dir, 'run.mjs')], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    });
    const here = toICalendar(events(), { now: NOW, uidDomain: 'dwengo.org' });
    for (const o of outputs) expect(o).toBe(here);
  });
  it('refuses duplicate UIDs and an end before the start (never swaps them)', () => {
    const e = list[0]!;
    expect(() => toICalendar([e, e])).toThrowError(KlasLabError);
    const bad: KlasEvent = {
      ...e,
      end: {
        kind: 'date-time',
        date: '2000-01-01',
        time: '00:00:00',
        timeZone: 'UTC',
        offset: '+00:00',
        utc: '2000-01-01T00:00:00Z',
      },
    } as KlasEvent;
    try {
      toICalendar([bad]);
      expect.unreachable();
    } catch (error) {
      expect(KlasLabError.is(error) && error.code).toBe('EVENTS_END_BEFORE_START');
    }
    expect(() => toICalendar([e], { now: 'gisteren' })).toThrowError(/now/);
    expect(() => toICalendar([e], { refreshInterval: '12 uur' })).toThrowError(/duration/);
  });
  it('writes UTC-zone events with Z and no VTIMEZONE', () => {
    const { event } = parseEvent('---\ntitle: T\ndate: 2025-01-01T10:00:00Z\ntimezone: UTC\n---\n');
    const out = toICalendar([event!], { now: NOW });
    expect(out).toContain('DTSTART:20250101T100000Z\r\n');
    expect(out).not.toContain('VTIMEZONE');
    expect(checkICalendar(out)).toEqual([]);
  });
});

describe('the RFC checker itself catches broken calendars', () => {
  it('reports long lines, bare LF, floating DTSTAMP, TZID without VTIMEZONE and DTEND before DTSTART', () => {
    const bad = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:x',
      'BEGIN:VEVENT',
      'UID:1',
      'DTSTAMP:20250101T000000',
      'DTSTART;TZID=Europe/Brussels:20250102T100000',
      'DTEND;TZID=Europe/Brussels:20250101T100000',
      `SUMMARY:${'x'.repeat(80)}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const problems = checkICalendar(`${bad}\nX:1\r\n`);
    expect(problems.join('\n')).toMatch(/octets/);
    expect(problems.join('\n')).toMatch(/bare CR or LF/);
    expect(problems.join('\n')).toMatch(/DTSTAMP not in UTC/);
    expect(problems.join('\n')).toMatch(/TZID Europe\/Brussels used without a VTIMEZONE/);
    expect(problems.join('\n')).toMatch(/DTEND .* is not after DTSTART/);
    expect(
      checkICalendar(
        'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nSUMMARY:a,b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      ).join('\n'),
    ).toMatch(/unescaped/);
  });
});
