// Issue #16, cases 17, 18 and 22 in the page: links in JSON-LD and in the card's .ics download,
// malformed events set from script, and a failed "add to calendar" that the visitor must see.
import { parseEvents, toJson } from '@klaslab/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../helpers/harness.js';

const text = `---
title: Workshop
date: 2031-11-14T09:30:00
anchor: w
---
Tekst.
`;
const [good] = parseEvents([{ file: 'w.md', text }]).events;
const bad = {
  ...good!,
  url: 'javascript:alert("url")',
  imageUrl: 'data:image/svg+xml,<svg onload=alert(1)>',
  registrationUrl: 'vbscript:msgbox(1)',
  location: { name: 'Zaal', url: 'javascript:alert("map")' },
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.route('/bad.json', { body: JSON.stringify(toJson([bad])), type: 'application/json' });
});
afterAll(() => h.close());

describe('hardening: events in the page', () => {
  it('18. <ai-event-list jsonld> puts no javascript:, data: or vbscript: link into JSON-LD', async () => {
    const page = await h.open('<ai-event-list jsonld src="/bad.json"></ai-event-list>');
    await page.waitForSelector('script[type="application/ld+json"]', { state: 'attached' });
    const ld = await page.evaluate(
      () => document.querySelector('script[type="application/ld+json"]')?.textContent ?? '',
    );
    expect(ld).toContain('Workshop');
    expect(ld).not.toMatch(/javascript:|data:|vbscript:/);
  });

  it('17. the card downloads an .ics without the javascript: link', async () => {
    const page = await h.open('<ai-event-card></ai-event-card>');
    const ics = await page.evaluate(async (event) => {
      await customElements.whenDefined('ai-event-card');
      const card = document.querySelector('ai-event-card') as HTMLElement & {
        event: unknown;
        downloadCalendar(): Promise<string | undefined>;
        updateComplete: Promise<unknown>;
      };
      card.event = event;
      await card.updateComplete;
      let blob: Blob | undefined;
      const original = URL.createObjectURL;
      URL.createObjectURL = (b: Blob) => {
        blob = b;
        return original.call(URL, b);
      };
      const name = await card.downloadCalendar();
      return { name, text: await blob?.text() };
    }, bad);
    expect(ics.name).toBe('w.ics');
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).not.toMatch(/javascript:|data:|vbscript:/);
  });

  it('22. a malformed event shows a coded message instead of throwing in render', async () => {
    const page = await h.open('<ai-event-card lang="en"></ai-event-card>');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const shown = await page.evaluate(async () => {
      await customElements.whenDefined('ai-event-card');
      const card = document.querySelector('ai-event-card') as HTMLElement & {
        event: unknown;
        updateComplete: Promise<unknown>;
      };
      card.event = { title: 'x', start: '2030-05-01' };
      await card.updateComplete;
      return card.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim();
    });
    expect(shown).toContain('EVENTS_INVALID_EVENT');
    expect(errors).toEqual([]);
  });

  it('22. "add to calendar" on an event the writer refuses shows why and fires ai-error', async () => {
    const page = await h.open('<ai-event-card lang="en"></ai-event-card>');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const result = await page.evaluate(
      async (event) => {
        await customElements.whenDefined('ai-event-card');
        const card = document.querySelector('ai-event-card') as HTMLElement & {
          event: unknown;
          updateComplete: Promise<unknown>;
        };
        card.event = event;
        await card.updateComplete;
        const fired = new Promise<string>((resolve) =>
          card.addEventListener('ai-error', (e) => resolve((e as CustomEvent).detail.code)),
        );
        (
          card.shadowRoot!.querySelector('button[part="calendar-ics"]') as HTMLButtonElement
        ).click();
        const code = await fired;
        await card.updateComplete;
        return { code, shown: card.shadowRoot?.querySelector('[role="alert"]')?.textContent };
      },
      { ...good!, start: { ...good!.start, timeZone: 'Mars/Olympus' } },
    );
    expect(result.code).toBe('EVENTS_INVALID_EVENT');
    expect(result.shown).toContain('EVENTS_INVALID_EVENT');
    expect(errors).toEqual([]);
  });
});
