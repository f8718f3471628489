import { KlasLabError } from '@klaslab/core';
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSTIC_CODES,
  localizeDiagnostic,
  markdownToText,
  messages,
  parseEvent,
  parseEvents,
} from '../src/index.js';
import { fixture } from './helpers/load.js';

type Expect = [file: string, kept: boolean, diagnostics: string[]];

// One fixture per authoring error kind: the codes with their line:column, and whether lenient mode
// keeps the event. Positions point at the wrong character, not at the key.
const CASES: Expect[] = [
  ['no-frontmatter.md', false, ['EVENT_NO_FRONTMATTER@1:1']],
  ['unclosed.md', false, ['EVENT_FRONTMATTER_UNCLOSED@1:1']],
  ['not-mapping.md', false, ['EVENT_FRONTMATTER_NOT_MAPPING@2:1']],
  ['yaml-syntax.md', true, ['EVENT_YAML_SYNTAX@5:1']],
  ['toml-syntax.md', true, ['EVENT_TOML_SYNTAX@4:18']],
  ['stray-quotes.md', true, ['EVENT_YAML_STRAY_QUOTES@4:16']],
  ['duplicate-key.md', true, ['EVENT_DUPLICATE_KEY@4:1']],
  ['typo-key.md', true, ['EVENT_UNKNOWN_KEY@4:1']],
  ['hour-24.md', true, ['EVENT_DATE_END_OF_DAY@4:22']],
  ['minutes-99.md', true, ['EVENT_DATE_MINUTE_RANGE@4:25']],
  ['minutes-90.md', false, ['EVENT_DATE_MINUTE_RANGE@3:21']],
  ['seconds-60.md', false, ['EVENT_DATE_SECOND_RANGE@3:24']],
  ['hour-25.md', false, ['EVENT_DATE_HOUR_RANGE@3:18']],
  ['day-213.md', false, ['EVENT_DATE_DAY_RANGE@3:15']],
  ['hour-three-digits.md', false, ['EVENT_DATE_HOUR_DIGITS@3:18', 'EVENT_DATE_HOUR_DIGITS@4:22']],
  ['hour-one-digit.md', true, ['EVENT_DATE_ONE_DIGIT_HOUR@3:18']],
  ['end-year-earlier.md', true, ['EVENT_END_BEFORE_START@4:11']],
  ['end-before-start.md', true, ['EVENT_END_BEFORE_START@4:11']],
  ['end-kind-mismatch.md', true, ['EVENT_END_KIND_MISMATCH@4:11']],
  ['time-past-midnight.md', true, ['EVENT_END_BEFORE_START@5:11']],
  [
    'placeholder.md',
    false,
    [
      'EVENT_TITLE_MISSING@2:9',
      'EVENT_DATE_PLACEHOLDER@3:7',
      'EVENT_DATE_PLACEHOLDER@4:11',
      'EVENT_URL_EMPTY@5:17',
      'EVENT_FIELD_EMPTY@6:10',
    ],
  ],
  ['relative-url.md', true, ['EVENT_URL_RELATIVE@4:20']],
  ['empty-url.md', true, ['EVENT_URL_EMPTY@4:21']],
  ['invalid-url.md', true, ['EVENT_URL_INVALID@4:21']],
  ['location-url.md', true, ['EVENT_LOCATION_IS_URL@4:12']],
  ['missing-title.md', false, ['EVENT_TITLE_MISSING@2:1']],
  ['missing-start.md', false, ['EVENT_START_MISSING@2:1']],
  ['bad-timezone.md', true, ['EVENT_TIMEZONE_INVALID@4:11']],
  ['bad-language.md', true, ['EVENT_LANGUAGE_INVALID@4:12']],
  ['dst-gap.md', true, ['EVENT_DATE_DST_GAP@3:7']],
  ['offset-mismatch.md', true, ['EVENT_DATE_OFFSET_MISMATCH@3:7']],
  // recurrence: a broken rule is left out (the event is listed once), pointing into the rule
  ['rrule-syntax.md', true, ['EVENT_RRULE_SYNTAX@4:9']],
  ['rrule-freq-missing.md', true, ['EVENT_RRULE_FREQ_MISSING@4:9']],
  ['rrule-unknown-part.md', true, ['EVENT_RRULE_UNKNOWN_PART@5:21']],
  ['rrule-duplicate-part.md', true, ['EVENT_RRULE_DUPLICATE_PART@4:30']],
  ['rrule-value.md', true, ['EVENT_RRULE_VALUE@4:27']],
  ['rrule-until-and-count.md', true, ['EVENT_RRULE_UNTIL_AND_COUNT@4:48']],
  ['rrule-part-not-allowed.md', true, ['EVENT_RRULE_PART_NOT_ALLOWED@4:27']],
  ['rrule-never.md', true, ['EVENT_RRULE_NEVER@4:9']],
  ['rrule-until-type.md', true, ['EVENT_RRULE_UNTIL_TYPE@4:36']],
  ['rrule-until-before-start.md', true, ['EVENT_RRULE_UNTIL_BEFORE_START@4:27']],
  ['rrule-start-not-in-rule.md', true, ['EVENT_RRULE_START_NOT_IN_RULE@4:9']],
  ['recurrence-unknown.md', true, ['EVENT_RECURRENCE_UNKNOWN@4:1']],
  ['recurrence-kind.md', true, ['EVENT_RECURRENCE_KIND@6:5']],
  ['exdate-without-rule.md', true, ['EVENT_EXDATE_WITHOUT_RULE@4:9']],
  ['exdate-no-match.md', true, ['EVENT_EXDATE_NO_MATCH@7:5']],
  ['yaml-unknown-tag.md', true, ['EVENT_YAML_UNKNOWN_TAG@4:10']],
  ['toml-day-30.md', false, ['EVENT_DATE_DAY_RANGE@3:16']],
];

