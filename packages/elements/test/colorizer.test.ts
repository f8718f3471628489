import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  colorizedResult,
  type Harness,
  packageRoot,
  STRICT_CSP,
  shadowText,
  startHarness,
  waitColorized,
} from './helpers/harness.js';

let h: Harness;
let sample: Buffer;
const heavy = (r: string) => /\.(wasm|onnx)(\?|$)|model\.json/.test(r);

beforeAll(async () => {
  h = await startHarness();
  sample = await readFile(join(packageRoot, 'assets/samples/fish.jpg'));
});
afterAll(() => h?.close());

async function chooseFile(
  page: Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
  selector = 'ai-colorizer',
) {
  const input = page.locator(`${selector} >> input[type=file]`);
  await input.setInputFiles({ name, mimeType, buffer });
}

function status(page: Page, selector = 'ai-colorizer') {
  return page.evaluate(
    (s) =>
      document.querySelector(s)?.shadowRoot?.querySelector('[role=status]')?.textContent?.trim() ??
      '',
    selector,
  );
}

/** A checksum of a canvas's pixels in the colorizer's shadow root. */
function canvasHash(page: Page, selector: string) {
  return page.evaluate((s) => {
    const canvas = document
      .querySelector('ai-colorizer')
      ?.shadowRoot?.querySelector(s) as HTMLCanvasElement;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let h = 0;
    for (let i = 0; i < d.length; i++) h = (h * 31 + d[i]!) >>> 0;
    return `${canvas.width}x${canvas.height}:${h}`;
  }, selector);
}

