import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import facts from '../src/shared/model-facts.generated.json';
import { axe, type Harness, packageRoot, shadowText, startHarness } from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

// Where the print screenshots go, to look at (not compared pixel by pixel: fonts differ per machine).
const shots = join(packageRoot, 'test-results', 'print');

const PRINT_HEAD = '<style>@page { size: A4; margin: 15mm }</style>';
const BODY =
  '<ai-teacher-guide sheet="guide"></ai-teacher-guide><ai-teacher-guide sheet="worksheet" level="po"></ai-teacher-guide>';

describe('<ai-teacher-guide> in Chromium', () => {
  for (const lang of ['nl', 'en', 'fr'] as const)
    it(`guide and worksheet in ${lang}: facts from the model, axe-clean, A4 print`, async () => {
      const page = await h.open(BODY, { lang, head: PRINT_HEAD });
      await page.waitForFunction(
        () => document.querySelector('ai-teacher-guide[sheet=worksheet]')?.shadowRoot?.textContent,
      );
      const guide = await shadowText(page, 'ai-teacher-guide[sheet=guide]');
      // French groups digits with a narrow space, which shadowText collapses like any space.
      const number = (n: number) => new Intl.NumberFormat(lang).format(n).replace(/\s/g, ' ');
      expect(guide).toContain(number(facts.photos.train));
      expect(guide).toContain(number(facts.photos.heldout));
      for (const source of facts.sources) expect(guide).toContain(source.label[lang]);
      for (const missing of facts.missing) expect(guide).toContain(missing.label[lang]);
      expect(guide).toMatch(/50/);
      expect(guide).not.toMatch(/undefined|\{\w+\}|NaN/);
      const worksheet = await shadowText(page, 'ai-teacher-guide[sheet=worksheet]');
      expect(worksheet.length).toBeGreaterThan(500);
      expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
      await mkdir(shots, { recursive: true });
      await writeFile(join(shots, `guide-${lang}.png`), await page.screenshot({ fullPage: true }));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await writeFile(join(shots, `guide-${lang}.pdf`), pdf);
      const text = pdf.toString('latin1');
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      // A4 is 595 × 842 points; the guide breaks into several pages, the worksheet starts its own.
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      for (const [, w, hgt] of boxes) {
        expect(Math.round(Number(w))).toBeGreaterThanOrEqual(594);
        expect(Math.round(Number(w))).toBeLessThanOrEqual(596);
        expect(Math.round(Number(hgt))).toBeGreaterThanOrEqual(841);
        expect(Math.round(Number(hgt))).toBeLessThanOrEqual(843);
      }
    });

  it('shows one level when asked, and all three by default', async () => {
    const page = await h.open(
      '<ai-teacher-guide id="all"></ai-teacher-guide><ai-teacher-guide id="po" level="lo"></ai-teacher-guide>',
      { lang: 'en' },
    );
    await page.waitForFunction(() => document.querySelector('#po')?.shadowRoot?.textContent);
    const all = await shadowText(page, '#all');
    const po = await shadowText(page, '#po');
    expect(all).toContain('Primary school');
    expect(all).toContain('Vocational education');
    expect(po).toContain('Primary school');
    expect(po).not.toContain('Vocational education');
  });
});