describe('one fixture per authoring error', () => {
  it.each(CASES)('%s', (name, kept, expected) => {
    const { event, diagnostics } = parseEvent(fixture(`errors/${name}`), {
      file: `_events/${name}`,
    });
    expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual(expected);
    expect(event !== undefined).toBe(kept);
    for (const d of diagnostics) {
      expect(d.file).toBe(`_events/${name}`);
      expect(d.message.length).toBeGreaterThan(10);
    }
    // Strict mode keeps nothing that has an error.
    const strict = parseEvent(fixture(`errors/${name}`), { file: name, mode: 'strict' });
    const hasError = strict.diagnostics.some((d) => d.severity === 'error');
    if (hasError) expect(strict.event).toBeUndefined();
    else expect(strict.event !== undefined).toBe(kept);
  });

  it('covers every error-severity code that a single file can produce', () => {
    const seen = new Set(CASES.flatMap(([, , d]) => d.map((x) => x.split('@')[0])));
    const fileLevel = DIAGNOSTIC_CODES.filter(
      (c) =>
        ![
          'EVENT_DUPLICATE_ID',
          'EVENT_FRONTMATTER_UNREADABLE',
          // reported by readEventFiles (bytes and folders), not by one file's text
          'EVENT_FILE_SKIPPED',
          'EVENT_ENCODING_INVALID',
        ].includes(c),
    );
    const missing = fileLevel.filter(
      (c) =>
        !seen.has(c) &&
        ![
          'EVENT_DATE_MONTH_RANGE',
          'EVENT_DATE_OFFSET_INVALID',
          'EVENT_DATE_EMPTY',
          'EVENT_DATE_INVALID',
          'EVENT_FIELD_TYPE',
          'EVENT_DATE_FRACTION_DROPPED',
          'EVENT_DATE_AMBIGUOUS',
          'EVENT_DATE_YEAR_MISMATCH',
          'EVENT_TIME_CONFLICT',
          'EVENT_END_EQUALS_START',
          'EVENT_URL_PLACEHOLDER',
          // site conventions: fixtures in test/fixtures/sites, checked by sites.test.ts
          'EVENT_DRAFT',
          'EVENT_UNPUBLISHED',
          'EVENT_NOT_YET_PUBLISHED',
          'EVENT_EXPIRED',
          'EVENT_SECTION_PAGE',
          'EVENT_START_FROM_FILE_NAME',
          'EVENT_KEY_SHADOWED',
          'EVENT_URL_PAGE_RELATIVE',
          'EVENT_TEXT_TOO_LONG', // test/hardening: needs a body over 50 000 characters
        ].includes(c),
    );
    expect(missing).toEqual([]);
  });
});

