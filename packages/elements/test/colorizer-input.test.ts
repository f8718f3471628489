// <ai-colorizer> in real Chromium: choosing a photo by drag and drop and by paste (real DragEvent
// and ClipboardEvent with a DataTransfer that holds a File), and prefers-reduced-motion.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dropSyntheticPhoto } from '@klaslab/browser-testing';
import type { JSHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axe,
  colorizedResult,
  type Harness,
  packageRoot,
  startHarness,
  waitColorized,
} from './helpers/harness.js';

let h: Harness;
let sample: Buffer;

beforeAll(async () => {
  h = await startHarness();
  sample = await readFile(join(packageRoot, 'assets/samples/fish.jpg'));
});
afterAll(() => h?.close());

/** A DataTransfer in the page holding `fish.jpg` as a File. */
function dataTransfer(page: Page, name: string): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    ({ b64, name }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type: 'image/jpeg' }));
      return dt;
    },
    { b64: sample.toString('base64'), name },
  );
}

/**
 * Dispatches a real DragEvent of `type` holding `dt` on #drop's frame: whether the element
 * accepted it (called preventDefault) and whether the frame shows the drop target.
 */
function drag(page: Page, type: 'dragover' | 'drop', dt: JSHandle<DataTransfer>) {
  return page.evaluate(
    async ([t, d]) => {
      const host = document.querySelector('#drop') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      const frame = host.shadowRoot!.querySelector('.frame')!;
      const accepted = !frame.dispatchEvent(
        new DragEvent(t, { dataTransfer: d, bubbles: true, composed: true, cancelable: true }),
      );
      // The outline is rendered: read it once the element has updated.
      await host.updateComplete;
      return { accepted, dragging: frame.classList.contains('dragging') };
    },
    [type, dt] as const,
  );
}

function status(page: Page, selector: string) {
  return page.evaluate(
    (s) =>
      document.querySelector(s)?.shadowRoot?.querySelector('[role=status]')?.textContent?.trim() ??
      '',
    selector,
  );
}

