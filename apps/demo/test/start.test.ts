// `npm start` end to end: the server script serves the demo page and the built Storybook from
// 127.0.0.1; Debian's headless Chromium loads both and colorizes a sample photo with the default
// model (real ONNX Runtime, WASM). Every request must stay on the server (offline), and no page
// may log an error.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromiumLaunchOptions } from '@klaslab/browser-testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const storybookStatic = join(
  dirname(require.resolve('@klaslab/storybook/package.json')),
  'storybook-static',
);

/** The Storybook tests need its static build, which `npm test` makes (turbo run build). */
function expectBuiltStorybook(): void {
  expect(existsSync(storybookStatic), `${storybookStatic} is missing: run npm run build`).toBe(
    true,
  );
}

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

beforeAll(async () => {
  server = await startServer({ port: 0 });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that may only talk to our server and records console errors. */
async function openPage(
  path: string,
): Promise<{ page: Page; errors: string[]; offsite: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('blob:') || url.startsWith('data:')) {
      return route.continue();
    }
    offsite.push(url);
    return route.abort();
  });
  await page.goto(server.origin + path);
  return { page, errors, offsite };
}

describe('npm start', () => {
  it('serves the standalone bundle, the runtime and the model with the right types', async () => {
    const types = async (path: string) =>
      (await fetch(server.origin + path)).headers.get('content-type');
    expect(await types('/')).toMatch(/^text\/html/);
    expect(await types('/elements/klaslab-elements.js')).toMatch(/^text\/javascript/);
    expect(await types('/elements/ort/ort-wasm-simd-threaded.wasm')).toBe('application/wasm');
    expect(await types('/elements/models/default/model.json')).toBe('application/json');
    expect((await fetch(`${server.origin}/elements/../../package.json`)).status).toBe(404);
    expect((await fetch(`${server.origin}/%2e%2e/package.json`)).status).toBe(404);
  });

  it('the demo page shows the events and the explainer, and colorizes a sample photo', async () => {
    const { page, errors, offsite } = await openPage('/');
    await expect
      .poll(() => page.locator('ai-event-list ai-event-card').count(), { timeout: 20_000 })
      .toBe(3);
    expect(await page.locator('ai-explainer [part=title]').textContent()).toBeTruthy();
    // The first colorizer on the page (the explainer holds a second one).
    const colorizer = page.locator('main > section:first-child ai-colorizer');
    await colorizer.locator('[part=samples] button').first().click();
    await colorizer.locator('[part=compare] canvas').first().waitFor({ timeout: 90_000 });
    await expect
      .poll(() => colorizer.locator('[part=status]').textContent(), { timeout: 90_000 })
      .toMatch(/Klaar/);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('serves the printable guide and worksheet per language, and the lesson at a linked step', async () => {
    const titles = { nl: 'Handleiding', en: 'Teacher guide', fr: 'Guide de l’enseignant' };
    for (const [lang, title] of Object.entries(titles)) {
      const { page, errors, offsite } = await openPage(`/guide/${lang}.html`);
      await expect
        .poll(() =>
          page.locator('ai-teacher-guide[sheet=guide] [role=heading]').first().textContent(),
        )
        .toContain(title);
      expect(
        await page.locator('ai-teacher-guide[sheet=worksheet] .lines').count(),
      ).toBeGreaterThan(5);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const sizes = [
        ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/g),
      ];
      expect(sizes.length).toBeGreaterThanOrEqual(4);
      for (const [, w, h] of sizes)
        expect([Math.round(Number(w)), Math.round(Number(h))]).toEqual([595, 842]);
      expect(offsite).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const { page, errors } = await openPage('/lesson/?lang=en&level=po#step=bias');
    await expect
      .poll(() => page.locator('ai-lesson article').getAttribute('data-step'))
      .toBe('bias');
    expect(await page.locator('ai-lesson').getAttribute('level')).toBe('po');
    expect(await page.locator('ai-lesson [role=heading]').first().textContent()).toContain(
      'Lesson',
    );
    expect(errors).toEqual([]);
    await page.context().close();
    // The demo page links to both.
    const home = await (await fetch(`${server.origin}/`)).text();
    expect(home).toContain('href="./lesson/"');
    expect(home).toContain('href="./guide/fr.html"');
  });

  it('serves the built Storybook, whose colorizer story colorizes', async () => {
    expectBuiltStorybook();
    const manager = await openPage('/storybook/');
    await manager.page.locator('#storybook-preview-iframe').waitFor({ timeout: 30_000 });
    expect(manager.offsite).toEqual([]);
    await manager.page.context().close();

    // The story's play function chooses a sample photo: the real model, the real runtime.
    const { page, errors, offsite } = await openPage(
      '/storybook/iframe.html?id=elements-ai-colorizer--colorized&viewMode=story',
    );
    await page.locator('ai-colorizer [part=compare] canvas').first().waitFor({ timeout: 90_000 });
    await expect
      .poll(() => page.locator('ai-colorizer [part=status]').textContent(), { timeout: 90_000 })
      .toMatch(/Done/);
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('documents each element from custom-elements.json', async () => {
    expectBuiltStorybook();
    const { page, errors, offsite } = await openPage(
      '/storybook/iframe.html?id=elements-ai-colorizer--docs&viewMode=docs',
    );
    const docs = page.locator('.sbdocs-content');
    await docs.waitFor({ timeout: 30_000 });
    // Attributes, CSS parts, custom properties and events come from the manifest's JSDoc.
    for (const text of ['model-src', 'max-pixels', '--klaslab-accent', 'ai-colorizer-result']) {
      await expect.poll(() => docs.textContent(), { timeout: 15_000 }).toContain(text);
    }
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
