import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GalleryData } from '../src/shared/gallery-data.js';
import facts from '../src/shared/model-facts.generated.json';
import { axe, type Harness, packageRoot, shadowText, startHarness } from './helpers/harness.js';

const shots = join(packageRoot, 'test-results', 'lesson');
// A colour photo the gallery ships. Which photos it holds follows from the default model's
// measures (scripts/gallery/select.mjs), so the test reads it instead of naming one.
const gallery = JSON.parse(
  readFileSync(join(packageRoot, 'assets/gallery/gallery.json'), 'utf8'),
) as GalleryData;
const colourPhoto = gallery.photos.find((p) => p.group === 'any-colour')!.file;

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

describe('<ai-lesson> end to end on the real default model', () => {
  it('walks a class through every step: training data, colorize a photo, reveal, probe, gallery, quiz', async () => {
    const page = await h.open('<ai-lesson level="vo"></ai-lesson>', {
      lang: 'en',
      path: '/whole-lesson.html',
    });
    await page.evaluate(() => {
      const log: Array<{ type: string; detail: unknown }> = [];
      (window as unknown as { log: typeof log }).log = log;
      for (const type of [
        'ai-lesson-step',
        'ai-colorizer-result',
        'ai-colorizer-probe',
        'ai-gallery-select',
        'ai-quiz-answer',
      ])
        document.addEventListener(type, (e) => {
          const d = (e as CustomEvent).detail as Record<string, unknown>;
          log.push({ type, detail: type === 'ai-lesson-step' ? d.step : null });
        });
    });
    const next = () => page.locator('ai-lesson >> .controls .primary').click();
    const at = (step: string) =>
      page.waitForFunction(
        (s) =>
          location.hash === `#step=${s}` &&
          document.querySelector('ai-lesson')?.shadowRoot?.querySelector('article')?.dataset
            .step === s,
        step,
      );
    const logged = (type: string) =>
      page.waitForFunction(
        (t) =>
          (window as unknown as { log: Array<{ type: string }> }).log.some((e) => e.type === t),
        type,
        { timeout: 120_000 },
      );

    // 1. Predict: what the model learnt from, from its facts.
    await page.locator('ai-lesson >> ai-training-data >> .summary').waitFor();
    const summary = await page.locator('ai-lesson >> ai-training-data >> .summary').textContent();
    expect(summary).toContain(facts.photos.total.toLocaleString('en'));
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

    // 2. Colorize a sample photo with the real model.
    await next();
    await at('colorize');
    // A colour photo (one of the gallery's licensed photos): the model only gets its grey version,
    // so the next step can reveal the real colours.
    await page.evaluate(async (file) => {
      const response = await fetch(`/dist/gallery/${file}`);
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      const colorizer = document.querySelector('ai-lesson')!.colorizer as unknown as {
        colorize(b: Blob, name: string): Promise<unknown>;
      };
      await colorizer.colorize(await response.blob(), file.split('/').pop()!);
    }, colourPhoto);
    await logged('ai-colorizer-result');
    await page.waitForFunction(() =>
      document
        .querySelector('ai-lesson')
        ?.shadowRoot?.querySelector('[role=status]')
        ?.textContent?.includes('Done'),
    );
    const chroma = await page.evaluate(() => {
      const canvas = document
        .querySelector('ai-lesson')
        ?.shadowRoot?.querySelector('ai-colorizer')
        ?.shadowRoot?.querySelector('canvas.after') as HTMLCanvasElement | null;
      if (!canvas) return 0;
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 0; i < d.length; i += 4) sum += Math.abs(d[i]! - d[i + 2]!);
      return sum / (d.length / 4);
    });
    expect(chroma).toBeGreaterThan(1);
    // For people to look at (test-results/lesson/), not compared pixel by pixel.
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'colorize.png'), fullPage: true });

    // 3. Reveal: the same colorizer switches to its truth view: grey | AI | real, with a score.
    await next();
    await at('reveal');
    expect(
      await page.evaluate(() =>
        document.querySelector('ai-lesson')!.colorizer?.getAttribute('view'),
      ),
    ).toBe('truth');
    await page.locator('ai-lesson >> ai-colorizer >> canvas.truth').waitFor();
    await page.locator('ai-lesson >> ai-colorizer >> [part=closeness]').waitFor();
    expect(
      await page.locator('ai-lesson >> ai-colorizer >> [part=closeness]').textContent(),
    ).toMatch(/\d+\s?%/);
    await page.screenshot({ path: join(shots, 'reveal.png'), fullPage: true });

    // 4. Probe: back to the comparison, a click on the picture shows the model's probabilities there.
    await next();
    await at('probe');
    expect(
      await page.evaluate(() =>
        document.querySelector('ai-lesson')!.colorizer?.getAttribute('view'),
      ),
    ).toBe('compare');
    const figure = page.locator('ai-lesson >> ai-colorizer >> figure.compare');
    const box = (await figure.boundingBox())!;
    await figure.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await logged('ai-colorizer-probe');
    await page.locator('ai-lesson >> ai-colorizer >> [part=probe]').waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('ai-lesson')
        ?.shadowRoot?.querySelector('[role=status]')
        ?.textContent?.includes('probed 1 spot'),
    );

    // 5. Find a bias: the gallery, one photo opened.
    await next();
    await at('bias');
    await page.locator('ai-lesson >> ai-gallery >> .thumb').first().click();
    await logged('ai-gallery-select');
    await page.locator('ai-lesson >> ai-gallery >> [part=detail]').waitFor();
    await page.screenshot({ path: join(shots, 'bias.png') });

    // 6. Confuse it: the gallery's "confuse" group only, and the colorizer for own pictures.
    await next();
    await at('confuse');
    const groups = await page.evaluate(
      () =>
        document
          .querySelector('ai-lesson')
          ?.shadowRoot?.querySelector('ai-gallery')
          ?.shadowRoot?.querySelectorAll('[part=group]').length,
    );
    expect(groups).toBe(1);
    expect(
      await page.evaluate(() => document.querySelector('ai-lesson')!.colorizer?.checkVisibility()),
    ).toBe(true);

    // 7. Discuss: real or colorized?
    await next();
    await at('discuss');
    await page.locator('ai-lesson >> ai-quiz >> .start').click();
    await page.locator('ai-lesson >> ai-quiz >> [data-guess=real]').click();
    await logged('ai-quiz-answer');
    await page.locator('ai-lesson >> ai-quiz >> .feedback').waitFor();
    expect(await page.locator('ai-lesson >> .controls .primary').isDisabled()).toBe(true);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

    const steps = await page.evaluate(() =>
      (window as unknown as { log: Array<{ type: string; detail: unknown }> }).log
        .filter((e) => e.type === 'ai-lesson-step')
        .map((e) => e.detail),
    );
    expect(steps).toEqual(STEPS.slice(1));
  });
});
