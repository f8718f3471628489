import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MORE_TOPICS } from '../src/components/ai-explainer/topics-more.js';
import facts from '../src/shared/model-facts.generated.json';
import { axe, type Harness, shadowText, startHarness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const TITLES = {
  nl: [
    'Wat is generatieve AI?',
    'Hoe kleurt een computer een foto in?',
    'Vooroordelen komen uit de trainingsdata',
  ],
  en: [
    'What is generative AI?',
    'How does a computer colour in a photo?',
    'Bias comes from the training data',
  ],
  fr: [
    'Qu’est-ce que l’IA générative ?',
    'Comment un ordinateur colorie-t-il une photo ?',
    'Les biais viennent des données d’entraînement',
  ],
};

describe('<ai-explainer> in Chromium', () => {
  for (const lang of ['nl', 'en', 'fr'] as const) {
    it(`renders every topic and level in ${lang}, with 0 axe violations`, async () => {
      const topics = ['generative-ai', 'colorization', 'bias'];
      const levels = ['po', 'vo', 'mbo'];
      const body = topics
        .flatMap((topic) =>
          levels.map(
            (level) =>
              `<ai-explainer id="${topic}-${level}" topic="${topic}" level="${level}"></ai-explainer>`,
          ),
        )
        .join('');
      const page = await h.open(body, { lang });
      await page.waitForFunction(() =>
        document.querySelector('#bias-vo')?.shadowRoot?.querySelector('dl'),
      );
      const texts: Record<string, string> = {};
      for (const topic of topics)
        for (const level of levels)
          texts[`${topic}-${level}`] = await shadowText(page, `#${topic}-${level}`);
      expect(texts['generative-ai-po']).toContain(TITLES[lang][0]);
      expect(texts['colorization-po']).toContain(TITLES[lang][1]);
      expect(texts['bias-vo']).toContain(TITLES[lang][2]);
      // Levels differ in depth: the vo text of each topic is longer than the po text.
      for (const topic of topics)
        expect(texts[`${topic}-vo`]!.length).toBeGreaterThan(texts[`${topic}-po`]!.length);
      // Bias reads the model card of the default model.
      expect(texts['bias-vo']).toMatch(/3,375 licensed photos/);
      // Each figure is a real colorizer with the panels that fit the topic.
      const panels = await page.evaluate(() =>
        ['generative-ai-vo', 'colorization-vo', 'bias-vo'].map((id) =>
          document
            .getElementById(id)
            ?.shadowRoot?.querySelector('ai-colorizer')
            ?.getAttribute('panels'),
        ),
      );
      expect(panels).toEqual(['alternatives', 'channels confidence', 'confidence']);
      expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    });
  }

  it('the colorization figure shows the L, a and b channels of a real colorization', async () => {
    const page = await h.open('<ai-explainer topic="colorization" level="vo"></ai-explainer>', {
      lang: 'en',
    });
    await page.locator('ai-explainer >> ai-colorizer >> .samples button').first().click();
    await page.waitForFunction(
      () =>
        (document
          .querySelector('ai-explainer')
          ?.shadowRoot?.querySelector('ai-colorizer')
          ?.shadowRoot?.querySelectorAll('[part=channels] canvas').length ?? 0) === 3,
      undefined,
      { timeout: 90_000 },
    );
    const captions = await page.evaluate(() =>
      [
        ...(document
          .querySelector('ai-explainer')
          ?.shadowRoot?.querySelector('ai-colorizer')
          ?.shadowRoot?.querySelectorAll('[part=channels] figcaption') ?? []),
      ].map((f) => f.textContent),
    );
    expect(captions).toEqual(['L: lightness', 'a: green ↔ red', 'b: blue ↔ yellow']);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  const MORE = MORE_TOPICS;
  for (const lang of ['nl', 'en', 'fr'] as const)
    it(`the other topics in ${lang}: every level, facts from the model, axe-clean`, async () => {
      const body = MORE.flatMap((topic) =>
        ['po', 'vo', 'mbo'].map(
          (level) =>
            `<ai-explainer id="${topic}-${level}" topic="${topic}" level="${level}"></ai-explainer>`,
        ),
      ).join('');
      const page = await h.open(body, { lang });
      await page.waitForFunction(
        () => document.querySelector('#prompting-mbo')?.shadowRoot?.textContent,
      );
      const number = (n: number) => new Intl.NumberFormat(lang).format(n).replace(/\s/g, ' ');
      const texts = new Set<string>();
      for (const topic of MORE) {
        const po = await shadowText(page, `#${topic}-po`);
        const vo = await shadowText(page, `#${topic}-vo`);
        const mbo = await shadowText(page, `#${topic}-mbo`);
        for (const text of [po, vo, mbo]) {
          expect(text).not.toMatch(/undefined|\{\w+\}|NaN/);
          texts.add(text);
        }
        expect(vo.length, topic).toBeGreaterThan(po.length);
      }
      expect(texts.size).toBe(MORE.length * 3);
      // Numbers come from the generated facts, written the language's way.
      expect(await shadowText(page, '#training-data-vo')).toContain(number(facts.photos.total));
      expect(await shadowText(page, '#training-data-po')).toContain(number(facts.photos.train));
      const energy = await shadowText(page, '#energy-vo');
      expect(energy).toContain(number(facts.energy.cpuMs));
      expect(energy).toContain('arXiv:2311.16863');
      expect(energy).toContain(facts.energy.command);
      // Only the topics with something to try show a colorizer.
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll('ai-explainer[level=vo]')]
          .filter((e) => e.shadowRoot?.querySelector('ai-colorizer'))
          .map((e) => e.getAttribute('topic')),
      );
      expect(figures).toEqual(['probability', 'convincing-but-wrong']);
      expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    });

  it('the colorization texts state the real number of training photos', async () => {
    const page = await h.open(
      '<ai-explainer topic="colorization" level="po" no-figure lang="en"></ai-explainer>',
    );
    const text = await shadowText(page, 'ai-explainer');
    expect(text).toContain(
      `${new Intl.NumberFormat('en').format(facts.photos.train)} colour photos`,
    );
    expect(text).not.toMatch(/thousands/);
  });

  it('changes topic, level and language at any time; custom content through slots', async () => {
    const page = await h.open(
      '<ai-explainer topic="bias" level="po" no-figure><p slot="question">Eigen vraag?</p><p>Eigen opdracht.</p></ai-explainer>',
    );
    await page.evaluate(() => {
      const el = document.querySelector('ai-explainer')!;
      el.setAttribute('topic', 'generative-ai');
      el.setAttribute('level', 'mbo');
      el.setAttribute('lang', 'en');
    });
    await page.waitForFunction(() =>
      document
        .querySelector('ai-explainer')
        ?.shadowRoot?.textContent?.includes('Generative AI at work'),
    );
    expect(
      await page.evaluate(
        () => !!document.querySelector('ai-explainer')?.shadowRoot?.querySelector('ai-colorizer'),
      ),
    ).toBe(false);
    expect(
      await page.evaluate(
        () => document.querySelector('ai-explainer [slot=question]')?.assignedSlot?.name,
      ),
    ).toBe('question');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });
});
