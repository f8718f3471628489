// Issue #16: a bounded property-based fuzz of parseEvent, toICalendar and the CLI's arguments.
// Bounded by numRuns and input sizes; no timing assertions.
import { readdirSync, readFileSync } from 'node:fs';
import { KlasLabError } from '@klaslab/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KlasEvent, parseEvent, toICalendar, unfoldLines } from '../../src/index.js';
import { checkICalendar } from '../helpers/rfc5545.js';
import { EVENT, run, site } from './helpers.js';

// Pieces from the hardening cases: tags, TOML dates, link and HTML openers, controls, far years.
const piece = fc.constantFrom(
  '---\n',
  '+++\n',
  'title: ',
  'title = ',
  'date: ',
  'date = ',
  'end_date: ',
  'timezone: ',
  'url: ',
  'anchor: ',
  'language: ',
  '!!js/function ',
  '!foo ',
  '2025-02-30',
  '9999-12-31T23:59',
  '0001-01-01',
  'America/New_York',
  'Mars/Olympus',
  'javascript:alert(1)',
  'https://a.be/x',
  '[a](',
  '<a href="',
  '<script>',
  '{{',
  '{%',
  '<!--',
  '**',
  '\r\n',
  '\n',
  '\r',
  '\u0000',
  '\u2028',
  '\ufffd',
  '"',
  "'",
  ' ',
  'é',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
  fc
    .array(piece, { maxLength: 40 })
    .map((p) => `---\ntitle: T\ndate: 2030-05-01 10:00\n${p.join('')}\n---\n${p.join('')}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

/** Property names a calendar from toICalendar may contain; anything else is an injected line. */
const KNOWN =
  /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|NAME|X-WR-CALNAME|X-WR-CALDESC|DESCRIPTION|SOURCE|REFRESH-INTERVAL|X-PUBLISHED-TTL|X-WR-TIMEZONE|TZID|X-LIC-LOCATION|DTSTART|TZOFFSETFROM|TZOFFSETTO|TZNAME|RRULE|EXDATE|RDATE|DURATION|SEQUENCE|UID|DTSTAMP|DTEND|SUMMARY|LOCATION|URL|IMAGE)[;:]/;

function expectOnlyKnownLines(ics: string) {
  const lines = unfoldLines(ics).filter((l) => l !== '');
  for (const line of lines) expect(line).toMatch(KNOWN);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
}

describe('fuzz: parseEvent', () => {
  it('never throws, locates every diagnostic, and what it keeps exports cleanly', () => {
    fc.assert(
      fc.property(text, (input) => {
        const r = parseEvent(input, { file: 'f.md' });
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.code).toMatch(/^EVENT_[A-Z_]+$/);
        }
        if (!r.event) return;
        let ics: string;
        try {
          ics = toICalendar([r.event], { now: 0 });
        } catch (error) {
          // Only a coded refusal is allowed (a zone history over the limit).
          expect(KlasLabError.is(error) && error.code).toBe('EVENTS_TIME_SPAN_TOO_LONG');
          return;
        }
        expectOnlyKnownLines(ics);
        expect(checkICalendar(ics)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
});

describe('fuzz: toICalendar on events that did not come from the parser', () => {
  const base = parseEvent('---\ntitle: A\ndate: 2030-05-01 10:00\nurl: https://a.be/\n---\n')
    .event!;
  const hostile = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
    fc.constant(undefined),
    fc.integer(),
    fc.constant(null),
  );
  const field = fc.constantFrom(
    'id',
    'title',
    'language',
    'url',
    'imageUrl',
    'registrationUrl',
    'descriptionText',
    'location',
    'start.time',
    'start.date',
    'start.timeZone',
    'start.utc',
  );
  it('either writes a calendar without injected lines or throws a coded error', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(field, hostile), { maxLength: 4 }),
        hostile,
        (edits, domain) => {
          const event = structuredClone(base) as unknown as Record<string, Record<string, unknown>>;
          for (const [path, value] of edits) {
            const [a, b] = path.split('.') as [string, string | undefined];
            if (b) event[a] = { ...event[a], [b]: value };
            else if (a === 'location') event[a] = { name: 'Zaal', url: value };
            else (event as Record<string, unknown>)[a] = value;
          }
          try {
            const ics = toICalendar([event as unknown as KlasEvent], {
              now: 0,
              ...(typeof domain === 'string' && { uidDomain: domain }),
            });
            expectOnlyKnownLines(ics);
          } catch (error) {
            expect(KlasLabError.is(error), String(error)).toBe(true);
            expect((error as KlasLabError).code).toMatch(/^EVENTS_[A-Z_]+$/);
          }
        },
      ),
      { numRuns: 800 },
    );
  });
});

describe('fuzz: klaslab-events arguments', () => {
  const flag = fc.constantFrom(
    '--ics',
    '--json',
    '--jsonld',
    '--time-zone',
    '--strict',
    '--preset',
    '--base-url',
    '--uid-domain',
    '--name',
    '--lang',
    '--include-underscored',
    '--verbose',
    '-v',
    '--help',
    '--version',
    '--',
    '-',
    '--bogus',
    '--ics=',
    '--json=',
  );
  // Outputs stay inside the temporary site: plain names only, no slashes.
  const value = fc.oneof(
    fc.constantFrom('ev', 'ev/a.md', 'out.ics', 'out.json', 'x.jsonld', 'Mars/Olympus', 'nl', ''),
    fc.string({ maxLength: 12 }).filter((s) => !/[/\\]/.test(s) && !s.startsWith('.')),
  );
  it('always ends with 0, 1 or 2, never throws, and never touches an input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(flag, value), { maxLength: 8 }), async (argv) => {
        const dir = site({ 'ev/a.md': EVENT, 'ev/_template.md': 'template' });
        const r = await run(argv, dir);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at /); // no stack traces
        expect(readdirSync(`${dir}/ev`).sort()).toEqual(
          expect.arrayContaining(['_template.md', 'a.md']),
        );
        expect(readFileSync(`${dir}/ev/a.md`, 'utf8')).toBe(EVENT);
        expect(readFileSync(`${dir}/ev/_template.md`, 'utf8')).toBe('template');
      }),
      { numRuns: 150 },
    );
  });
});
