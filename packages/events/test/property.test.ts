import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  type KlasEvent,
  parseEvent,
  readDateTime,
  sanitizeText,
  toICalendar,
  unfoldLines,
} from '../src/index.js';
import { checkICalendar } from './helpers/rfc5545.js';

// Frontmatter-ish text: fences, keys, dates, quotes, brackets and noise in random order.
const piece = fc.constantFrom(
  '---',
  '+++',
  '\n',
  'title: ',
  'date: ',
  'end_date: ',
  'startTime: ',
  'timezone: ',
  'location:\n  title: ',
  '2025-11-14',
  'T09:30:00',
  'T24:00',
  'T009:99',
  '+01:00',
  'Z',
  '"',
  "'",
  '""',
  '[',
  ']',
  '{',
  '}',
  ': ',
  '- ',
  '&a',
  '*a',
  '|',
  '>',
  '#',
  '\t',
  ' ',
  'YYYY-MM-DD',
  'https://x.be',
  '/rel',
  'é',
  '😀',
  '\r\n',
  '= ',
  '[venue]',
);
const frontmatterish = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
  fc.array(piece, { maxLength: 30 }).map((p) => `---\n${p.join('')}\n---\nbody`),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('property: parseEvent never throws and always explains itself', () => {
  it('returns diagnostics (never an exception) for arbitrary input', () => {
    fc.assert(
      fc.property(
        frontmatterish,
        fc.constantFrom<'lenient' | 'strict'>('lenient', 'strict'),
        (text, mode) => {
          const r = parseEvent(text, { file: 'x.md', mode });
          if (!r.event) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          for (const d of r.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.column).toBeGreaterThanOrEqual(1);
            expect(d.code).toMatch(/^EVENT_[A-Z_]+$/);
          }
          // Whatever was kept exports to a valid calendar.
          if (r.event) expect(checkICalendar(toICalendar([r.event], { now: 0 }))).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });
  it('the date reader accepts exactly the valid ISO forms and never shifts them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        fc.integer({ min: 0, max: 26 }),
        fc.integer({ min: 0, max: 99 }),
        (y, mo, d, h, mi) => {
          const p = (n: number) => String(n).padStart(2, '0');
          const text = `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:00`;
          const r = readDateTime(text);
          const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
          const valid =
            mo >= 1 &&
            mo <= 12 &&
            d >= 1 &&
            d <= dim &&
            mi <= 59 &&
            (h <= 23 || (h === 24 && mi === 0));
          expect(r.ok).toBe(valid);
          if (r.ok && r.value.kind === 'date-time')
            expect([
              r.value.year,
              r.value.month,
              r.value.day,
              r.value.hour,
              r.value.minute,
            ]).toEqual([y, mo, d, h, mi]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('property: titles and descriptions survive the iCal round trip', () => {
  const base = parseEvent('---\ntitle: T\ndate: 2025-06-01T10:00:00\nanchor: p\n---\n').event!;
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ maxLength: 300 }),
  );
  it('SUMMARY and DESCRIPTION read back unchanged by ical.js (after sanitising controls)', () => {
    fc.assert(
      fc.property(text, text, (title, description) => {
        const event: KlasEvent = { ...base, title, descriptionText: description };
        const ics = toICalendar([event], { now: 0 });
        expect(checkICalendar(ics)).toEqual([]);
        const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
        expect(vevent.getFirstPropertyValue('summary')).toBe(sanitizeText(title));
        const desc = vevent.getFirstPropertyValue('description');
        expect(desc ?? '').toBe(description === '' ? '' : sanitizeText(description));
        // Unfolding restores each logical line.
        expect(unfoldLines(ics).every((l) => !l.startsWith(' '))).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
  it('text without control characters comes back byte for byte', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: filtering to printable input
        fc.pre(!/[\u0000-\u001f\u007f]/.test(title));
        const ics = toICalendar([{ ...base, title }], { now: 0 });
        const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
        expect(vevent.getFirstPropertyValue('summary')).toBe(title);
      }),
      { numRuns: 500 },
    );
  });
});