describe('<ai-colorizer> in Chromium with the default model', () => {
  it('lazy: fetches neither the runtime nor the model until it comes into view; then colorizes for real', async () => {
    const before = h.requests.length;
    const page = await h.open('<div style="height:150vh"></div><ai-colorizer></ai-colorizer>');
    const progress: string[] = [];
    await page.exposeFunction('recordStatus', (t: string) => progress.push(t));
    await page.evaluate(() => {
      const el = document.querySelector('ai-colorizer')!;
      el.addEventListener('ai-colorizer-progress', (e) =>
        (globalThis as unknown as { recordStatus: (t: string) => void }).recordStatus(
          JSON.stringify((e as CustomEvent).detail),
        ),
      );
    });
    await page.waitForTimeout(1000);
    // Below the fold: nothing heavy yet.
    expect(h.requests.slice(before).filter(heavy)).toEqual([]);
    // In view: the runtime and the model load before the visitor does anything.
    await page.locator('ai-colorizer').scrollIntoViewIfNeeded();
    await expect
      .poll(() => h.requests.slice(before).filter(heavy), { timeout: 60_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/ort-wasm-simd-threaded\.wasm$/),
          expect.stringMatching(/model\.onnx$/),
        ]),
      );
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    expect(await shadowText(page, 'ai-colorizer')).toContain('Je foto verlaat je toestel niet');

    await chooseFile(page, 'vissen.jpg', 'image/jpeg', sample);
    await waitColorized(page);
    const fetched = h.requests.slice(before).filter(heavy);
    expect(fetched.some((r) => r.endsWith('.wasm'))).toBe(true);
    expect(fetched.some((r) => r.endsWith('model.onnx'))).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(await status(page)).toMatch(
      /^Klaar: de foto is ingekleurd in \d[\d.,\u202f\u00a0]* ms\.$/,
    );
    // The result really has colour: some pixel's channels differ.
    const coloured = await colorizedResult(page);
    expect(coloured.w).toBe(320);
    expect(coloured.chroma).toBeGreaterThan(1);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

    // Keyboard slider.
    const slider = page.locator('ai-colorizer >> [part=slider]');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await slider.getAttribute('aria-valuetext')).toBe('48 % ingekleurd zichtbaar');
    expect(
      await page.evaluate(() =>
        document
          .querySelector('ai-colorizer')
          ?.shadowRoot?.querySelector<HTMLElement>('.compare')
          ?.style.getPropertyValue('--split'),
      ),
    ).toBe('48%');

    // Alternatives and confidence.
    await page.locator('ai-colorizer >> [part=alternatives] >> button.button').click();
    await page.waitForFunction(
      () =>
        (document.querySelector('ai-colorizer')?.shadowRoot?.querySelectorAll('.thumbs li')
          .length ?? 0) === 3,
      undefined,
      { timeout: 90_000 },
    );
    expect(await page.locator('ai-colorizer >> [part=confidence] canvas').count()).toBe(1);
    await page.locator('ai-colorizer >> [part=alternatives] li button').nth(1).click();
    await page.waitForFunction(
      () =>
        document.querySelector('ai-colorizer')?.shadowRoot?.querySelectorAll('[aria-pressed=true]')
          .length === 1,
    );
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    // The chosen possibility is on screen (its thumbnail's pixels), and "guess again" keeps it
    // there and downloadable (it used to throw the shown picture away).
    const thumb = await canvasHash(page, '[part=alternatives] li:nth-child(2) canvas');
    expect(await canvasHash(page, 'canvas.after')).toBe(thumb);
    await page.locator('ai-colorizer >> [part=alternatives] >> button.button').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('ai-colorizer')
          ?.shadowRoot?.querySelector('[part=alternatives] > button')
          ?.hasAttribute('disabled') === false,
      undefined,
      { timeout: 90_000 },
    );
    expect(await canvasHash(page, 'canvas.after')).toBe(thumb);
    expect(await canvasHash(page, '[part=alternatives] li:nth-child(2) canvas')).not.toBe(thumb);

    // Download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('ai-colorizer >> [part=download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('vissen-klaslab.png');
    const png = await readFile(await download.path());
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');

    // Removal ends the worker and revokes object URLs.
    expect(page.workers().length).toBe(1);
    await page.evaluate(() => document.querySelector('ai-colorizer')?.remove());
    await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBe(0);
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  });

  it('eager: loads right away; localized errors for non-images, too-big photos and a missing model', async () => {
    const before = h.requests.length;
    const page = await h.open(
      '<ai-colorizer id="eager" loading="eager" lang="en"></ai-colorizer><ai-colorizer id="small" max-pixels="1000" lang="fr" no-samples></ai-colorizer><ai-colorizer id="missing" model-src="/nope/model.json" no-samples></ai-colorizer>',
    );
    await page.waitForFunction(
      () =>
        document.querySelector('#eager')?.shadowRoot?.textContent?.includes('The model is ready.'),
      undefined,
      { timeout: 60_000 },
    );
    expect(h.requests.slice(before).filter(heavy).length).toBeGreaterThan(0);

    await chooseFile(page, 'notes.txt', 'text/plain', Buffer.from('hello'), '#small');
    await page.waitForFunction(() =>
      document
        .querySelector('#small')
        ?.shadowRoot?.querySelector('[role=alert]')
        ?.textContent?.trim(),
    );
    expect(
      await page.evaluate(() =>
        document
          .querySelector('#small')
          ?.shadowRoot?.querySelector('[role=alert]')
          ?.textContent?.trim(),
      ),
    ).toBe('notes.txt n’est pas une photo lisible. Choisis un fichier JPEG, PNG ou WebP.');
    await chooseFile(page, 'big.jpg', 'image/jpeg', sample, '#small');
    await page.waitForFunction(() =>
      document
        .querySelector('#small')
        ?.shadowRoot?.querySelector('[role=alert]')
        ?.textContent?.includes('trop grande'),
    );
    // Refused from the header, before decoding: #small shows no photo.
    expect(
      await page.evaluate(
        () => !!document.querySelector('#small')?.shadowRoot?.querySelector('[part=compare]'),
      ),
    ).toBe(false);

    await chooseFile(page, 'p.jpg', 'image/jpeg', sample, '#missing');
    await page.waitForFunction(
      () =>
        document
          .querySelector('#missing')
          ?.shadowRoot?.querySelector('[role=alert]')
          ?.textContent?.trim(),
      undefined,
      { timeout: 30_000 },
    );
    expect(
      await page.evaluate(() =>
        document
          .querySelector('#missing')
          ?.shadowRoot?.querySelector('[role=alert]')
          ?.textContent?.trim(),
      ),
    ).toBe('Het AI-model kon niet geladen worden. Probeer het later opnieuw.');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
  });

  it('preload() loads a lazy colorizer below the fold; colorizers with the same model share one worker', async () => {
    const before = h.requests.length;
    const page = await h.open(
      '<div style="height:300vh"></div><ai-colorizer id="a"></ai-colorizer><ai-colorizer id="b"></ai-colorizer>',
    );
    await page.waitForTimeout(1000);
    expect(h.requests.slice(before).filter(heavy)).toEqual([]);
    await page.evaluate(() =>
      (document.querySelector('#a') as HTMLElement & { preload(): Promise<unknown> }).preload(),
    );
    expect(h.requests.slice(before).filter((r) => /\.wasm$/.test(r))).toHaveLength(1);
    // The second element, scrolled into view, joins the loaded colorizer: no second download.
    await page.locator('#b').scrollIntoViewIfNeeded();
    await chooseFile(page, 'vissen.jpg', 'image/jpeg', sample, '#b');
    await waitColorized(page, '#b');
    const heavyNow = h.requests.slice(before).filter(heavy);
    expect(heavyNow.filter((r) => /\.wasm$/.test(r))).toHaveLength(1);
    expect(heavyNow.filter((r) => /model\.onnx$/.test(r))).toHaveLength(1);
    expect(page.workers()).toHaveLength(1);
    // The worker stays while one element needs it, and ends with the last one.
    await page.evaluate(() => document.querySelector('#a')?.remove());
    await page.waitForTimeout(1500);
    expect(page.workers()).toHaveLength(1);
    await page.evaluate(() => document.querySelector('#b')?.remove());
    await expect.poll(() => page.workers().length, { timeout: 15_000 }).toBe(0);
  });

  it('fetches the sample photos ahead of the click while the model loads, only where they show', async () => {
    // Listening from before the page loads: the prefetch may start before `open` returns.
    const fetched: string[] = [];
    const page = await h.open(
      '<ai-colorizer id="a" lang="en" loading="eager"></ai-colorizer>' +
        '<ai-colorizer id="b" lang="en" loading="eager" no-samples></ai-colorizer>',
      {
        beforeLoad: (p) =>
          p.on('request', (r) => {
            if (r.resourceType() === 'fetch' && r.url().includes('/samples/'))
              fetched.push(new URL(r.url()).pathname.split('/').pop()!);
          }),
      },
    );
    await expect
      .poll(() => [...fetched].sort(), { timeout: 60_000 })
      .toEqual(['fish.jpg', 'tower.jpg', 'windmill.jpg']);
    // The network fails from here on: the click still colorizes, from the file fetched ahead.
    await page.route('**/samples/**', (route) => route.abort());
    await page.locator('#a >> [part=samples] button').nth(1).click();
    await waitColorized(page, '#a');
    expect(await status(page, '#a')).toMatch(/^Done/);
    // One download per sample, all by #a: none for the click, none by #b (no sample buttons).
    expect(fetched).toHaveLength(3);
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  });

  it('works under a strict CSP, with the script loaded twice, and a sample photo', async () => {
    const violations: string[] = [];
    const page = await h.open(
      '<ai-colorizer lang="en"></ai-colorizer><ai-event-list src="/none.json"></ai-event-list>',
      {
        csp: STRICT_CSP,
        head: '<script type="module" src="/dist/klaslab-elements.js?again"></script>',
      },
    );
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.evaluate(() => {
      (globalThis as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (globalThis as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.locator('ai-colorizer >> .samples button').first().click();
    await waitColorized(page);
    expect(await status(page)).toMatch(
      /^Done: the photo was colorized in \d[\d.,\u202f\u00a0]* ms\.$/,
    );
    // "Done" must also mean shown: the picture is there, in colour (no blocked blob: image).
    const shown = await colorizedResult(page);
    expect(shown.w).toBeGreaterThan(0);
    expect(shown.chroma).toBeGreaterThan(1);
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { cspViolations: string[] }).cspViolations,
      ),
    ).toEqual([]);
    expect(violations).toEqual([]);
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  });
});
