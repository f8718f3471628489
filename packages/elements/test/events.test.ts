import { parseEvents, toJson } from '@klaslab/events';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, type Harness, shadowText, startHarness } from './helpers/harness.js';

const workshop = `---
title: "Workshop AI-vooroordelen"
date: 2031-11-14T09:30:00
end_date: 2031-11-14T12:30:00
location: "Bibliotheek: Marktplein 1, 9000 Gent"
location_link: "https://www.klaslab-school.be/kaart"
registration_link: "https://www.klaslab-school.be/inschrijven"
anchor: "bias_2031"
---

We kleuren **zwart-witfoto's** in met AI en zoeken de *vooroordelen*.

- laptop meebrengen
- [meer info](https://www.klaslab-school.be/info)
`;

const allDay = `---
title: Opendeurdag
date: 2031-12-02
anchor: opendeur
---
Iedereen welkom.
`;

const oldOne = `---
title: Vorig jaar
date: 2020-03-01T14:00:00
anchor: oud
---
Voorbij.
`;

const evil = `---
title: "<img src=x onerror=alert(1)>Evil"
date: 2031-11-20T10:00:00
registration_link: "javascript:alert(1)"
anchor: evil
---
<script>alert(2)</script> [klik](javascript:alert(3)) <a href="javascript:alert(4)">a</a> ![x](https://www.klaslab-school.be/x.png)
`;

const club = `---
title: Codeerclub
date: 2031-03-19T14:00:00
end: 2031-03-19T16:00:00
rrule: "FREQ=WEEKLY;BYDAY=WE;COUNT=4"
exdate: [2031-03-26]
---
Elke woensdag.
`;

const NOW = Date.UTC(2031, 0, 1);
let h: Harness;

function events(...texts: string[]) {
  return parseEvents(texts.map((text, i) => ({ file: `e${i}.md`, text }))).events;
}

beforeAll(async () => {
  h = await startHarness();
  h.route('/events.json', {
    body: JSON.stringify(toJson(events(workshop, allDay, oldOne))),
    type: 'application/json',
  });
  h.route('/md/workshop.md', { body: workshop });
  h.route('/md/opendeur.md', { body: allDay });
  h.route('/md/evil.md', { body: evil });
  h.route('/md/club.md', { body: club });
  h.route('/slow.json', { body: '[]', type: 'application/json', delayMs: 3000 });
  h.route('/empty.json', { body: '[]', type: 'application/json' });
});
afterAll(() => h?.close());

async function list(page: Page, selector = 'ai-event-list') {
  await page.evaluate(
    ([s, now]) => {
      const el = document.querySelector(s) as HTMLElement & { now: number };
      el.now = now as number;
    },
    [selector, NOW] as const,
  );
  await page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('ai-event-card, .state'),
    selector,
  );
}