describe('what lenient mode keeps and says', () => {
  it('T24:00 becomes 00:00 the next day, never 00:00 the same day', () => {
    const { event } = parseEvent(fixture('errors/hour-24.md'));
    expect(event?.end).toMatchObject({
      date: '2023-05-29',
      time: '00:00:00',
      utc: '2023-05-28T22:00:00Z',
    });
  });
  it('drops an end a year before the start, hints at last year, keeps the start', () => {
    const { event, diagnostics } = parseEvent(fixture('errors/end-year-earlier.md'), {
      locale: 'en',
    });
    expect(event?.start).toMatchObject({ date: '2026-03-05', time: '09:30:00' });
    expect(event?.end).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({
      dropped: 'end',
      hint: 'The end is exactly one year before the start: copied from last year?',
    });
  });
  it('suggests the intended hour for three-digit hours and the file-name date for day 213', () => {
    const three = parseEvent(fixture('errors/hour-three-digits.md'), { locale: 'en' })
      .diagnostics[0];
    expect(three?.hint).toBe('Did you mean 2025-10-16T09:30:00?');
    const day = parseEvent(fixture('errors/day-213.md'), {
      file: '2025-01-13_DeKrook.md',
      locale: 'en',
    }).diagnostics[0];
    expect(day?.hint).toBe('The file name says 2025-01-13.');
  });
  it('keeps the event around a stray-quotes line, dropping only that key', () => {
    const { event, diagnostics } = parseEvent(fixture('errors/stray-quotes.md'), { locale: 'en' });
    expect(event?.title).toBe('Workshop');
    expect(event?.language).toBe('nl');
    expect(event?.location).toBeUndefined();
    expect(diagnostics[0]?.hint).toBe('Write location_link: "https://maps.example.be/krook".');
  });
  it('keeps the last value of a duplicated key, as Jekyll does, and says where the first was', () => {
    const { event, diagnostics } = parseEvent(fixture('errors/duplicate-key.md'), { locale: 'en' });
    expect(event?.title).toBe('Workshop AI');
    expect(diagnostics[0]?.message).toContain('first on line 2');
  });
  it('does not use a typo key, but keeps it in extra and suggests the right one', () => {
    const { event, diagnostics } = parseEvent(fixture('errors/typo-key.md'), { locale: 'en' });
    expect(event?.imageUrl).toBeUndefined();
    expect(event?.extra).toEqual({ item_theme_logo_ur: '/images/logo.png' });
    expect(diagnostics[0]?.message).toBe(
      'Unknown key item_theme_logo_ur: did you mean item_theme_logo_url?',
    );
  });
  it('falls back to the caller zone for an unknown zone in the file, and says so', () => {
    const { event, diagnostics } = parseEvent(fixture('errors/bad-timezone.md'), {
      timeZone: 'Europe/Amsterdam',
      locale: 'en',
    });
    expect(event?.timeZone).toBe('Europe/Amsterdam');
    expect(diagnostics[0]?.message).toBe(
      'Unknown time zone "Europe/Gent"; using Europe/Amsterdam. (timezone left out)',
    );
  });
  it('moves a time in the spring-forward gap forward and warns', () => {
    const { event } = parseEvent(fixture('errors/dst-gap.md'));
    expect(event?.start).toMatchObject({
      time: '03:30:00',
      offset: '+02:00',
      utc: '2025-03-30T01:30:00Z',
    });
  });
  it('keeps the instant of an explicit offset, shown in the event zone', () => {
    const { event } = parseEvent(fixture('errors/offset-mismatch.md'));
    expect(event?.start).toMatchObject({
      time: '10:30:00',
      offset: '+02:00',
      utc: '2025-07-01T08:30:00Z',
    });
  });
  it('hints "past midnight" when only end times are given and the end is earlier', () => {
    const d = parseEvent(fixture('errors/time-past-midnight.md'), { locale: 'en' }).diagnostics[0];
    expect(d?.hint).toBe('Does it end after midnight? Then set the end date too.');
  });
  it('reports a title of the wrong type and an end equal to the start', () => {
    const r = parseEvent(
      '---\ntitle: [a, b]\ndate: 2025-01-01T10:00\nend_date: 2025-01-01T10:00\n---\n',
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'EVENT_FIELD_TYPE',
      'EVENT_END_EQUALS_START',
    ]);
    expect(r.event).toBeUndefined();
  });
  it('reports a placeholder link and a year that differs from the file name', () => {
    const r = parseEvent(
      '---\ntitle: T\ndate: 2029-01-29T09:30:00\nurl: https://example.com/event\n---\n',
      { file: '2026-01-29_Taaltech.md' },
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'EVENT_DATE_YEAR_MISMATCH',
      'EVENT_URL_PLACEHOLDER',
    ]);
  });
  it('reports an ambiguous fall-back time as info and a time conflict as a warning', () => {
    const r = parseEvent('---\ntitle: T\ndate: 2025-10-26T02:30:00\nstartTime: "10:00"\n---\n');
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['EVENT_DATE_AMBIGUOUS', 'info'],
      ['EVENT_TIME_CONFLICT', 'warning'],
    ]);
    expect(r.event?.start).toMatchObject({ utc: '2025-10-26T00:30:00Z' });
  });
});

