import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, type Harness, shadowText, startHarness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const STEPS = ['predict', 'colorize', 'reveal', 'probe', 'bias', 'confuse', 'discuss'];

/** The lesson's current step and the address's hash. */
function where(page: import('playwright-core').Page) {
  return page.evaluate(() => ({
    step: document.querySelector('ai-lesson')?.getAttribute('step'),
    hash: location.hash,
    shown: document
      .querySelector('ai-lesson')
      ?.shadowRoot?.querySelector('article')
      ?.getAttribute('data-step'),
  }));
}

describe('<ai-lesson> in Chromium', () => {
  it('opens at the step the address names, moves with keys and buttons, and keeps the address', async () => {
    const opened = await h.open('<ai-lesson level="so2"></ai-lesson>', {
      lang: 'en',
      path: '/lesson.html',
    });
    // A link straight to a step (a new document, so the lesson starts there).
    await opened.goto(`${h.origin}/lesson.html?from=link#step=reveal`);
    const page = opened;
    await page.evaluate(() => {
      (window as unknown as { steps: unknown[] }).steps = [];
      document.addEventListener('ai-lesson-step', (e) =>
        (window as unknown as { steps: unknown[] }).steps.push((e as CustomEvent).detail),
      );
    });
    await page.waitForFunction(() => document.querySelector('ai-lesson')?.shadowRoot);
    expect(await where(page)).toEqual({ step: 'reveal', hash: '#step=reveal', shown: 'reveal' });
    // The Flemish 2nd stage reads the secondary texts.
    expect(await shadowText(page, 'ai-lesson')).toContain('Secondary school');

    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#step=probe');
    expect(await where(page)).toEqual({ step: 'probe', hash: '#step=probe', shown: 'probe' });
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => location.hash === '#step=reveal');
    // The browser's back button goes back a step.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('ai-lesson')?.step === 'probe');
    // A link to a step number works too.
    await page.evaluate(() => {
      location.hash = 'step=1';
    });
    await page.waitForFunction(() => document.querySelector('ai-lesson')?.step === 'predict');
    await page.locator('ai-lesson >> nav button[data-step="bias"]').click();
    await page.waitForFunction(() => location.hash === '#step=bias');

    const steps = await page.evaluate(() => (window as unknown as { steps: unknown[] }).steps);
    expect(steps).toEqual([
      expect.objectContaining({ step: 'probe', previous: 'reveal', cause: 'navigation', index: 3 }),
      expect.objectContaining({ step: 'reveal', previous: 'probe', cause: 'navigation' }),
      expect.objectContaining({ step: 'probe', previous: 'reveal', cause: 'url' }),
      expect.objectContaining({ step: 'predict', previous: 'probe', cause: 'url' }),
      expect.objectContaining({
        step: 'bias',
        previous: 'predict',
        cause: 'navigation',
        level: 'vo',
        start: 27,
        minutes: 10,
      }),
    ]);
  });

  it('leaves arrows to the colorizer slider, and the address alone with url="none"', async () => {
    const page = await h.open('<ai-lesson url="none" step="colorize"></ai-lesson>', {
      path: '/plain.html',
    });
    await page.waitForFunction(() => document.querySelector('ai-lesson')?.shadowRoot);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('ai-lesson')?.step === 'reveal');
    expect(await page.evaluate(() => location.hash)).toBe('');
    // Arrows typed in a form field do not move the lesson.
    await page.evaluate(() => {
      const input = document.createElement('input');
      document.body.append(input);
      input.focus();
    });
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.querySelector('ai-lesson')?.step)).toBe('reveal');
  });

  for (const lang of ['nl', 'en', 'fr'] as const)
    it(`every step at every level in ${lang} has its own texts, and is axe-clean`, async () => {
      const page = await h.open('<ai-lesson teacher-open url="none"></ai-lesson>', { lang });
      for (const level of ['po', 'vo', 'mbo']) {
        await page.evaluate(
          (l) => document.querySelector('ai-lesson')!.setAttribute('level', l),
          level,
        );
        const seen = new Set<string>();
        for (const step of STEPS) {
          await page.evaluate((s) => {
            document.querySelector('ai-lesson')!.step = s as never;
          }, step);
          await page.waitForFunction(
            (s) =>
              document
                .querySelector('ai-lesson')
                ?.shadowRoot?.querySelector('article')
                ?.getAttribute('data-step') === s,
            step,
          );
          const text = await shadowText(page, 'ai-lesson');
          // Each step's teacher text is its own, and no placeholder is left unfilled.
          expect(text).not.toMatch(/undefined|\{\w+\}|NaN/);
          seen.add(text);
          if (level === 'vo' && (step === 'predict' || step === 'bias'))
            expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
        }
        expect(seen.size).toBe(STEPS.length);
      }
    });
});
