// What a class of 30 costs the school network, counted from the network (Playwright's
// request sizes: headers + encoded body as received), not from file sizes: the demo page served
// by `npm start`'s server, a sample photo colorized in headless Chromium. Also: two colorizers on
// one page share one runtime, and the opt-in service worker colorizes with the server gone.
// Budgets in bytes and requests only; the times are in `npm run bench`, never asserted here.
import { chromiumLaunchOptions } from '@klaslab/browser-testing';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../scripts/serve.mjs';

const MB = 1_000_000;
// ONNX Runtime's plain WASM build (2.4 MB brotli) + a default model of at most 5 MB + the page.
const FIRST_VISIT_MAX_BYTES = 8 * MB;
const FIRST_VISIT_MAX_REQUESTS = 30;
const SECOND_VISIT_MAX_BYTES = 0.1 * MB;

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

interface Traffic {
  bytes: number;
  requests: Array<{ url: string; bytes: number }>;
}

/** Records every finished request of the context (page and workers) with its bytes on the wire. */
function recordTraffic(context: BrowserContext): Traffic {
  const traffic: Traffic = { bytes: 0, requests: [] };
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const bytes = sizes.responseHeadersSize + sizes.responseBodySize;
    traffic.bytes += bytes;
    traffic.requests.push({ url: request.url(), bytes });
  });
  return traffic;
}

/** Clicks the first sample photo of `colorizer` and waits for the colorized picture. */
async function colorizeSample(colorizer: Locator): Promise<void> {
  await colorizer.locator('[part=samples] button').first().click();
  await colorizer.locator('canvas.after').waitFor({ timeout: 90_000 });
  await expect
    .poll(() => colorizer.locator('[part=status]').textContent(), { timeout: 90_000 })
    .toMatch(/\d+ ms/);
}

async function firstColour(context: BrowserContext, path = '/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.origin + path);
  await colorizeSample(page.locator('ai-colorizer').first());
  return page;
}

const settle = (page: Page) => page.waitForTimeout(500); // the last requestfinished events

const named = (traffic: Traffic, pattern: RegExp) =>
  traffic.requests.filter((r) => pattern.test(new URL(r.url).pathname));

describe('the demo page on the network', () => {
  it('costs at most 8 MB before the first colour, and 0.1 MB on a second visit', async () => {
    const context = await browser.newContext();
    const first = recordTraffic(context);
    const page = await firstColour(context);
    await settle(page);
    // The plain WASM build (the elements ship no other); everything precompressed.
    expect(named(first, /\.wasm$/).map((r) => new URL(r.url).pathname)).toEqual([
      '/elements/ort/ort-wasm-simd-threaded.wasm',
    ]);
    expect(first.bytes).toBeLessThanOrEqual(FIRST_VISIT_MAX_BYTES);
    expect(first.requests.length).toBeLessThanOrEqual(FIRST_VISIT_MAX_REQUESTS);
    await page.close();

    // The next lesson: same browser, the HTTP cache and the model cache kept.
    const again = recordTraffic(context);
    const second = await firstColour(context);
    await settle(second);
    expect(again.bytes).toBeLessThanOrEqual(SECOND_VISIT_MAX_BYTES);
    // Nothing big crossed the network again (304s and cache hits only).
    expect(again.requests.filter((r) => r.bytes > 20_000)).toEqual([]);
    await context.close();
  });

  it('two colorizers on one page fetch the runtime and the model once, and share one worker', async () => {
    const context = await browser.newContext();
    const traffic = recordTraffic(context);
    const page = await firstColour(context);
    // The explainer further down holds the page's second <ai-colorizer>.
    const second = page.locator('ai-explainer ai-colorizer');
    await second.scrollIntoViewIfNeeded();
    await colorizeSample(second);
    await settle(page);
    expect(named(traffic, /\.wasm$/)).toHaveLength(1);
    expect(named(traffic, /model\.onnx$/)).toHaveLength(1);
    expect(named(traffic, /colorize-worker\.js$/)).toHaveLength(1);
    expect(page.workers()).toHaveLength(1);
    await context.close();
  });
});

describe('<ai-colorizer offline>', () => {
  it('colorizes with the network cut after one visit', async () => {
    const own = await startServer({ port: 0 });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(() =>
        document.addEventListener('ai-colorizer-offline', (e) => {
          (globalThis as { klaslabOfflineReady?: boolean }).klaslabOfflineReady = (
            e as CustomEvent<{ ready: boolean }>
          ).detail.ready;
        }),
      );
      await page.goto(`${own.origin}/offline/`);
      // The service worker is registered once the model is loaded, caches what a colorization
      // needs, then takes control of the page.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 90_000,
      });
      // The page's own style sheet was loaded before the service worker existed: the element
      // had it kept too (the event says so once everything is stored).
      await page.waitForFunction(
        () => (globalThis as { klaslabOfflineReady?: boolean }).klaslabOfflineReady === true,
        undefined,
        {
          timeout: 90_000,
        },
      );
      // The network is gone: the server stops (its port refuses connections).
      await own.close();
      await page.reload();
      // demo.css applies: its rules are there, from the service worker's copy.
      await expect
        .poll(() =>
          page.evaluate(() =>
            [...document.styleSheets].some(
              (sheet) => sheet.href?.endsWith('/demo.css') && sheet.cssRules.length > 0,
            ),
          ),
        )
        .toBe(true);
      const colorizer = page.locator('ai-colorizer');
      await colorizeSample(colorizer);
      expect((await colorizer.locator('[part=error]').textContent())?.trim()).toBe('');
      const origin = await fetch(`${own.origin}/`).then(
        () => 'reachable',
        () => 'unreachable',
      );
      expect(origin).toBe('unreachable');
    } finally {
      await context.close();
      await own.close();
    }
  });
});
