import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawRound, score, verdict } from '../src/components/ai-quiz/round.js';
import type { GalleryData, TrainingThumbnails } from '../src/shared/gallery-data.js';
import { axe, type Harness, packageRoot, shadowText, startHarness } from './helpers/harness.js';

const assets = join(packageRoot, 'assets/gallery');
const gallery = JSON.parse(readFileSync(join(assets, 'gallery.json'), 'utf8')) as GalleryData;
const training = JSON.parse(
  readFileSync(join(assets, 'training.json'), 'utf8'),
) as TrainingThumbnails;
const facts = JSON.parse(
  readFileSync(join(packageRoot, '../../models/klaslab-small/facts.json'), 'utf8'),
);

describe('gallery assets', () => {
  it('has at least 24 photos in every group, each with a licence, author and 9 questions', () => {
    expect(gallery.photos.length).toBeGreaterThanOrEqual(24);
    for (const group of gallery.groups)
      expect(gallery.photos.filter((p) => p.group === group).length, group).toBeGreaterThan(0);
    for (const p of gallery.photos) {
      expect(p.licence, p.id).toMatch(/^(public-domain|CC0-1\.0|CC-BY-[0-9.]+|CC-BY-SA-[0-9.]+)$/);
      expect(p.author, p.id).not.toBe('');
      for (const level of ['po', 'vo', 'mbo'] as const)
        for (const lang of ['nl', 'en', 'fr'] as const)
          expect(p.questions[level][lang], `${p.id} ${level} ${lang}`).toMatch(/\?|\.$/);
      expect(readFileSync(join(assets, p.file)).length).toBeGreaterThan(1000);
    }
  });

  it('the precomputed quiz was made with the model that ships (sha256)', () => {
    const model = readFileSync(join(packageRoot, '../../models/klaslab-small/model.onnx'));
    expect(gallery.model.sha256).toBe(createHash('sha256').update(model).digest('hex'));
    expect(gallery.quiz.items.filter((i) => i.answer === 'colorized').length).toBeGreaterThan(4);
    expect(gallery.quiz.items.filter((i) => i.answer === 'real').length).toBeGreaterThan(4);
  });

  it('"sure but wrong" photos follow the stated rule: worst third by ΔE, most confident', () => {
    const candidates = (
      gallery as unknown as {
        candidates: Array<{
          id: string;
          chosen: boolean;
          measures: { deltaE: number; confidence: number };
        }>;
      }
    ).candidates;
    const byError = [...candidates].sort((a, b) => b.measures.deltaE - a.measures.deltaE);
    const threshold = byError[Math.ceil(byError.length / 3) - 1]!.measures.deltaE;
    const sure = gallery.photos.filter((x) => x.group === 'sure-but-wrong');
    expect(sure).toHaveLength(4);
    const lowest = Math.min(...sure.map((p) => p.measures.confidence));
    for (const p of sure) expect(p.measures.deltaE, p.id).toBeGreaterThanOrEqual(threshold);
    // No unchosen candidate in the worst third was more confident than the least confident pick.
    for (const c of byError.filter((c) => !c.chosen && c.measures.deltaE >= threshold))
      expect(c.measures.confidence, c.id).toBeLessThanOrEqual(lowest);
  });
});

