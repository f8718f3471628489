import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { drawHousePhoto } from '@klaslab/browser-testing/photos';
import { colorCloseness, srgbToLab } from '@klaslab/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG_PHOTO } from '../bench/big-photo.mjs';
import {
  axe,
  type Harness,
  packageRoot,
  shadowText,
  startHarness,
  waitColorized,
} from './helpers/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

type Detail = Record<string, unknown>;

/** Records the detail of every `type` event the colorizer fires (read with `events(page, type)`). */
async function listen(page: Page, types: string[]) {
  await page.evaluate((ts) => {
    const g = globalThis as unknown as { heard: Record<string, unknown[]> };
    g.heard = {};
    for (const t of ts) {
      g.heard[t] = [];
      document.addEventListener(t, (e) => g.heard[t]!.push((e as CustomEvent).detail));
    }
  }, types);
}
function events(page: Page, type: string): Promise<Detail[]> {
  return page.evaluate(
    (t) => (globalThis as unknown as { heard: Record<string, Detail[]> }).heard[t] ?? [],
    type,
  );
}

/** RGBA pixels of a canvas in the shadow root of the colorizer `host` (default: the first). */
function pixels(page: Page, selector: string, host = 'ai-colorizer') {
  return page.evaluate(
    ([h, s]) => {
      const c = document
        .querySelector(h!)
        ?.shadowRoot?.querySelector(s!) as HTMLCanvasElement | null;
      if (!c) return undefined;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return { width: c.width, height: c.height, data: [...d] };
    },
    [host, selector],
  );
}

/** Mean chroma (spread of R, G, B) of a picture. */
function chroma(p: { data: number[] }): number {
  let sum = 0;
  for (let i = 0; i < p.data.length; i += 4) {
    const [r, g, b] = [p.data[i]!, p.data[i + 1]!, p.data[i + 2]!];
    sum += Math.max(r, g, b) - Math.min(r, g, b);
  }
  return sum / (p.data.length / 4);
}

/**
 * How varied the colours are: the mean distance of each pixel's opponent colour (R − G, G − B)
 * from the picture's average one. One uniform tint over everything scores low, however strong.
 */
function variety(p: { data: number[] }): number {
  const n = p.data.length / 4;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < p.data.length; i += 4) {
    ma += p.data[i]! - p.data[i + 1]!;
    mb += p.data[i + 1]! - p.data[i + 2]!;
  }
  ma /= n;
  mb /= n;
  let sum = 0;
  for (let i = 0; i < p.data.length; i += 4)
    sum += Math.hypot(p.data[i]! - p.data[i + 1]! - ma, p.data[i + 1]! - p.data[i + 2]! - mb);
  return sum / n;
}

/** Mean CIELAB colour (L*, a*, b*) of a picture. */
function meanLab(p: { data: number[] }): [number, number, number] {
  const sum = [0, 0, 0];
  for (let i = 0; i < p.data.length; i += 4) {
    const lab = srgbToLab(p.data[i]! / 255, p.data[i + 1]! / 255, p.data[i + 2]! / 255);
    for (let c = 0; c < 3; c++) sum[c]! += lab[c]!;
  }
  const n = p.data.length / 4;
  return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
}

/** Mean absolute difference of two same-size pictures, per channel, on the 0…255 scale. */
function meanDifference(a: { data: number[] }, b: { data: number[] }): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) sum += Math.abs(a.data[i + c]! - b.data[i + c]!);
    n += 3;
  }
  return sum / n;
}

/** A colour photo drawn in the page (sky, grass, a red house), colorized as an upload. */
async function colorizeColourPhoto(page: Page) {
  await page.evaluate(
    `(${drawHousePhoto})().then((blob) => document.querySelector('ai-colorizer').colorize(blob, 'huis.png'))`,
  );
  await waitColorized(page);
}

/**
 * Records each call the page sends to a Web Worker (`type`, `id`, `options`) and how it was
 * answered (`answer.order` counts the answers): run before the page's scripts.
 */
