#!/usr/bin/env node
// How long a temperature change waits in the shared colorize worker: the time from the page
// sending `recolor` to the worker's answer, for a 12 MP photo in <ai-colorizer> (the standalone
// build in headless Chromium): alone, right after "other possibilities", and while a second
// <ai-colorizer> on the page colorizes a 12 MP photo. Median of RUNS (default 3).
// Run: npm run bench:recolor --workspace @klaslab/elements (after npm run build)
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, sendMountedFile } from '@klaslab/browser-testing';
import { chromium } from 'playwright-core';
import { BIG_PHOTO } from './big-photo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Records each worker call's `type` and when it was sent and answered (page time, ms). */
const RECORD = `(() => {
  const calls = (globalThis.workerCalls = []);
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    if (!this.recorded) {
      this.recorded = true;
      this.addEventListener('message', (event) => {
        const call = calls.find((c) => c.worker === this && c.id === event.data.id && !c.done);
        if (call) call.done = performance.now();
      });
    }
    if (message.id !== undefined && message.type !== 'abort')
      calls.push({ worker: this, id: message.id, type: message.type, sent: performance.now() });
    return post.call(this, message, transfer);
  };
})();`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/klaslab-elements.js"></script></head>
<body><ai-colorizer id="a" no-samples loading="eager"></ai-colorizer>
<ai-colorizer id="b" no-samples loading="eager"></ai-colorizer></body></html>`;

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (await sendMountedFile(res, pathname, [['/dist/', join(root, 'dist')]])) return;
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const tab = await browser.newPage();
  await tab.addInitScript(RECORD);
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => !!customElements.get('ai-colorizer'));
  await tab.evaluate(BIG_PHOTO);
  await tab.evaluate(() => document.querySelector('#a').colorize(globalThis.bigPhoto(), 'a.png'));

  /** Sets #a's temperature after `before()` and returns the ms its `recolor` waited and ran. */
  let temperature = 0.3;
  async function recolor(before) {
    const count = await tab.evaluate(
      () => globalThis.workerCalls.filter((c) => c.type === 'recolor').length,
    );
    await before();
    temperature = temperature === 0.3 ? 1.5 : 0.3;
    await tab.evaluate((t) => {
      document.querySelector('#a').temperature = t;
    }, temperature);
    const handle = await tab.waitForFunction(
      (n) => {
        const done = globalThis.workerCalls.filter((c) => c.type === 'recolor' && c.done);
        return done.length > n && done.at(-1).done - done.at(-1).sent;
      },
      count,
      { timeout: 300_000 },
    );
    const ms = await handle.jsonValue();
    // Let everything started here finish before the next run.
    await tab.waitForFunction(() => globalThis.workerCalls.every((c) => c.done), undefined, {
      timeout: 300_000,
    });
    return ms;
  }
  const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
  const cases = {
    alone: async () => {},
    'right after "other possibilities"': () =>
      tab.evaluate(() => {
        void document.querySelector('#a').showAlternatives();
      }),
    'while another colorizer colorizes 12 MP': async () => {
      const explored = await tab.evaluate(() => {
        void document.querySelector('#b').colorize(globalThis.bigPhoto(), 'b.png');
        return globalThis.workerCalls.filter((c) => c.type === 'explore').length;
      });
      // Once its photo has reached the worker: the temperature changes during its colorization.
      await tab.waitForFunction(
        (n) => globalThis.workerCalls.filter((c) => c.type === 'explore').length > n,
        explored,
      );
      await tab.waitForTimeout(100);
    },
  };
  console.log(`recolor of a 12 MP photo in the worker, sent → answered (median of ${RUNS}):`);
  for (const [name, before] of Object.entries(cases)) {
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push(await recolor(before));
    console.log(
      `  ${name.padEnd(42)} ${Math.round(median(times))} ms  (${times.map(Math.round).join(', ')})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