describe('no silent time shift', () => {
  it('reads a local time in the event zone, not UTC and not the host zone', () => {
    const { event } = parseEvent('---\ntitle: T\ndate: 2025-11-14T09:30:00\n---\n');
    expect(event?.start).toEqual({
      kind: 'date-time',
      date: '2025-11-14',
      time: '09:30:00',
      timeZone: 'Europe/Brussels',
      offset: '+01:00',
      utc: '2025-11-14T08:30:00Z',
    });
  });
  it('uses the zone of the file over the option, and the option over the default', () => {
    const text = '---\ntitle: T\ndate: 2025-07-01T09:30\ntimezone: America/New_York\n---\n';
    expect(parseEvent(text, { timeZone: 'Europe/Amsterdam' }).event?.start).toMatchObject({
      utc: '2025-07-01T13:30:00Z',
    });
    expect(
      parseEvent('---\ntitle: T\ndate: 2025-07-01T09:30\n---\n', { timeZone: 'Asia/Tokyo' }).event
        ?.start,
    ).toMatchObject({ utc: '2025-07-01T00:30:00Z' });
  });
  it('reads startTime: 17:00 as a time, never as the number 1020', () => {
    const { event } = parseEvent(fixture('valid/astro.md'), { timeZone: 'Europe/Copenhagen' });
    expect(event?.start).toMatchObject({
      date: '2025-12-02',
      time: '17:00:00',
      utc: '2025-12-02T16:00:00Z',
    });
    expect(event?.end).toMatchObject({ date: '2025-12-02', time: '20:00:00' });
  });
});

