import { describe, expect, it } from 'vitest';
import {
  type KlasEvent,
  markdownToText,
  parseEvent,
  sanitizeText,
  toJson,
  toJsonLd,
} from '../src/index.js';
import { fixture } from './helpers/load.js';

describe('toJsonLd (schema.org Event)', () => {
  it('describes a place, offsets in dates, offers for registration and the language', () => {
    const { event } = parseEvent(fixture('valid/dwengo.md'), { baseUrl: 'https://dwengo.org' });
    expect(
      toJsonLd(event!, { organizer: { name: 'Dwengo vzw', url: 'https://dwengo.org' } }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Nascholing Sociale Robot',
      startDate: '2025-10-16T09:30:00+02:00',
      endDate: '2025-10-16T16:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Stadsbibliotheek De Krook: Miriam Makebaplein 1, 9000 Gent',
        hasMap: 'https://www.google.com/maps/place/De+Krook',
      },
      description: event!.descriptionText,
      image: ['https://dwengo.org/images/curricula/logo_socialrobot.png'],
      offers: { '@type': 'Offer', url: 'https://dwengo.eventgoose.com/events/mvbeBMkrpQN2yP4g' },
      inLanguage: 'nl',
      organizer: { '@type': 'Organization', name: 'Dwengo vzw', url: 'https://dwengo.org' },
      identifier: 'nascholing_sociale_robot_2025_10_16',
    });
  });
  it('marks online events as virtual, and all-day dates without time', () => {
    const ld = toJsonLd(parseEvent(fixture('valid/all-day.md')).event!, { context: false });
    expect(ld).toMatchObject({
      startDate: '2022-12-12',
      endDate: '2022-12-13',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', name: 'online' },
    });
    expect(ld['@context']).toBeUndefined();
  });
  it('toJson gives plain JSON data, as toJsonLd does: a copy, nothing JSON would lose', () => {
    const { event } = parseEvent(fixture('valid/astro.md'));
    const json = toJson([event!]);
    expect(Array.isArray(json)).toBe(true);
    expect(json[0]).toEqual(event);
    expect(json[0]).not.toBe(event);
    expect(JSON.parse(JSON.stringify(json))).toStrictEqual(json);
    const withUndefined = { ...event!, description: undefined } as unknown as KlasEvent;
    expect('description' in toJson([withUndefined])[0]!).toBe(false);
  });
});

describe('plain text of descriptions', () => {
  it('removes Markdown and HTML, keeps words, links and lists', () => {
    expect(
      markdownToText(
        '## Titel\n\n**Vet** en _schuin_ en `code`<br>nieuw\n\n* een\n+ twee\n\n[Link](https://a.be) ![Beeld](x.png)',
      ),
    ).toBe('Titel\n\nVet en schuin en code\nnieuw\n\n- een\n- twee\n\nLink (https://a.be) Beeld');
  });
  it('drops scripts, comments, Liquid tags and decodes entities', () => {
    expect(
      markdownToText(
        'a<script>alert(1)</script>b<!-- x -->c {% include x %}{{ page.title }} &amp; &eacute; &#8364;',
      ),
    ).toBe('abc  & é €');
  });
  it('leaves snake_case words alone', () => {
    expect(markdownToText('item_theme_logo_url en 2*3*4')).toBe('item_theme_logo_url en 2*3*4');
  });
  it('sanitizeText removes control characters and lone surrogates, normalises line ends', () => {
    expect(sanitizeText('a\u0000b\r\nc\rd\u0007\ud800e\t')).toBe('ab\nc\nde\t');
  });
});