describe('quiz scoring', () => {
  it('draws half colorized, half real, the same for the same seed', () => {
    const round = drawRound(gallery.quiz.items, 8, 42);
    expect(round).toHaveLength(8);
    expect(round.filter((i) => i.answer === 'colorized')).toHaveLength(4);
    expect(drawRound(gallery.quiz.items, 8, 42)).toEqual(round);
    expect(new Set(round.map((i) => i.file)).size).toBe(8);
  });

  it('counts right answers, how often the model fooled the player, and says so honestly', () => {
    const round = drawRound(gallery.quiz.items, 8, 7);
    const allReal = score(
      round,
      round.map(() => 'real'),
    );
    expect(allReal).toMatchObject({ answered: 8, correct: 4, colorized: 4, fooled: 4 });
    expect(verdict(allReal)).toBe('often');
    const perfect = score(
      round,
      round.map((i) => i.answer),
    );
    expect(perfect).toMatchObject({ correct: 8, fooled: 0, doubted: 0 });
    expect(verdict(perfect)).toBe('never');
    const once = score(
      round,
      round.map((i, n) =>
        i.answer === 'colorized' && n === round.findIndex((x) => x.answer === 'colorized')
          ? 'real'
          : i.answer,
      ),
    );
    expect(verdict(once)).toBe('rarely');
  });
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('<ai-gallery>, <ai-quiz>, <ai-training-data> in Chromium', () => {
  it('the gallery shows every group with its photos and credits, opens one by keyboard with the level’s question', async () => {
    const page = await h.open('<ai-gallery level="so2"></ai-gallery>', { lang: 'en' });
    await page.waitForFunction(
      () =>
        (document.querySelector('ai-gallery')?.shadowRoot?.querySelectorAll('.thumb').length ?? 0) >
        0,
    );
    const counts = await page.evaluate(() =>
      [
        ...(document.querySelector('ai-gallery')?.shadowRoot?.querySelectorAll('[part=group]') ??
          []),
      ].map((g) => g.querySelectorAll('.thumb').length),
    );
    expect(counts).toEqual(
      gallery.groups.map((g) => gallery.photos.filter((p) => p.group === g).length),
    );
    const text = await shadowText(page, 'ai-gallery');
    expect(text).toContain('Things that can be any colour');
    expect(text).toContain('Sure, but wrong');
    expect(text).toContain(gallery.photos[0]!.author);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

    // Keyboard: Tab to the first thumbnail, Enter opens it; focus moves to its title.
    const first = gallery.photos[0]!;
    await page.locator('ai-gallery >> .thumb').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => !!document.querySelector('ai-gallery')?.shadowRoot?.querySelector('[part=detail]'),
    );
    const detail = await page.evaluate(() => {
      const root = document.querySelector('ai-gallery')!.shadowRoot!;
      return {
        question: root.querySelector('[part=question]')?.textContent ?? '',
        focused: root.activeElement?.id,
        pressed: root.querySelector('.thumb[aria-pressed=true]')?.getAttribute('data-id'),
        colorizer: !!root.querySelector('ai-colorizer[no-samples]'),
      };
    });
    expect(detail.question).toContain(first.questions.vo.en);
    expect(detail.focused).toBe('detail-title');
    expect(detail.pressed).toBe(first.id);
    expect(detail.colorizer).toBe(true);
    // The chosen photo is really colorized by the default model in the embedded colorizer.
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('ai-gallery')
          ?.shadowRoot?.querySelector('ai-colorizer')
          ?.shadowRoot?.querySelector('canvas.after'),
      undefined,
      { timeout: 90_000 },
    );
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  it('the gallery reports a missing gallery.json with a code', async () => {
    const page = await h.open('<ai-gallery base="/nowhere/"></ai-gallery>');
    await page.waitForFunction(
      () => !!document.querySelector('ai-gallery')?.shadowRoot?.querySelector('[role=alert]'),
    );
    expect(await shadowText(page, 'ai-gallery')).toContain('GALLERY_FETCH_FAILED');
  });

  it('the training-data view shows the counts, sources, subjects and gaps from facts.json', async () => {
    const page = await h.open('<ai-training-data></ai-training-data>', { lang: 'fr' });
    await page.waitForFunction(
      () => !!document.querySelector('ai-training-data')?.shadowRoot?.querySelector('.summary'),
    );
    const text = await shadowText(page, 'ai-training-data');
    expect(text).toContain(facts.photos.total.toLocaleString('fr').replace(/\s/g, ' '));
    for (const s of facts.sources) expect(text).toContain(s.fr);
    for (const m of facts.missing) expect(text).toContain(m.fr);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('ai-training-data')!.shadowRoot!;
      return {
        subjects: root.querySelectorAll('[data-subject]').length,
        thumbs: root.querySelectorAll('.thumbs img').length,
      };
    });
    expect(shown.subjects).toBe(facts.subjects.length);
    expect(shown.thumbs).toBe(training.thumbnails.length);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  it('the quiz: 8 pictures by keyboard, answers revealed, score and events match', async () => {
    const page = await h.open('<ai-quiz seed="5"></ai-quiz>', { lang: 'nl' });
    await page.evaluate(() => {
      (globalThis as Record<string, unknown>).events = [];
      for (const type of ['ai-quiz-answer', 'ai-quiz-finish'])
        document.addEventListener(type, (e) =>
          ((globalThis as Record<string, unknown>).events as unknown[]).push({
            type,
            detail: (e as CustomEvent).detail,
          }),
        );
    });
    await page.locator('ai-quiz >> .start').click();
    for (let n = 0; n < 8; n++) {
      // Always "real": the model fools the player on every colorized picture.
      await page.locator('ai-quiz >> [data-guess=real]').focus();
      await page.keyboard.press('Enter');
      await page.locator('ai-quiz >> .feedback').waitFor();
      if (n === 0) expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
      await page.locator('ai-quiz >> .next').focus();
      await page.keyboard.press('Enter');
    }
    await page.locator('ai-quiz >> .result').waitFor();
    const events = (await page.evaluate(
      () => (globalThis as Record<string, unknown>).events,
    )) as Array<{
      type: string;
      detail: Record<string, unknown>;
    }>;
    const answers = events.filter((e) => e.type === 'ai-quiz-answer');
    expect(answers).toHaveLength(8);
    const finish = events.find((e) => e.type === 'ai-quiz-finish')!.detail;
    const colorized = answers.filter((a) => a.detail.answer === 'colorized').length;
    expect(finish).toMatchObject({ total: 8, fooled: colorized, correct: 8 - colorized });
    const text = await shadowText(page, 'ai-quiz');
    expect(text).toContain(`${8 - colorized} van de 8 goed`);
    expect(text).toContain(`De AI heeft je ${colorized} keer voor de gek gehouden`);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });
});