describe('<ai-event-list> and <ai-event-card> in Chromium', () => {
  it('reads the events CLI JSON, groups by month, shows times in the event zone (nl), 0 axe violations', async () => {
    const page = await h.open('<ai-event-list src="/events.json"></ai-event-list>');
    await list(page);
    const months = await page.evaluate(() =>
      [
        ...(document.querySelector('ai-event-list')?.shadowRoot?.querySelectorAll('.month') ?? []),
      ].map((m) => m.textContent?.trim()),
    );
    expect(months).toEqual(['november 2031', 'december 2031']);
    const card = await page.evaluate(() => {
      const first = document
        .querySelector('ai-event-list')
        ?.shadowRoot?.querySelector('ai-event-card');
      const root = first?.shadowRoot;
      return {
        text: root?.textContent?.replace(/\s+/g, ' '),
        datetime: root?.querySelector('time')?.getAttribute('datetime'),
        register: root?.querySelector('[part=register]')?.getAttribute('href'),
        map: root?.querySelector('.where a')?.getAttribute('href'),
        strong: root?.querySelector('.description strong')?.textContent,
        items: root?.querySelectorAll('.description li').length,
      };
    });
    expect(card.text).toContain('Workshop AI-vooroordelen');
    expect(card.text).toMatch(/vrijdag 14 november 2031.*09:30.*12:30/);
    expect(card.datetime).toBe('2031-11-14T09:30+01:00');
    expect(card.register).toBe('https://www.klaslab-school.be/inschrijven');
    expect(card.map).toBe('https://www.klaslab-school.be/kaart');
    expect(card.strong).toBe("zwart-witfoto's");
    expect(card.items).toBe(2);
    // The past event is hidden by default.
    expect(await shadowText(page, 'ai-event-list')).not.toContain('Vorig jaar');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  it('parses Markdown files in the browser, speaks English and French from lang', async () => {
    const page = await h.open(
      '<ai-event-list lang="en" src="/md/workshop.md /md/opendeur.md"></ai-event-list><ai-event-list lang="fr-BE" id="fr" src="/md/opendeur.md"></ai-event-list>',
    );
    await list(page);
    await list(page, '#fr');
    const en = await page.evaluate(() =>
      document
        .querySelector('ai-event-list')
        ?.shadowRoot?.querySelector('ai-event-card')
        ?.shadowRoot?.textContent?.replace(/\s+/g, ' '),
    );
    expect(en).toMatch(/Friday, November 14, 2031/);
    expect(en).toContain('Add to calendar');
    expect(en).toContain('Register');
    const fr = await page.evaluate(() =>
      document
        .querySelector('#fr')
        ?.shadowRoot?.querySelector('ai-event-card')
        ?.shadowRoot?.textContent?.replace(/\s+/g, ' '),
    );
    expect(fr).toMatch(/mardi 2 décembre 2031/);
    expect(fr).toContain('Ajouter à l’agenda');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  it('follows the document language when it changes', async () => {
    const page = await h.open('<ai-event-list src="/empty.json"></ai-event-list>', { lang: 'en' });
    await list(page);
    expect(await shadowText(page, 'ai-event-list')).toContain('There are no upcoming events.');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'fr'));
    await page.waitForFunction(() =>
      document
        .querySelector('ai-event-list')
        ?.shadowRoot?.textContent?.includes('Aucune activité à venir.'),
    );
  });

  it('has loading, empty and error states, each with 0 axe violations', async () => {
    const page = await h.open(
      '<ai-event-list id="slow" src="/slow.json"></ai-event-list><ai-event-list id="empty" src="/empty.json"></ai-event-list><ai-event-list id="bad" src="/missing.json"></ai-event-list>',
    );
    await page.waitForFunction(() =>
      document.querySelector('#slow')?.shadowRoot?.querySelector('[role=status]'),
    );
    expect(await shadowText(page, '#slow')).toContain('Activiteiten worden geladen');
    await page.waitForFunction(() =>
      document.querySelector('#bad')?.shadowRoot?.querySelector('[role=alert]'),
    );
    expect(await shadowText(page, '#bad')).toContain('De activiteiten konden niet geladen worden.');
    await page.waitForFunction(() =>
      document.querySelector('#empty')?.shadowRoot?.querySelector('.state'),
    );
    expect(await shadowText(page, '#empty')).toContain('Er zijn geen komende activiteiten.');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  it('shows past events on request and takes the events property', async () => {
    const page = await h.open('<ai-event-list show-past></ai-event-list>');
    const data = events(workshop, oldOne);
    await page.evaluate(
      ([d, now]) => {
        const el = document.querySelector('ai-event-list') as HTMLElement & {
          events: unknown;
          now: number;
        };
        el.now = now as number;
        el.events = d;
      },
      [data, NOW] as const,
    );
    await page.waitForFunction(
      () =>
        document.querySelectorAll('ai-event-list')[0]?.shadowRoot?.querySelectorAll('ai-event-card')
          .length === 2,
    );
    const text = await shadowText(page, 'ai-event-list');
    expect(text).toContain('Afgelopen activiteiten');
    expect(text).toContain('maart 2020');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  it('renders titles, descriptions and URLs from files inert', async () => {
    const page = await h.open('<ai-event-list src="/md/evil.md"></ai-event-list>');
    await list(page);
    const result = await page.evaluate(() => {
      const root = document
        .querySelector('ai-event-list')
        ?.shadowRoot?.querySelector('ai-event-card')?.shadowRoot;
      const hrefs = [...(root?.querySelectorAll('[href]') ?? [])].map((a) =>
        a.getAttribute('href'),
      );
      return {
        title: root?.querySelector('.title')?.textContent?.trim(),
        imgs: root?.querySelectorAll('img').length,
        scripts: root?.querySelectorAll('script').length,
        hrefs,
        register: !!root?.querySelector('[part=register]'),
        alerted: (globalThis as { alerted?: boolean }).alerted ?? false,
      };
    });
    expect(result.title).toBe('<img src=x onerror=alert(1)>Evil');
    expect(result.imgs).toBe(0);
    expect(result.scripts).toBe(0);
    expect(result.hrefs.filter((h) => h && /javascript:/i.test(h))).toEqual([]);
    expect(result.register).toBe(false);
  });

  it('makes an .ics in the browser for "add to calendar", keyboard operable with visible focus', async () => {
    const page = await h.open(
      '<ai-event-list src="/md/workshop.md" uid-domain="klaslab-school.be"></ai-event-list>',
    );
    await list(page);
    // Tab: description link, registration link, then the calendar button.
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'calendar'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('part') ?? el?.tagName ?? '';
      });
    }
    expect(focused).toBe('calendar');
    const outline = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? getComputedStyle(el).outlineStyle : '';
    });
    expect(outline).toBe('solid');
    // Enter opens the list of calendars: four web calendars, then the .ics file.
    await page.keyboard.press('Enter');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('bias_2031.ics');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const ics = await readFile(path, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Workshop AI-vooroordelen');
    expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20311114T093000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('UID:bias_2031@klaslab-school.be');
  });

  it('links to Google Calendar, Outlook.com, Microsoft 365 and Yahoo with the event filled in', async () => {
    const page = await h.open('<ai-event-list src="/md/workshop.md"></ai-event-list>');
    await list(page);
    const links = await page.evaluate(() => {
      const card = document
        .querySelector('ai-event-list')
        ?.shadowRoot?.querySelector('ai-event-card');
      return [...(card?.shadowRoot?.querySelectorAll('a[data-calendar]') ?? [])].map((a) => [
        a.getAttribute('data-calendar'),
        a.getAttribute('href'),
        a.textContent?.trim(),
      ]);
    });
    expect(links.map(([k, , label]) => `${k} ${label}`)).toEqual([
      'google Google Agenda',
      'outlook Outlook.com',
      'office365 Microsoft 365 (Outlook)',
      'yahoo Yahoo Agenda',
    ]);
    const href = (key: string) => new URL(links.find(([k]) => k === key)![1]!);
    expect(href('google').searchParams.get('dates')).toBe('20311114T083000Z/20311114T113000Z');
    expect(href('google').searchParams.get('text')).toBe('Workshop AI-vooroordelen');
    expect(href('outlook').host + href('outlook').pathname).toBe(
      'outlook.live.com/calendar/deeplink/compose',
    );
    expect(href('office365').searchParams.get('startdt')).toBe('2031-11-14T08:30:00Z');
    expect(href('yahoo').searchParams.get('dur')).toBe('0300');
  });

  it('lists each occurrence of a recurring event and offers a webcal:// subscription', async () => {
    const page = await h.open(
      '<ai-event-list src="/md/club.md" feed="/agenda.ics"></ai-event-list>',
    );
    await list(page);
    await page.waitForFunction(
      () =>
        (document.querySelector('ai-event-list')?.shadowRoot?.querySelectorAll('ai-event-card')
          .length ?? 0) > 1,
    );
    const shown = await page.evaluate(() => {
      const root = document.querySelector('ai-event-list')?.shadowRoot;
      return {
        when: [...(root?.querySelectorAll('ai-event-card') ?? [])].map((c) =>
          c.shadowRoot?.querySelector('time')?.getAttribute('datetime'),
        ),
        subscribe: root?.querySelector('[part="subscribe"]')?.getAttribute('href'),
        note: root?.querySelector('ai-event-card')?.shadowRoot?.querySelector('.series-note')
          ?.textContent,
      };
    });
    // Weekly on Wednesday at 14:00 in Brussels, across the DST change, less the exception.
    expect(shown.when).toEqual([
      '2031-03-19T14:00+01:00',
      '2031-04-02T14:00+02:00',
      '2031-04-09T14:00+02:00',
    ]);
    expect(shown.subscribe).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/agenda\.ics$/);
    expect(shown.note).toContain('hele reeks');
    expect(await axe(page)).toEqual([]);
  });

  it('puts JSON-LD for search engines in the page', async () => {
    const page = await h.open('<ai-event-list jsonld src="/events.json"></ai-event-list>');
    await list(page);
    await page.waitForFunction(() => document.querySelector('script[type="application/ld+json"]'));
    const ld = await page.evaluate(() =>
      JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}'),
    );
    expect(ld['@graph'].map((e: { name: string }) => e.name)).toEqual([
      'Workshop AI-vooroordelen',
      'Opendeurdag',
    ]);
    await page.evaluate(() => document.querySelector('ai-event-list')?.remove());
    expect(
      await page.evaluate(
        () => document.querySelectorAll('script[type="application/ld+json"]').length,
      ),
    ).toBe(0);
  });
});