const RECORD_WORKER_CALLS = `(() => {
  const calls = (globalThis.workerCalls = []);
  let answers = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    if (!this.recorded) {
      this.recorded = true;
      this.addEventListener('message', (event) => {
        const call = calls.find(
          (c) => c.worker === this && c.id === event.data.id && c.type !== 'abort' && !c.answer,
        );
        if (call) call.answer = { type: event.data.type, code: event.data.error?.code, order: ++answers };
      });
    }
    if (message.type !== 'init')
      calls.push({ worker: this, type: message.type, id: message.id, options: message.options });
    return post.call(this, message, transfer);
  };
})();`;

const text = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      (document.querySelector('ai-colorizer')?.shadowRoot?.querySelector(s)?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim(),
    selector,
  );

describe('<ai-colorizer> as a lab (Chromium, the default model)', () => {
  it('truth view: keeps a colour upload, shows grey | AI | real and a closeness score computed by core', async () => {
    const page = await h.open('<ai-colorizer no-samples></ai-colorizer>');
    await listen(page, ['ai-colorizer-view', 'ai-colorizer-probe']);
    await colorizeColourPhoto(page);
    expect(await page.locator('ai-colorizer >> [part=views] input[type=radio]').count()).toBe(3);
    // The score on screen is core's colorCloseness of the real colours and the AI's colouring.
    await page.locator('ai-colorizer >> [part=views] input[value=truth]').check();
    const truth = (await pixels(page, 'canvas.truth'))!;
    const ai = (await pixels(page, 'canvas.after'))!;
    expect([truth.width, truth.height]).toEqual([240, 160]);
    // The real colours, kept: sky blue at the top left, the red house in the middle.
    expect(truth.data.slice(0, 3)).toEqual([0x4a, 0x90, 0xd9]);
    const mid = 4 * (80 * 240 + 120);
    expect(truth.data.slice(mid, mid + 3)).toEqual([0xc0, 0x39, 0x2b]);
    const expected = colorCloseness(
      { width: 240, height: 160, data: Uint8ClampedArray.from(truth.data) },
      { width: 240, height: 160, data: Uint8ClampedArray.from(ai.data) },
    );
    const score = await text(page, '[part=closeness]');
    expect(score).toContain(`Bij ${Math.round(expected.closeShare * 100)} % van de pixels`);
    expect(score).toContain(
      `Gemiddeld verschil: ${expected.meanDeltaE.toLocaleString('nl', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`,
    );
    expect(await events(page, 'ai-colorizer-view')).toEqual([{ view: 'truth' }]);
    expect(
      await page.evaluate(() => document.querySelector('ai-colorizer')?.getAttribute('view')),
    ).toBe('truth');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    await page.screenshot({
      path: `${process.env.SCREENSHOTS ?? '/tmp'}/lab-truth.png`,
      fullPage: true,
    });

    // Pixel probe by click: bars with percentages (as text), other, chosen colour, confidence.
    await page.locator('ai-colorizer >> [part=views] input[value=compare]').check();
    const figure = page.locator('ai-colorizer >> figure.compare');
    const box = (await figure.boundingBox())!;
    await figure.click({ position: { x: box.width / 2, y: box.height * 0.1 } });
    await page.waitForFunction(
      () => !!document.querySelector('ai-colorizer')?.shadowRoot?.querySelector('[part=probe]'),
    );
    const [probe] = (await events(page, 'ai-colorizer-probe')) as Array<{
      x: number;
      y: number;
      top: { probability: number; rgb: number[] }[];
      other: number;
      confidence: number;
    }>;
    expect(probe!.x).toBe(120);
    // Where the click landed, in image pixels (the figure is scaled to the page's width).
    expect(probe!.y).toBeGreaterThanOrEqual(15);
    expect(probe!.y).toBeLessThanOrEqual(16);
    const { x: px, y: py } = probe!;
    expect(probe!.top).toHaveLength(5);
    expect(probe!.top.reduce((s, b) => s + b.probability, 0) + probe!.other).toBeCloseTo(1, 5);
    const bars = await page.evaluate(() =>
      [
        ...(document
          .querySelector('ai-colorizer')
          ?.shadowRoot?.querySelectorAll('[part=probe] li') ?? []),
      ].map((li) => ({
        value: li.querySelector('.bar-value')?.textContent?.trim(),
        swatch: getComputedStyle(li.querySelector('.swatch')!).backgroundColor,
      })),
    );
    expect(bars).toHaveLength(6);
    expect(bars.slice(0, 5).map((b) => b.value)).toEqual(
      probe!.top.map((b) => `${Math.round(b.probability * 100)} %`),
    );
    expect(bars[5]!.value).toBe(`${Math.round(probe!.other * 100)} %`);
    expect(bars[0]!.swatch).toBe(`rgb(${probe!.top[0]!.rgb.join(', ')})`);
    expect(await text(page, '[part=probe]')).toContain(
      `Zekerheid hier: ${Math.round(probe!.confidence * 100)} %`,
    );
    expect(await text(page, '.probe-summary')).toBe(
      `Op plek (${px}, ${py}) vond de AI kleur 1 het waarschijnlijkst (${Math.round(probe!.top[0]!.probability * 100)} %). Zekerheid hier: ${Math.round(probe!.confidence * 100)} %.`,
    );
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    await page.screenshot({
      path: `${process.env.SCREENSHOTS ?? '/tmp'}/lab-probe.png`,
      fullPage: true,
    });

    // The same from the keyboard: arrow keys move the cursor over the focused photo.
    await figure.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    // (A probe that a newer one overtakes is dropped: the last one answers.)
    await expect
      .poll(async () => {
        const last = (await events(page, 'ai-colorizer-probe')).at(-1)!;
        return [last.x, last.y];
      })
      .toEqual([px + Math.round(240 / 32), py + 5]);
    await expect
      .poll(() => text(page, '[part=probe] .panel-title'))
      .toContain(`(${px + 8}, ${py + 5})`);

    // Confidence overlay on the photo: purple where unsure, opacity from the slider.
    await page.locator('ai-colorizer >> [part=overlay-controls] input[type=checkbox]').check();
    const overlay = (await pixels(page, '.overlay canvas'))!;
    const alphas = overlay.data.filter((_, i) => i % 4 === 3);
    expect(Math.max(...alphas)).toBeGreaterThan(Math.min(...alphas));
    // Canvases keep colours premultiplied by alpha, so a read-back colour is off by the rounding
    // at that pixel's alpha (which comes from the model): compare at the most opaque pixel.
    const most = alphas.indexOf(Math.max(...alphas)) * 4;
    const veil = [...overlay.data.slice(most, most + 3)];
    expect(veil.map((v, i) => Math.abs(v - [128, 0, 160][i]!) <= 1)).toEqual([true, true, true]);
    const opacity = () =>
      page.evaluate(
        () =>
          getComputedStyle(
            document.querySelector('ai-colorizer')!.shadowRoot!.querySelector('.overlay')!,
          ).opacity,
      );
    expect(await opacity()).toBe('0.7');
    await page.locator('ai-colorizer >> #overlay-opacity').fill('0.3');
    await expect.poll(opacity).toBe('0.3');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    await page.screenshot({
      path: `${process.env.SCREENSHOTS ?? '/tmp'}/lab-overlay.png`,
      fullPage: true,
    });
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  }, 300_000);

  it('temperature re-decodes live (bold vs cautious), alternatives differ visibly', async () => {
    const page = await h.open('<ai-colorizer lang="en"></ai-colorizer>');
    await listen(page, ['ai-colorizer-temperature', 'ai-colorizer-result']);
    await page.locator('ai-colorizer >> [part=samples] button').first().click();
    await waitColorized(page);
    expect(await shadowText(page, 'ai-colorizer')).not.toContain('Real colours');
    const slider = page.locator('ai-colorizer >> #temperature');
    const setTemperature = async (v: string) => {
      const before = JSON.stringify((await pixels(page, 'canvas.after'))!.data.slice(0, 4000));
      await slider.fill(v);
      await page.waitForFunction(
        (b) => {
          const c = document
            .querySelector('ai-colorizer')
            ?.shadowRoot?.querySelector('canvas.after') as HTMLCanvasElement;
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          return JSON.stringify([...d.slice(0, 4000)]) !== b;
        },
        before,
        { timeout: 30_000 },
      );
      return (await pixels(page, 'canvas.after'))!;
    };
    const bold = await setTemperature('0.05');
    await page.screenshot({
      path: `${process.env.SCREENSHOTS ?? '/tmp'}/lab-bold.png`,
      fullPage: true,
    });
    const cautious = await setTemperature('2');
    await page.screenshot({
      path: `${process.env.SCREENSHOTS ?? '/tmp'}/lab-cautious.png`,
      fullPage: true,
    });
    console.log(
      `colour variety: bold ${variety(bold).toFixed(1)}, cautious ${variety(cautious).toFixed(1)}`,
    );
    expect(variety(bold)).toBeGreaterThan(variety(cautious) * 1.2);
    // What the help text tells pupils: cautious is not grey; the mean colour drifts to the mean of
    // the model's palette (a warm, brownish tint).
    const palette = JSON.parse(
      await readFile(join(packageRoot, 'dist/models/default/model.json'), 'utf8'),
    ).decode.bins as Array<[number, number]>;
    const warm = [0, 1].map((i) => palette.reduce((s, bin) => s + bin[i]!, 0) / palette.length);
    const towardsWarm = (p: { data: number[] }) => {
      const [, a, b] = meanLab(p);
      return Math.hypot(a - warm[0]!, b - warm[1]!);
    };
    console.log(
      `mean a*, b*: bold ${meanLab(bold)
        .slice(1)
        .map((v) => v.toFixed(1))}, cautious ${meanLab(cautious)
        .slice(1)
        .map((v) => v.toFixed(1))}; palette mean ${warm.map((v) => v.toFixed(1))}`,
    );
    expect(towardsWarm(cautious)).toBeLessThan(towardsWarm(bold));
    expect(chroma(cautious)).toBeGreaterThan(chroma(bold) * 0.8);
    expect(await text(page, '#temperature-help')).toContain('warm brownish tint');
    expect(await slider.getAttribute('aria-valuetext')).toBe(
      'temperature 2.00 (bold – cautious (brownish))',
    );
    expect((await events(page, 'ai-colorizer-temperature')).at(-1)).toEqual({ temperature: 2 });
    // No new inference: still one result event.
    expect(await events(page, 'ai-colorizer-result')).toHaveLength(1);
    // A lesson page sets the property: the same re-decoding.
    await page.evaluate(() => {
      (
        document.querySelector('ai-colorizer') as HTMLElement & { temperature: number }
      ).temperature = 0.05;
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('ai-colorizer')
          ?.shadowRoot?.querySelector<HTMLInputElement>('#temperature')?.value === '0.05',
    );
    await expect
      .poll(async () => meanDifference((await pixels(page, 'canvas.after'))!, bold))
      .toBe(0);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

    // Alternatives: region-coherent samples, visibly different from each other.
    await slider.fill('0.38');
    await page.locator('ai-colorizer >> [part=alternatives] > button').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('ai-colorizer')
          ?.shadowRoot?.querySelectorAll('[part=alternatives] li').length === 3,
      undefined,
      { timeout: 60_000 },
    );
    const alts = await Promise.all(
      [1, 2, 3].map(
        async (n) => (await pixels(page, `[part=alternatives] li:nth-child(${n}) canvas`))!,
      ),
    );
    const diffs = [
      meanDifference(alts[0]!, alts[1]!),
      meanDifference(alts[0]!, alts[2]!),
      meanDifference(alts[1]!, alts[2]!),
    ];
    console.log(
      `alternatives: mean difference per channel ${diffs.map((d) => d.toFixed(1)).join(', ')} / 255`,
    );
    for (const d of diffs) expect(d).toBeGreaterThan(6);
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  }, 300_000);

  it('keeps working when moved, and after the shared worker ended: added again, it explores its photo anew', async () => {
    const page = await h.open('<ai-colorizer id="a" lang="en"></ai-colorizer>');
    await listen(page, ['ai-colorizer-error', 'ai-colorizer-probe', 'ai-colorizer-result']);
    await page.locator('#a >> [part=samples] button').first().click();
    await waitColorized(page, '#a');
    /** Moves `host`'s temperature slider and waits until its picture changed. */
    const setTemperature = async (host: string, value: string) => {
      const shown = JSON.stringify((await pixels(page, 'canvas.after', host))!.data);
      await page.locator(`${host} >> #temperature`).fill(value);
      await page.waitForFunction(
        ([h, b]) => {
          const c = document
            .querySelector(h!)
            ?.shadowRoot?.querySelector('canvas.after') as HTMLCanvasElement;
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          return JSON.stringify([...d]) !== b;
        },
        [host, shown],
        { timeout: 60_000 },
      );
      return (await pixels(page, 'canvas.after', host))!;
    };
    const probeA = async () => {
      const count = (await events(page, 'ai-colorizer-probe')).length;
      const figure = page.locator('#a >> figure.compare');
      const box = (await figure.boundingBox())!;
      await figure.click({ position: { x: box.width * 0.3, y: box.height * 0.6 } });
      await expect
        .poll(async () => (await events(page, 'ai-colorizer-probe')).length, { timeout: 60_000 })
        .toBe(count + 1);
      return (await events(page, 'ai-colorizer-probe')).at(-1)!;
    };
    const cool = await setTemperature('#a', '0.3');
    const warm = await setTemperature('#a', '1.5');
    const probed = await probeA();
    const [worker] = page.workers();

    // Moved in the page (disconnected and connected in one task): the same worker, still working.
    await page.evaluate(() =>
      document.querySelector('main')!.append(document.querySelector('#a')!),
    );
    expect(meanDifference(await setTemperature('#a', '0.3'), cool)).toBe(0);
    expect(page.workers()).toEqual([worker]);

    // Removed: the last colorizer out ends the shared worker, and with it the kept model output.
    await page.evaluate(() => {
      const a = document.querySelector('#a')!;
      (globalThis as unknown as { a: Element }).a = a;
      a.remove();
    });
    await expect.poll(() => page.workers().length).toBe(0);
    // A new colorizer starts a new worker and colorizes; the old one comes back beside it.
    await page.evaluate(() => {
      const b = document.createElement('ai-colorizer');
      b.id = 'b';
      b.lang = 'en';
      document.querySelector('main')!.append(b, (globalThis as unknown as { a: Element }).a);
    });
    await page.locator('#b >> [part=samples] button').nth(1).click();
    await waitColorized(page, '#b');
    await setTemperature('#b', '0.3');
    // The old one's lab explores its photo again in the new worker: the same pictures and numbers.
    expect(meanDifference(await setTemperature('#a', '1.5'), warm)).toBe(0);
    expect(await probeA()).toEqual(probed);
    await page.locator('#a >> [part=alternatives] > button').click();
    await page.waitForFunction(
      () =>
        document.querySelector('#a')?.shadowRoot?.querySelectorAll('[part=alternatives] li')
          .length === 3,
      undefined,
      { timeout: 60_000 },
    );
    expect(await events(page, 'ai-colorizer-error')).toEqual([]);
    expect(await shadowText(page, '#a')).not.toContain('went wrong');
    expect(page.workers()).toHaveLength(1);

    // Another model (here the same one at another URL): the shown photo is colorized again with it.
    const results = (await events(page, 'ai-colorizer-result')).length;
    await page.evaluate(() => {
      document.querySelector('#a')!.setAttribute('model-src', '/dist/models/default/model.json?2');
    });
    await expect
      .poll(async () => (await events(page, 'ai-colorizer-result')).length, { timeout: 60_000 })
      .toBe(results + 1);
    await waitColorized(page, '#a');
    expect(meanDifference(await setTemperature('#a', '0.3'), cool)).toBe(0);
    expect(page.workers()).toHaveLength(2);
    expect(await events(page, 'ai-colorizer-error')).toEqual([]);
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  }, 300_000);

  it('keeps the frame a canvas showed: another model colorizes that frame, not what the canvas shows now', async () => {
    const page = await h.open('<ai-colorizer id="c" lang="en" no-samples></ai-colorizer>');
    await page.waitForFunction(() => !!customElements.get('ai-colorizer'));
    await listen(page, ['ai-colorizer-result', 'ai-colorizer-error']);
    await page.evaluate(BIG_PHOTO);
    await page.evaluate(async () => {
      const g = globalThis as unknown as {
        photoCanvas(w: number, h: number): OffscreenCanvas;
        live: OffscreenCanvas;
      };
      g.live = g.photoCanvas(96, 64);
      const el = document.querySelector('#c') as HTMLElement & {
        colorize(i: OffscreenCanvas, name: string): Promise<unknown>;
      };
      await el.colorize(g.live, 'canvas.png');
    });
    await waitColorized(page, '#c');
    const shown = (await pixels(page, 'canvas.after', '#c'))!;
    // The canvas shows something else now (a drawing app, a video frame later).
    await page.evaluate(() => {
      const c = (globalThis as unknown as { live: OffscreenCanvas }).live;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, c.width, c.height);
    });
    // Another model (the same one at another URL) colorizes the shown photo again: the frame kept.
    await page.evaluate(() =>
      document.querySelector('#c')!.setAttribute('model-src', '/dist/models/default/model.json?2'),
    );
    await expect
      .poll(async () => (await events(page, 'ai-colorizer-result')).length, { timeout: 60_000 })
      .toBe(2);
    await waitColorized(page, '#c');
    const again = (await pixels(page, 'canvas.after', '#c'))!;
    expect(again.width).toBe(96);
    expect(again.data).toEqual(shown.data);
    expect(await events(page, 'ai-colorizer-error')).toEqual([]);
  }, 120_000);

  it('a temperature change does not wait for alternatives at the old one: they are aborted and sampled again', async () => {
    const page = await h.open('<ai-colorizer lang="en" no-samples></ai-colorizer>');
    await page.addInitScript(RECORD_WORKER_CALLS);
    await page.reload();
    await page.waitForFunction(() => !!customElements.get('ai-colorizer'));
    // A 12 MP photo: each alternative takes a while (its colours are made at full size).
    await page.evaluate(BIG_PHOTO);
    await page.evaluate(async () => {
      const el = document.querySelector('ai-colorizer') as HTMLElement & {
        colorize(i: ImageData, name: string): Promise<unknown>;
      };
      await el.colorize(
        (globalThis as unknown as { bigPhoto(): ImageData }).bigPhoto(),
        'groot.png',
      );
    });
    await waitColorized(page);
    await page.locator('ai-colorizer >> [part=alternatives] > button').click();
    type Call = {
      type: string;
      id: number;
      options?: { seed?: number; temperature?: number };
      answer?: { type: string; code?: string; order: number };
    };
    const calls = () =>
      page.evaluate(() =>
        (globalThis as unknown as { workerCalls: Call[] }).workerCalls.map(
          ({ type, id, options, answer }) => ({ type, id, options, answer }),
        ),
      );
    const sampled = async () => (await calls()).filter((c) => c.type === 'explore-alternatives');
    // The change comes while the worker samples at the old temperature (on a busy machine the
    // click's request can reach the worker later than a fill right after it).
    await expect.poll(async () => (await sampled()).length, { timeout: 60_000 }).toBe(1);
    await page.locator('ai-colorizer >> #temperature').fill('1.5');
    await expect
      .poll(async () => (await sampled()).map((c) => c.answer?.type), { timeout: 120_000 })
      .toEqual(['error', 'result']);
    const [stale, fresh] = await sampled();
    // The alternatives at the model's own temperature were aborted: the worker stopped early.
    expect(stale!.answer!.code).toBe('COLORIZE_ABORTED');
    expect((await calls()).some((c) => c.type === 'abort' && c.id === stale!.id)).toBe(true);
    // The re-decoding ran before the same seeds were sampled again, at the new temperature.
    const recolor = (await calls()).filter((c) => c.type === 'recolor').at(-1)!;
    expect(recolor.options?.temperature).toBe(1.5);
    expect(recolor.answer!.order).toBeLessThan(fresh!.answer!.order);
    expect(fresh!.options).toMatchObject({ seed: stale!.options!.seed, temperature: 1.5 });
    await page.waitForFunction(
      () =>
        document
          .querySelector('ai-colorizer')
          ?.shadowRoot?.querySelectorAll('[part=alternatives] li').length === 3,
    );
    expect(await shadowText(page, 'ai-colorizer')).not.toContain('went wrong');
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  }, 300_000);

  it('share-state: the sample, seed, temperature and view come from the URL and go back into it', async () => {
    const page = await h.open('<ai-colorizer share-state lang="fr"></ai-colorizer>');
    // Nothing colorized yet: the page's URL is left alone.
    expect(new URL(page.url()).search).toBe('');
    // Every URL the page is given while the link is restored (the seed must never drop out).
    await page.addInitScript(() => {
      const urls: string[] = [];
      (window as unknown as { sharedUrls: string[] }).sharedUrls = urls;
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        replace(data, unused, url);
        urls.push(location.href);
      };
    });
    await page.goto(
      `${page.url()}?lesson=3&colorizer-sample=windmill&colorizer-seed=5&colorizer-temperature=0.6&colorizer-view=compare`,
    );
    await page.waitForFunction(() => !!customElements.get('ai-colorizer'));
    await waitColorized(page);
    const params = () =>
      page.evaluate(() => Object.fromEntries(new URL(location.href).searchParams));
    await expect.poll(params, { timeout: 30_000 }).toEqual({
      lesson: '3',
      'colorizer-sample': 'windmill',
      'colorizer-seed': '5',
      'colorizer-temperature': '0.6',
      'colorizer-view': 'compare',
    });
    expect(await page.locator('ai-colorizer >> #temperature').inputValue()).toBe('0.6');
    const seeds = await page.evaluate(() =>
      (window as unknown as { sharedUrls: string[] }).sharedUrls.map((u) =>
        new URL(u).searchParams.get('colorizer-seed'),
      ),
    );
    expect(seeds.every((seed) => seed === '5')).toBe(true);
    expect(await page.locator('ai-colorizer >> canvas.after').getAttribute('aria-label')).toMatch(
      /^Colorisée par l’IA\s?: moulin à vent$/,
    );
    // The shown colouring is seed 5's (the URL keeps the seed of what is shown).
    const shared = (await pixels(page, 'canvas.after'))!;
    expect(chroma(shared)).toBeGreaterThan(1);
    await page.locator('ai-colorizer >> #temperature').fill('1');
    await expect.poll(async () => (await params())['colorizer-temperature']).toBe('1');
    expect((await params()).lesson).toBe('3');
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    await page.screenshot({
      path: `${process.env.SCREENSHOTS ?? '/tmp'}/lab-shared.png`,
      fullPage: true,
    });
  }, 300_000);
});
