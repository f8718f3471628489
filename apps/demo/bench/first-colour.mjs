#!/usr/bin/env node
// npm run bench (apps/demo): time to first colour on the demo page in headless Chromium, served
// by `npm start`'s server, cold (empty caches) and warm (second visit), from the click on a sample
// photo to the colorized picture on screen, split into fetch, compile, session, inference and
// paint; bytes and requests as counted from the network. Then a 12 MP photo dropped on the
// element: time and the peak memory of the browser's processes. Figures only, never asserted.
import { readFile } from 'node:fs/promises';
import { chromiumLaunchOptions, dropSyntheticPhoto } from '@klaslab/browser-testing';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ms = (v) => `${Math.round(v)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Records load/result events of every <ai-colorizer> and paints, in page time. */
const PROBE = () => {
  const marks = {};
  globalThis.klaslabBench = marks;
  document.addEventListener('ai-colorizer-load', (e) => {
    marks.loaded = performance.now();
    marks.load = e.detail.load;
  });
  document.addEventListener('ai-colorizer-result', (e) => {
    marks.result = performance.now();
    marks.timings = e.detail.result.timings;
    const img = e.composedPath()[0].shadowRoot.querySelector('img.after');
    img
      .decode()
      .then(() =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => (marks.painted = performance.now())),
        ),
      );
  });
};

async function visit(context) {
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  context.removeAllListeners('requestfinished');
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseHeadersSize + sizes.responseBodySize;
    requests += 1;
  });
  await page.addInitScript(PROBE);
  await page.goto(`${server.origin}/`);
  const button = page.locator('ai-colorizer').first().locator('[part=samples] button').first();
  await button.waitFor();
  // The click, in page time: from here to the colour on screen.
  const clicked = await page.evaluate(() => performance.now());
  await button.click();
  await page.waitForFunction(() => globalThis.klaslabBench.painted !== undefined, undefined, {
    timeout: 120_000,
  });
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => globalThis.klaslabBench);
  await page.close();
  const total = m.painted - clicked;
  const t = m.timings;
  const inference = t.decode + t.pre + t.infer + t.post;
  // Loading that was still under way at the click (it starts when the element comes into view).
  const waited = Math.max(0, m.loaded - clicked);
  const load = m.load ?? { model: 0, wasmFetch: 0, compile: 0, session: 0 };
  return {
    total,
    fetch: Math.max(load.model, load.wasmFetch),
    compile: load.compile,
    session: load.session,
    waited,
    inference,
    paint: total - waited - inference,
    bytes,
    requests,
  };
}

function report(label, runs) {
  const key = (k) => median(runs.map((r) => r[k]));
  console.log(
    `  ${label.padEnd(6)} first colour ${ms(key('total'))} (click → picture; load still running at the click: ${ms(key('waited'))})`,
  );
  console.log(
    `         split: fetch ${ms(key('fetch'))} · compile ${ms(key('compile'))} · session ${ms(key('session'))} · inference ${ms(key('inference'))} (decode+pre+infer+post) · paint ${ms(key('paint'))}`,
  );
  console.log(
    `         network: ${(key('bytes') / 1e6).toFixed(2)} MB in ${key('requests')} requests`,
  );
}

/** The summed RSS of `root`'s descendants (Chromium's browser, renderer, GPU, utility processes), bytes. */
async function chromiumRss(root) {
  const { readdir } = await import('node:fs/promises');
  const parents = new Map();
  const rss = new Map();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      const status = await readFile(`/proc/${entry}/status`, 'utf8');
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
    } catch {} // the process ended meanwhile
  }
  const inTree = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 16; p = parents.get(p) ?? 0, hops++) {
      if (p === root) return true;
    }
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (pid !== root && inTree(pid)) total += bytes;
  return total;
}

async function twelveMegapixels(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(`${server.origin}/`);
  const selector = 'main > section:first-child ai-colorizer';
  await page.evaluate((s) => document.querySelector(s).preload(), selector);
  // Playwright starts Chromium as a child of this process: its process tree is ours, minus us.
  const pid = process.pid;
  const baseline = pid ? await chromiumRss(pid) : 0;
  let peak = baseline;
  let sampling = true;
  const sampler = (async () => {
    while (sampling && pid) {
      peak = Math.max(peak, await chromiumRss(pid));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = await page.evaluate(() => performance.now());
  const bytes = await dropSyntheticPhoto(page, selector, { width: 4000, height: 3000 });
  await page.waitForFunction(() => globalThis.klaslabBench.painted !== undefined, undefined, {
    timeout: 300_000,
  });
  const m = await page.evaluate(() => globalThis.klaslabBench);
  sampling = false;
  await sampler;
  const t = m.timings;
  console.log(
    `  12 MP (4000×3000 JPEG, ${(bytes / 1e6).toFixed(1)} MB) dropped on <ai-colorizer>: ${ms(m.painted - started)} to the picture (JPEG drawn in the page included)`,
  );
  console.log(
    `         split: decode ${ms(t.decode)} · pre ${ms(t.pre)} · infer ${ms(t.infer)} · post ${ms(t.post)} · paint ${ms(m.painted - m.result)} (PNG + display)`,
  );
  if (pid) {
    console.log(
      `         Chromium's processes: ${(baseline / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB RSS (+${((peak - baseline) / 1e6).toFixed(0)} MB)`,
    );
  }
  await context.close();
}

const server = await startServer({ port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  console.log(`\nFirst colour on the demo page, headless Chromium, median of ${RUNS}`);
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    cold.push(await visit(context));
    warm.push(await visit(context));
    await context.close();
  }
  report('cold', cold);
  report('warm', warm);
  console.log('');
  await twelveMegapixels(browser);
} finally {
  await browser.close();
  await server.close();
}
