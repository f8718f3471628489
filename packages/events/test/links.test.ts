import { describe, expect, it } from 'vitest';
import { calendarLinks, parseEvent, webcalUrl } from '../src/index.js';

// The formats each service accepts (collected in InteractionDesignFoundation/add-event-to-calendar-docs):
// Google render?action=TEMPLATE&text&dates=START/END (UTC …Z, or dates with an exclusive end)&ctz;
// Outlook deeplink/compose?path=/calendar/action/compose&rru=addevent&startdt&enddt (ISO, Z or
// date)&subject&body&location&allday; Yahoo ?v=60&title&st (…Z or date)&dur=HHMM|allday&desc&in_loc.
const timed = parseEvent(
  `---
title: "Workshop AI & vooroordelen"
date: 2025-11-14T09:30:00
end_date: 2025-11-14T12:00:00
location: "Bibliotheek, Marktplein 1, 9000 Gent"
registration_link: https://school.be/inschrijven
---
We kleuren **foto's** in.`,
  { file: 'workshop.md' },
).event!;
const allDay = parseEvent('---\ntitle: Sportdagen\ndate: 2026-05-04\nend: 2026-05-05\n---\n')
  .event!;

const params = (href: string) => Object.fromEntries(new URL(href).searchParams);

describe('calendar links', () => {
  it('Google Calendar: TEMPLATE with UTC dates and the event’s zone', () => {
    const { google } = calendarLinks(timed);
    const u = new URL(google);
    expect(`${u.origin}${u.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect(params(google)).toEqual({
      action: 'TEMPLATE',
      text: 'Workshop AI & vooroordelen',
      dates: '20251114T083000Z/20251114T110000Z',
      ctz: 'Europe/Brussels',
      details: "We kleuren foto's in.\n\nhttps://school.be/inschrijven",
      location: 'Bibliotheek, Marktplein 1, 9000 Gent',
    });
    expect(google).not.toContain('+');
    expect(params(calendarLinks(allDay).google).dates).toBe('20260504/20260506');
    expect(params(calendarLinks(allDay).google).ctz).toBeUndefined();
  });

  it('Outlook.com and Microsoft 365: deeplink compose with ISO instants or dates', () => {
    const { outlook, office365 } = calendarLinks(timed);
    expect(new URL(outlook).origin + new URL(outlook).pathname).toBe(
      'https://outlook.live.com/calendar/deeplink/compose',
    );
    expect(new URL(office365).origin + new URL(office365).pathname).toBe(
      'https://outlook.office.com/calendar/deeplink/compose',
    );
    expect(params(outlook)).toEqual({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'Workshop AI & vooroordelen',
      startdt: '2025-11-14T08:30:00Z',
      enddt: '2025-11-14T11:00:00Z',
      body: "We kleuren foto's in.\n\nhttps://school.be/inschrijven",
      location: 'Bibliotheek, Marktplein 1, 9000 Gent',
    });
    expect(params(calendarLinks(allDay).office365)).toMatchObject({
      startdt: '2026-05-04',
      enddt: '2026-05-06',
      allday: 'true',
    });
  });

  it('Yahoo: v=60 with a UTC start and an HHMM duration, or a date and allday', () => {
    const { yahoo } = calendarLinks(timed);
    expect(new URL(yahoo).origin + new URL(yahoo).pathname).toBe('https://calendar.yahoo.com/');
    expect(params(yahoo)).toMatchObject({
      v: '60',
      title: 'Workshop AI & vooroordelen',
      st: '20251114T083000Z',
      dur: '0230',
      in_loc: 'Bibliotheek, Marktplein 1, 9000 Gent',
    });
    expect(params(calendarLinks(allDay).yahoo)).toMatchObject({ st: '20260504', dur: 'allday' });
  });

  it('turns a feed URL into a webcal:// subscription link', () => {
    expect(webcalUrl('https://www.sjc.be/agenda.ics')).toBe('webcal://www.sjc.be/agenda.ics');
    expect(() => webcalUrl('javascript:alert(1)')).toThrow(RangeError);
  });
});