describe('<ai-colorizer> input by drag and drop and paste', () => {
  it('accepts a dropped photo and a pasted photo, and colorizes each for real', async () => {
    const page = await h.open(
      '<ai-colorizer id="drop" no-samples></ai-colorizer><ai-colorizer id="paste" lang="en" no-samples></ai-colorizer>',
    );

    // Drag over: the frame shows the drop target (and stays accessible), drag leave clears it.
    const dropped = await dataTransfer(page, 'gesleept.jpg');
    const over = await drag(page, 'dragover', dropped);
    expect(over).toEqual({ accepted: true, dragging: true });
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

    // Drop: a real DragEvent whose DataTransfer holds the file.
    const drop = await drag(page, 'drop', dropped);
    expect(drop).toEqual({ accepted: true, dragging: false });
    await waitColorized(page, '#drop');
    expect(await status(page, '#drop')).toMatch(
      /^Klaar: de foto is ingekleurd in \d[\d.,\u202f\u00a0]* ms\.$/,
    );
    const fromDrop = await colorizedResult(page, '#drop');
    expect(fromDrop.w).toBe(320);
    expect(fromDrop.chroma).toBeGreaterThan(1);
    expect(fromDrop.alt).toContain('gesleept.jpg');

    // Paste: a real ClipboardEvent whose clipboardData holds the file, fired at the focused control.
    await page.locator('#paste >> input[type=file]').focus();
    const pasted = await dataTransfer(page, 'geplakt.jpg');
    const paste = await page.evaluate((dt) => {
      const root = document.querySelector('#paste')!.shadowRoot!;
      const target = (root.activeElement as HTMLElement | null) ?? root.querySelector('.frame')!;
      return !target.dispatchEvent(
        new ClipboardEvent('paste', {
          clipboardData: dt,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    }, pasted);
    expect(paste).toBe(true);
    await waitColorized(page, '#paste');
    expect(await status(page, '#paste')).toMatch(
      /^Done: the photo was colorized in \d[\d.,\u202f\u00a0]* ms\.$/,
    );
    const fromPaste = await colorizedResult(page, '#paste');
    expect(fromPaste.w).toBe(320);
    expect(fromPaste.chroma).toBeGreaterThan(1);
    expect(fromPaste.alt).toContain('geplakt.jpg');

    // A paste without a file (plain text) is left alone for the page.
    const text = await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'hallo');
      return document.querySelector('#paste')!.dispatchEvent(
        new ClipboardEvent('paste', {
          clipboardData: dt,
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
    });
    expect(text).toBe(true);

    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  });
});

describe('<ai-colorizer> and prefers-reduced-motion', () => {
  // A site that animates the parts it styles through ::part; reduce must win over it.
  const head = `<style>
    @keyframes klaslab-pulse { from { opacity: 0.5 } to { opacity: 1 } }
    ai-colorizer::part(progress), ai-colorizer::part(slider), ai-colorizer::part(compare),
    ai-colorizer::part(choose), ai-colorizer::part(download), ai-colorizer::part(frame) {
      transition: all 400ms ease;
      animation: klaslab-pulse 800ms infinite alternate;
    }
  </style>`;
  const seconds = (v: string) => Math.max(...v.split(',').map((s) => Number.parseFloat(s)));

  function motion(page: Page, selectors: string[]) {
    return page.evaluate((list) => {
      const root = document.querySelector('ai-colorizer')!.shadowRoot!;
      return list.map((s) => {
        const el = root.querySelector(s);
        if (!el) return { s, missing: true };
        const cs = getComputedStyle(el);
        return {
          s,
          transition: cs.transitionDuration,
          animation: cs.animationDuration,
          iterations: cs.animationIterationCount,
        };
      });
    }, selectors);
  }

  it('turns off transitions and animations of the progress bar, slider and result under reduce', async () => {
    const page = await h.open('<ai-colorizer no-samples></ai-colorizer>', { head });
    const parts = [
      '[part=frame]',
      '[part=choose]',
      '[part=compare]',
      'canvas.after',
      '.divider',
      '[part=slider]',
      '[part=download]',
    ];

    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
      true,
    );
    const dt = await dataTransfer(page, 'rustig.jpg');
    await page.evaluate((d) => {
      document
        .querySelector('ai-colorizer')
        ?.shadowRoot?.querySelector('.frame')
        ?.dispatchEvent(
          new DragEvent('drop', {
            dataTransfer: d,
            bubbles: true,
            composed: true,
            cancelable: true,
          }),
        );
    }, dt);
    // The progress bar only exists while the model loads: read its style the moment it appears.
    const progress = await page.waitForFunction(
      () => {
        const p = document.querySelector('ai-colorizer')?.shadowRoot?.querySelector('progress');
        if (!p) return false;
        const cs = getComputedStyle(p);
        return {
          transition: cs.transitionDuration,
          animation: cs.animationDuration,
          iterations: cs.animationIterationCount,
        };
      },
      undefined,
      { timeout: 30_000, polling: 'raf' },
    );
    const p = (await progress.jsonValue()) as {
      transition: string;
      animation: string;
      iterations: string;
    };
    expect(seconds(p.transition)).toBeLessThanOrEqual(0.00001);
    expect(seconds(p.animation)).toBeLessThanOrEqual(0.00001);
    expect(p.iterations).toBe('1');

    await waitColorized(page, 'ai-colorizer');
    for (const m of await motion(page, parts)) {
      expect(m, m.s).not.toHaveProperty('missing');
      expect(seconds(m.transition!), m.s).toBeLessThanOrEqual(0.00001);
      expect(seconds(m.animation!), m.s).toBeLessThanOrEqual(0.00001);
      expect(m.iterations, m.s).toBe('1');
    }
    expect(JSON.stringify(await axe(page), null, 1)).toBe('[]');

    // Control: without the preference the site's own motion applies again.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const free = await motion(page, ['[part=slider]', '[part=compare]']);
    for (const m of free) {
      expect(m.transition, m.s).toBe('0.4s');
      expect(m.animation, m.s).toBe('0.8s');
      expect(m.iterations, m.s).toBe('infinite');
    }
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
  });
  it('colorizes a dropped 12 MP photo without crashing the tab', async () => {
    const page = await h.open('<ai-colorizer id="big" no-samples panels=""></ai-colorizer>');
    let crashed = false;
    page.on('crash', () => {
      crashed = true;
    });
    const bytes = await dropSyntheticPhoto(page, '#big', { width: 4000, height: 3000 });
    expect(bytes).toBeGreaterThan(0);
    await page.waitForFunction(
      () => {
        const root = document.querySelector('#big')?.shadowRoot;
        return /\d+ ms/.test(root?.querySelector('[role=status]')?.textContent ?? '');
      },
      undefined,
      { timeout: 240_000 },
    );
    expect(crashed).toBe(false);
    expect(
      await page.evaluate(async () => {
        const canvas = document
          .querySelector('#big')
          ?.shadowRoot?.querySelector('canvas.after') as HTMLCanvasElement;
        return [canvas.width, canvas.height];
      }),
    ).toEqual([4000, 3000]);
    expect(await status(page, '#big')).toMatch(/ms/);
  }, 300_000);

  it('says a damaged photo file cannot be read, with its code, and colorizes the next one', async () => {
    const page = await h.open('<ai-colorizer id="drop" lang="en" no-samples></ai-colorizer>');
    await page.evaluate(() => {
      const g = globalThis as unknown as { codes: string[] };
      g.codes = [];
      document.addEventListener('ai-colorizer-error', (e) =>
        g.codes.push((e as CustomEvent<{ code: string }>).detail.code),
      );
    });
    // A good JPEG header (the file type and size read fine) followed by bytes that are no image.
    const damaged = Buffer.concat([sample.subarray(0, 600), Buffer.alloc(4000, 0x5a)]);
    const damagedFile = () =>
      page.evaluateHandle((b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const t = new DataTransfer();
        t.items.add(new File([bytes], 'kapot.jpg', { type: 'image/jpeg' }));
        return t;
      }, damaged.toString('base64'));
    expect((await drag(page, 'drop', await damagedFile())).accepted).toBe(true);
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { codes: string[] }).codes))
      .toEqual(['IMAGE_DECODE_FAILED']);
    expect(
      await page.evaluate(
        () =>
          document.querySelector('#drop')?.shadowRoot?.querySelector('[role=alert]')?.textContent,
      ),
    ).toContain('kapot.jpg is not a photo we can read');
    // The next, good photo is colorized as usual.
    expect((await drag(page, 'drop', await dataTransfer(page, 'goed.jpg'))).accepted).toBe(true);
    await waitColorized(page, '#drop');
    // A damaged file after it loses nothing: the good photo stays on screen with its colours.
    const shownAfter = () =>
      page.evaluate(() =>
        document
          .querySelector('#drop')
          ?.shadowRoot?.querySelector('canvas.after')
          ?.getAttribute('aria-label'),
      );
    expect(await shownAfter()).toContain('goed.jpg');
    expect((await drag(page, 'drop', await damagedFile())).accepted).toBe(true);
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { codes: string[] }).codes))
      .toEqual(['IMAGE_DECODE_FAILED', 'IMAGE_DECODE_FAILED']);
    expect(await shownAfter()).toContain('goed.jpg');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('#drop')?.shadowRoot?.querySelector('[role=alert]')?.textContent,
      ),
    ).toContain('kapot.jpg is not a photo we can read');
    expect((page as Page & { errors?: Error[] }).errors ?? []).toEqual([]);
    await page.screenshot({
      path: `${process.env.SCREENSHOTS ?? '/tmp'}/damaged-after-good.png`,
      fullPage: true,
    });
  }, 120_000);
});
