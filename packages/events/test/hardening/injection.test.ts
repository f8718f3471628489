// Issue #16, cases 17 and 22: every value is checked at the serializer, errors carry codes.
import { describe, expect, it } from 'vitest';
import { type KlasEvent, parseEvent, toICalendar, toJsonLd } from '../../src/index.js';
import { EVENT, run, site } from './helpers.js';

const base = parseEvent('---\ntitle: A\ndate: 2030-05-01 10:00\nurl: https://school.be/a\n---\n')
  .event!;

const withField = (patch: Record<string, unknown>) => ({ ...base, ...patch }) as KlasEvent;

describe('hardening: injection into iCalendar (events)', () => {
  it('17. --uid-domain with CR/LF is refused, no X-INJ line', async () => {
    const dir = site({ 'a.md': EVENT });
    const r = await run(['a.md', '--ics', '-', '--uid-domain', 'a.be\r\nX-INJ:1'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('X-INJ');
    expect(r.stderr).toContain('EVENTS_BAD_OPTION');
  });

  it.each([
    ['language', { language: 'nl\r\nX-INJ:1' }],
    ['url', { url: 'https://a.be/\r\nX-INJ:1' }],
    ['url', { url: 'javascript:alert("url")' }],
    ['imageUrl', { imageUrl: 'https://a.be/x.png\nX-INJ:1' }],
    ['location.url', { location: { name: 'Zaal', url: 'https://a.be/"\r\nX-INJ:1' } }],
    ['id', { id: 'a\r\nX-INJ:1' }],
    ['start.time', { start: { ...base.start, time: '10:00:00\r\nX-INJ:1' } }],
    ['start.timeZone', { start: { ...base.start, timeZone: 'Mars/Olympus' } }],
    ['start', { start: '2030-05-01' }],
  ])('17/22. a bad %s is a coded error, never a calendar line', (field, patch) => {
    let thrown: unknown;
    try {
      toICalendar([withField(patch)], { now: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'EVENTS_INVALID_EVENT', details: { field } });
  });

  it.each([{ prodId: 'x\r\nX-INJ:1' }, { source: 'javascript:1' }, { now: 1e20 }])(
    '17. a bad option %j is EVENTS_BAD_OPTION',
    (options) => {
      expect(() => toICalendar([base], options)).toThrowError(
        expect.objectContaining({ code: 'EVENTS_BAD_OPTION' }),
      );
    },
  );

  it('17. text fields keep working: CR/LF in a title is escaped, not injected', () => {
    const ics = toICalendar([withField({ title: 'A\r\nX-INJ:1' })], { now: 0 });
    expect(ics).not.toMatch(/\r\nX-INJ/);
    expect(ics).toContain('SUMMARY:A\\nX-INJ:1');
  });
});

describe('hardening: injection into JSON-LD (events)', () => {
  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('18. toJsonLd leaves out %s in every link field', (bad) => {
    const ld = toJsonLd(
      withField({
        url: bad,
        imageUrl: bad,
        registrationUrl: bad,
        location: { name: 'Zaal', url: bad },
      }),
      { organizer: { name: 'School', url: bad } },
    );
    expect(JSON.stringify(ld)).not.toMatch(/javascript:|data:|vbscript:/);
    expect(ld.location).toEqual({ '@type': 'Place', name: 'Zaal' });
  });
});
