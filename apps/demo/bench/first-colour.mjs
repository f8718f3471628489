#!/usr/bin/env node
// npm run bench (apps/demo): time to first colour on the demo page in headless Chromium, served
// by `npm start`'s server, from the click on a sample photo to the colorized picture on screen:
// cold (a fresh profile) and warm (the second visit, same profile), each with the click as soon as
// the samples show and with the click once the element has loaded on its own (it loads when it
// comes into view). Split into what was still loading at the click, inference and paint, plus the
// loading's own fetch, compile and session; bytes and requests as counted from the network. Then a 12 MP photo dropped on the
// element: time and the peak memory of the browser's processes. Figures only, never asserted.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions, dropSyntheticPhoto } from '@klaslab/browser-testing';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ms = (v) => `${Math.round(v)} ms`;
/** How long the visitor looks at the picture before leaving the page. */
const LOOK_MS = 2000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Records, in page time, when the model was loaded, and when the colorized picture was on screen: the result's `canvas.after`
 * drawn by the element's update, then two animation frames (the frame that shows it).
 */
const PROBE = () => {
  const marks = {};
  globalThis.klaslabBench = marks;
  // The click as the page got it (the event's own time stamp), not when Playwright began its
  // checks before clicking.
  document.addEventListener('click', (e) => (marks.clicked = e.timeStamp), true);
  document.addEventListener('ai-colorizer-load', (e) => {
    marks.loaded = performance.now();
    marks.load = e.detail.load;
  });
  document.addEventListener('ai-colorizer-result', async (e) => {
    marks.result = performance.now();
    marks.timings = e.detail.result.timings;
    const host = e.composedPath()[0];
    await host.updateComplete;
    if (!host.shadowRoot.querySelector('canvas.after')) {
      marks.failed = 'no canvas.after after the result';
      return;
    }
    requestAnimationFrame(() => requestAnimationFrame(() => (marks.painted = performance.now())));
  });
};

async function waitForPicture(page) {
  await page.waitForFunction(
    () => globalThis.klaslabBench.painted !== undefined || globalThis.klaslabBench.failed,
    undefined,
    { timeout: 120_000 },
  );
  const m = await page.evaluate(() => globalThis.klaslabBench);
  if (m.failed) throw new Error(m.failed);
  return m;
}

/**
 * One visit of the demo page. `when`: `at-load` clicks the first sample as soon as its button is
 * there (loading, started by the element coming into view, is still under way); `preloaded` waits
 * for the element's own `ai-colorizer-load` event (never calling preload(): the element loads
 * because it is in view, `loading="lazy"`), as a visitor who reads the page for a moment would.
 */
async function visit(context, when) {
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  context.removeAllListeners('requestfinished');
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseHeadersSize + sizes.responseBodySize;
    requests += 1;
  });
  // When the element started loading: the request for its worker (Node's clock, like `clickedAt`).
  let loadStarted;
  page.on('request', (request) => {
    if (/colorize-worker\.js$/.test(request.url())) loadStarted ??= Date.now();
  });
  await page.addInitScript(PROBE);
  await page.goto(`${server.origin}/`);
  const button = page.locator('ai-colorizer').first().locator('[part=samples] button').first();
  await button.waitFor();
  if (when === 'preloaded') {
    await page.waitForFunction(() => globalThis.klaslabBench.loaded !== undefined, undefined, {
      timeout: 120_000,
    });
  }
  const clickedAt = Date.now();
  await button.click();
  const m = await waitForPicture(page);
  // The click, in page time: from here to the colour on screen.
  const clicked = m.clicked;
  // The visitor looks at the picture a moment; the browser finishes its caching meanwhile.
  await page.waitForTimeout(LOOK_MS);
  await page.close();
  if (loadStarted === undefined || loadStarted > clickedAt) {
    throw new Error('the element did not start loading when it came into view');
  }
  const total = m.painted - clicked;
  const t = m.timings;
  const inference = t.decode + t.pre + t.infer + t.post;
  // Loading that was still under way at the click (it starts when the element comes into view).
  const waited = Math.max(0, m.loaded - clicked);
  const load = m.load ?? { model: 0, wasmFetch: 0, compile: 0, start: 0, session: 0 };
  return {
    total,
    wasm: load.wasmFetch,
    model: load.model,
    compile: load.compile,
    start: load.start,
    session: load.session,
    // From the page's start to the model loaded: what the element did before the click in `preloaded`.
    ready: m.loaded,
    waited,
    inference,
    paint: m.painted - m.result,
    bytes,
    requests,
  };
}