describe('presets and mapping', () => {
  it('reads a complete Dwengo file', () => {
    const { event, diagnostics } = parseEvent(fixture('valid/dwengo.md'), {
      file: '_events/2025-10-16_sociale_robot.md',
      baseUrl: 'https://dwengo.org',
    });
    expect(diagnostics).toEqual([]);
    expect(event).toMatchObject({
      id: 'nascholing_sociale_robot_2025_10_16',
      title: 'Nascholing Sociale Robot',
      allDay: false,
      location: {
        name: 'Stadsbibliotheek De Krook: Miriam Makebaplein 1, 9000 Gent',
        url: 'https://www.google.com/maps/place/De+Krook',
      },
      registrationUrl: 'https://dwengo.eventgoose.com/events/mvbeBMkrpQN2yP4g',
      imageUrl: 'https://dwengo.org/images/curricula/logo_socialrobot.png',
      language: 'nl',
      source: { file: '_events/2025-10-16_sociale_robot.md', format: 'yaml', preset: 'dwengo' },
    });
    expect(event?.descriptionText).toBe(
      'In deze nascholing maak je kennis met het materiaal (https://dwengo.org/socialerobot).\n\nWanneer: 16 oktober 2025 van 9u30-16u30\n\nPlan',
    );
  });
  it('reads an Astro file with a venue object and keeps unknown keys in extra', () => {
    const { event, diagnostics } = parseEvent(fixture('valid/astro.md'));
    expect(diagnostics).toEqual([]);
    expect(event).toMatchObject({
      location: { name: 'Trifork A/S', address: 'Trifork A/S, 9 Sankt Knuds Torv, Aarhus' },
      url: 'https://www.meetup.com/aarhusjs-meetup/events/311884214/',
      extra: { organizer: 'aarhusjs' },
      source: { preset: 'common' },
    });
  });
  it('reads Hugo TOML with a time zone, signup.url, lang and image', () => {
    const { event, diagnostics } = parseEvent(fixture('valid/hugo.md'), {
      file: 'content/events/open-lab.md',
    });
    expect(diagnostics).toEqual([]);
    expect(event).toMatchObject({
      id: 'open-lab',
      timeZone: 'Europe/Amsterdam',
      start: { utc: '2025-03-29T09:00:00Z' },
      end: { time: '12:30:00' },
      registrationUrl: 'https://school.nl/inschrijven',
      imageUrl: 'https://school.nl/img/lab.png',
      language: 'nl-NL',
      location: { name: 'Mediatheek', address: 'Schoolstraat 1, Utrecht' },
      source: { format: 'toml' },
    });
  });
  it('reads an all-day event with an inclusive end day', () => {
    const { event } = parseEvent(fixture('valid/all-day.md'));
    expect(event).toMatchObject({
      allDay: true,
      start: { kind: 'date', date: '2022-12-12' },
      end: { kind: 'date', date: '2022-12-13' },
    });
  });
  it('takes a user mapping before the preset', () => {
    const text = '---\nnaam: Open dag\nwanneer: 2025-05-01\ntitle: ignored\n---\n';
    const { event } = parseEvent(text, { mapping: { title: 'naam', start: ['wanneer'] } });
    expect(event?.title).toBe('Open dag');
    expect(event?.source.preset).toBe('common+custom');
  });
  it('accepts locations as a list and a string', () => {
    expect(
      parseEvent('---\ntitle: T\ndate: 2025-05-01\nlocations: [Gent, Brugge]\n---\n').event
        ?.location,
    ).toEqual({ name: 'Gent' });
  });
  it('accepts a local development server as baseUrl and still flags links that resolve to it', () => {
    const { event, diagnostics } = parseEvent(
      '---\ntitle: T\ndate: 2025-01-01\nurl: /inschrijven\n---\n',
      { baseUrl: 'http://localhost:6006/events/' },
    );
    expect(event?.title).toBe('T');
    expect(diagnostics.map((d) => d.code)).toContain('EVENT_URL_PLACEHOLDER');
  });
  it('rejects bad options with a KlasLabError', () => {
    const call = (o: object) => () => parseEvent('---\ntitle: T\ndate: 2025-01-01\n---\n', o);
    expect(call({ timeZone: 'Mars/Olympus' })).toThrow(KlasLabError);
    expect(call({ preset: 'wordpress' })).toThrowError(/Unknown preset/);
    // Names of Object.prototype's members are no presets either.
    expect(call({ preset: 'toString' })).toThrowError(/Unknown preset/);
    expect(call({ baseUrl: '/relative' })).toThrowError(/absolute/);
    expect(call({ baseUrl: 'ftp://files.school.be/' })).toThrowError(/absolute/);
    try {
      call({ timeZone: 'Mars/Olympus' })();
    } catch (e) {
      expect(KlasLabError.is(e) && e.code).toBe('EVENTS_BAD_TIME_ZONE');
    }
  });
});