function report(label, runs) {
  const key = (k) => median(runs.map((r) => r[k]));
  const other = key('total') - key('waited') - key('inference') - key('paint');
  console.log(`  ${label}`);
  console.log(
    `    first colour ${ms(key('total'))} from the click: load still running ${ms(key('waited'))} · inference ${ms(key('inference'))} (decode+pre+infer+post) · paint ${ms(key('paint'))} · messages and rendering ${ms(Math.max(0, other))}`,
  );
  console.log(
    `    loading (from the element in view): .wasm fetch and compile ${ms(key('wasm'))}, then runtime instance ${ms(key('compile'))} and start ${ms(key('start'))} · model fetch ${ms(key('model'))} · model session ${ms(key('session'))}; model ready ${ms(key('ready'))} after navigation`,
  );
  console.log(`    network: ${(key('bytes') / 1e6).toFixed(2)} MB in ${key('requests')} requests`);
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

/** Bytes of compiled WebAssembly V8 stored in a profile's code cache (its index files aside). */
async function wasmCodeCacheBytes(profile) {
  const { readdir, stat } = await import('node:fs/promises');
  let total = 0;
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (!entry.name.startsWith('index')) total += (await stat(path)).size;
    }
  };
  await walk(join(profile, 'Default', 'Code Cache', 'wasm'));
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
  const m = await waitForPicture(page);
  sampling = false;
  await sampler;
  const t = m.timings;
  console.log(
    `  12 MP (4000×3000 JPEG, ${(bytes / 1e6).toFixed(1)} MB) dropped on <ai-colorizer>: ${ms(m.painted - started)} to the picture (JPEG drawn in the page included)`,
  );
  console.log(
    `         split: decode ${ms(t.decode)} · pre ${ms(t.pre)} · infer ${ms(t.infer)} · post ${ms(t.post)} · paint ${ms(m.painted - m.result)} (canvas drawn + displayed)`,
  );
  if (pid) {
    console.log(
      `         Chromium's processes: ${(baseline / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB RSS (+${((peak - baseline) / 1e6).toFixed(0)} MB)`,
    );
  }
  await context.close();
}

const server = await startServer({ port: 0 });
const launch = chromiumLaunchOptions();
const cpus = os.cpus().length;
try {
  console.log(
    `\nFirst colour on the demo page, headless Chromium, median of ${RUNS}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus} CPUs at the start`,
  );
  const results = {
    'cold, click at page load': [],
    'warm, click at page load': [],
    'cold, click once the element has preloaded in view': [],
    'warm, click once the element has preloaded in view': [],
  };
  const [cold, warmAtLoad, coldPreloaded, warmPreloaded] = Object.values(results);
  /** A real profile on disk, as a visitor's browser has: a second visit finds the HTTP cache and the Cache API of the first one. */
  const codeCache = [];
  const withProfile = async (visits) => {
    const profile = await mkdtemp(join(tmpdir(), 'klaslab-bench-'));
    const context = await chromium.launchPersistentContext(profile, launch);
    try {
      await visits(context);
    } finally {
      await context.close();
      codeCache.push(await wasmCodeCacheBytes(profile));
      await rm(profile, { recursive: true, force: true });
    }
  };
  for (let i = 0; i < RUNS; i++) {
    await withProfile(async (context) => {
      cold.push(await visit(context, 'at-load'));
      warmAtLoad.push(await visit(context, 'at-load'));
      warmPreloaded.push(await visit(context, 'preloaded'));
    });
    await withProfile(async (context) => coldPreloaded.push(await visit(context, 'preloaded')));
  }
  for (const [label, runs] of Object.entries(results)) report(label, runs);
  console.log(
    `  compiled WebAssembly Chromium kept in the profile (Code Cache/wasm, index files aside): at most ${(Math.max(...codeCache) / 1e3).toFixed(0)} kB`,
  );
  console.log(
    `  load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('');
  const browser = await chromium.launch(launch);
  try {
    await twelveMegapixels(browser);
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