describe('stable ids', () => {
  it('uses the anchor, else the file slug, else a fingerprint of title and start', () => {
    expect(
      parseEvent('---\ntitle: T\ndate: 2025-01-01\nanchor: mijn-anker\n---\n', { file: 'x.md' })
        .event?.id,
    ).toBe('mijn-anker');
    expect(
      parseEvent('---\ntitle: T\ndate: 2025-01-01\n---\n', { file: 'a/b/2025-01-01_Café.md' }).event
        ?.id,
    ).toBe('2025-01-01_Cafe');
    const a = parseEvent('---\ntitle: T\ndate: 2025-01-01\n---\n').event?.id;
    expect(a).toMatch(/^event-[0-9a-f]{8}$/);
    expect(parseEvent('---\ntitle: T\ndate: 2025-01-01\n---\n').event?.id).toBe(a);
    expect(a).toBe('event-1cef1792');
  });
  it('parseEvents leaves out a second event with the same id and sorts by start', () => {
    const text = (d: string) => `---\ntitle: T\ndate: ${d}\nanchor: same\n---\n`;
    const r = parseEvents([
      { file: 'b.md', text: text('2025-02-01') },
      { file: 'a.md', text: text('2025-01-01') },
      { file: 'c.md', text: '---\ntitle: C\ndate: 2024-01-01\n---\n' },
    ]);
    expect(r.events.map((e) => e.id)).toEqual(['c', 'same']);
    expect(r.diagnostics.map((d) => `${d.file}:${d.code}`)).toEqual(['a.md:EVENT_DUPLICATE_ID']);
  });
});

describe('messages', () => {
  it('has Dutch and English text for every code and hint', () => {
    // A value for every placeholder any message uses.
    const params = {
      key: 'k',
      value: 'v',
      part: 'p',
      max: 1,
      firstLine: 1,
      suggestion: 's',
      keys: 'k',
      expected: 'e',
      actual: 'a',
      fence: '---',
      detail: 'd',
      timeZone: 'z',
      offset: 'o',
      zoneOffset: 'z',
      year: 1,
      fileYear: 2,
      dateKey: 'd',
      end: 'e',
      start: 's',
      fallback: 'f',
      id: 'i',
      other: 'o',
      field: 'f',
      example: 'e',
      fileDate: 'f',
      rule: 'r',
      freq: 'f',
      used: 'u',
      fixed: 'f',
      kind: 'k',
      first: 'f',
      reason: 'r',
      tag: 't',
      length: 2,
      limit: 1,
    };
    for (const key of messages.keys()) {
      const nl = messages.t('nl', key, params);
      const en = messages.t('en', key, params);
      expect(nl).not.toBe('');
      expect(en).not.toBe('');
      if (!['rejected'].includes(key)) expect(en === nl && !/^\{/.test(nl)).toBe(false);
    }
  });
  it('re-renders a Dutch diagnostic in English', () => {
    const d = parseEvent(fixture('errors/minutes-99.md')).diagnostics[0]!;
    expect(d.message).toBe('Minuten "99" in end_date bestaan niet (00–59). (end weggelaten)');
    expect(localizeDiagnostic(d, 'en-GB').message).toBe(
      'Minutes "99" in end_date do not exist (00–59). (end left out)',
    );
  });
});

describe("input that names Object.prototype's members", () => {
  it('is read as plain text: an entity, a repeat word, a repeat part', () => {
    expect(markdownToText('A &constructor; B &valueOf; &amp; C')).toBe(
      'A &constructor; B &valueOf; & C',
    );
    for (const repeat of ['constructor', 'valueOf', '{ constructor: 2 }']) {
      const { event, diagnostics } = parseEvent(
        `---\ntitle: T\ndate: 2025-01-01\nrepeat: ${repeat}\n---\n`,
      );
      expect(event?.title).toBe('T');
      expect(JSON.stringify(event)).not.toMatch(/function|native code/);
      expect(diagnostics.length).toBeGreaterThan(0);
    }
  });
});
