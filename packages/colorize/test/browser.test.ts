import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createColorizer } from '../src/node/index.js';
import {
  fromBase64,
  type Harness,
  runInPage,
  startHarness,
  toBase64,
} from './helpers/browser-harness.js';
import {
  type GenerateOptions,
  gridBins,
  syntheticImage,
  writeModel,
} from './helpers/onnx-model.js';
import { tempDir } from './helpers/setup.js';

// Headless Chromium (Debian's /usr/bin/chromium, see .ci/apt-packages.txt) runs the built browser
// entry: module worker + onnxruntime-web WASM, against onnxruntime-node in this process.

let dir: string;
let cleanup: () => Promise<void>;
let harness: Harness;

const MODELS: Record<string, GenerateOptions> = {
  classification: { family: 'lab-ab-classification', inputSize: 64 },
  siggraph: {
    family: 'lab-ab-classification',
    inputSize: 64,
    bins: gridBins(),
    kind: 'probabilities',
  },
  regression: { family: 'lab-ab-regression', inputSize: 64 },
  rgb: { family: 'rgb-to-rgb', inputSize: 64 },
};

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  for (const [name, options] of Object.entries(MODELS)) await writeModel(join(dir, name), options);
  const bad = await writeModel(join(dir, 'bad-sha'), { inputSize: 32 });
  const { readFile } = await import('node:fs/promises');
  const manifest = JSON.parse(await readFile(bad, 'utf8'));
  manifest.sha256 = 'f'.repeat(64);
  await writeFile(bad, JSON.stringify(manifest));
  harness = await startHarness({ routes: { '/models/': `${dir}/` } });
});
afterAll(async () => {
  await harness?.close();
  await cleanup();
});

/** The ONNX Runtime `.wasm` files a browser context downloads (worker requests included). */
function ortWasmRequests(context: BrowserContext): string[] {
  const files: string[] = [];
  context.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.wasm')) files.push(name);
  });
  return files;
}

function maxChannelDiff(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

describe('browser build in headless Chromium', () => {
  it.each(Object.keys(MODELS))('%s: same output as Node (≤ 1/255 per channel)', async (name) => {
    const image = syntheticImage(173, 117, { alpha: true, seed: 3 });
    const node = await createColorizer({ model: join(dir, name) });
    const expected = await node.colorize(image);
    const classification = MODELS[name]!.family === 'lab-ab-classification';
    const expectedAlts = classification
      ? await node.alternatives(image, { count: 2, seed: 5 })
      : [];
    await node.dispose();

    const { page, context } = await harness.openPage();
    const out = await runInPage(page, {
      model: `/models/${name}/model.json`,
      image: { width: image.width, height: image.height, rgba: toBase64(image.data) },
      ...(classification ? { alternatives: { count: 2, seed: 5 } } : {}),
    });
    await context.close();
    expect(out.error ?? out.loadError).toBeUndefined();
    expect(out.backend).toBe('wasm');
    // ONNX Runtime started on the one-node model before the model's own session was made.
    expect(Object.keys(out.load).sort()).toEqual([
      'compile',
      'model',
      'session',
      'start',
      'wasmFetch',
    ]);
    for (const ms of Object.values(out.load)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(out.load.start).toBeGreaterThan(0);
    expect(out.result).toMatchObject({ width: 173, height: 117 });
    const actual = fromBase64(out.result.rgba);
    expect(actual.length).toBe(expected.image.data.length);
    expect(maxChannelDiff(actual, expected.image.data)).toBeLessThanOrEqual(1);
    if (classification) {
      expect(out.result.confidence).toBe(16 * 16);
      expect(out.alternatives.map((a: { seed: number }) => a.seed)).toEqual([5, 6]);
      for (const [i, alt] of expectedAlts.entries()) {
        expect(
          maxChannelDiff(fromBase64(out.alternatives[i].rgba), alt.image.data),
        ).toBeLessThanOrEqual(1);
      }
    }
  });

  it.each([
    ['a worker', {}],
    ['the page (worker: false)', { worker: false }],
  ])(
    'explores in %s: recolor, alternatives and probes as in Node, coded errors after dispose',
    async (_label, setup) => {
      const image = syntheticImage(173, 117, { alpha: true, seed: 3 });
      const model = join(dir, 'classification');
      const node = await createColorizer({ model });
      const exploration = await node.explore(image);
      const expected = {
        result: exploration.result,
        recolored: [
          await exploration.recolor({ temperature: 0.15 }),
          await exploration.recolor({ temperature: 2 }),
        ],
        alternatives: await exploration.alternatives({ count: 2, seed: 5 }),
        probe: await exploration.probe(170, 3),
      };
      await node.dispose();
      const { page, context } = await harness.openPage();
      const out = await runInPage(
        page,
        {
          model: '/models/classification/model.json',
          image: { width: image.width, height: image.height, rgba: toBase64(image.data) },
          setup,
          temperatures: [0.15, 2],
          probes: [
            [170, 3],
            [173, 3],
            [-1, 0],
          ],
        },
        'explore',
      );
      await context.close();
      expect(out.error).toBeUndefined();
      expect(out.size).toEqual([173, 117]);
      const same = (summary: { rgba: string }, result: { image: { data: Uint8ClampedArray } }) =>
        maxChannelDiff(fromBase64(summary.rgba), result.image.data);
      expect(same(out.result, expected.result)).toBeLessThanOrEqual(1);
      expect(same(out.recolored[0], expected.recolored[0]!)).toBeLessThanOrEqual(1);
      expect(same(out.recolored[1], expected.recolored[1]!)).toBeLessThanOrEqual(1);
      expect(same(out.recolored[0], expected.recolored[1]!)).toBeGreaterThan(1);
      expect(out.alternatives.map((a: { seed: number }) => a.seed)).toEqual([5, 6]);
      for (const [i, alt] of expected.alternatives.entries()) {
        expect(same(out.alternatives[i], alt)).toBeLessThanOrEqual(1);
      }
      const probe = out.probes[0].value;
      expect(probe.top.map((t: { a: number; b: number }) => [t.a, t.b])).toEqual(
        expected.probe.top.map((t) => [t.a, t.b]),
      );
      const total = probe.top.reduce(
        (s: number, t: { probability: number }) => s + t.probability,
        0,
      );
      expect(total + probe.other).toBeCloseTo(1, 6);
      // The probe defaults to the exploration's current temperature: the last recolor's (2).
      expect(probe.temperature).toBe(2);
      for (const bad of out.probes.slice(1)) {
        expect(bad.error.code).toBe('COLORIZE_PROBE_OUTSIDE');
        expect(bad.error.details).toMatchObject({ width: 173, height: 117 });
      }
      expect(out.probes[1].error.details).toMatchObject({ x: 173, y: 3 });
      expect(out.afterDispose.error.code).toBe('COLORIZE_EXPLORATION_DISPOSED');
      expect(out.afterColorizerDispose.error.code).toBe('COLORIZE_DISPOSED');
    },
  );

  it('gives the same pixels on a cross-origin isolated page, where WASM threads are enabled', async () => {
    const isolated = await startHarness({ routes: { '/models/': `${dir}/` }, isolated: true });
    try {
      const image = syntheticImage(64, 48, { seed: 9 });
      const node = await createColorizer({ model: join(dir, 'classification') });
      const expected = await node.colorize(image);
      await node.dispose();
      const { page, context } = await isolated.openPage();
      expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
      const out = await runInPage(page, {
        model: '/models/classification/model.json',
        image: { width: 64, height: 48, rgba: toBase64(image.data) },
        setup: { threads: 2 },
      });
      await context.close();
      expect(out.error ?? out.loadError).toBeUndefined();
      expect(out.backend).toBe('wasm');
      // ONNX Runtime kept the two threads it was asked for (it falls back to 1 without isolation).
      expect(out.threads).toBe(2);
      expect(maxChannelDiff(fromBase64(out.result.rgba), expected.image.data)).toBeLessThanOrEqual(
        1,
      );
      // The same request on a page that is not isolated runs on one thread.
      const plain = await harness.openPage();
      const single = await runInPage(plain.page, {
        model: '/models/classification/model.json',
        image: { width: 64, height: 48, rgba: toBase64(image.data) },
        setup: { threads: 2 },
      });
      await plain.context.close();
      expect(single.threads).toBe(1);
      expect(fromBase64(single.result.rgba)).toEqual(fromBase64(out.result.rgba));
    } finally {
      await isolated.close();
    }
  });

  it('runs the WebGPU execution provider on a software adapter with the same output as Node', async () => {
    const gpu = await startHarness({ routes: { '/models/': `${dir}/` }, webgpu: true });
    try {
      const { page, context } = await gpu.openPage();
      const wasmFiles = ortWasmRequests(context);
      // On SwiftShader nearly all the time goes to WebGPU's start, not to inference: each worker
      // opens its own WebGPU device (session 5–9 s, against 1–1.5 s on WASM) and compiles every
      // shader for its first inference (3–8 s; the next inference 0.1–0.3 s). So the default
      // model's family runs in a worker, as on a school's page, and the others on the page
      // (`worker: false`), where they share one ONNX Runtime, its device and compiled shaders.
      for (const [name, options] of Object.entries(MODELS)) {
        const inWorker = name === 'classification';
        const size = options.inputSize ?? 32;
        const image = syntheticImage(2 * size, size + 8, { seed: 3 });
        const node = await createColorizer({ model: join(dir, name) });
        const expected = await node.colorize(image);
        await node.dispose();
        const out = await runInPage(page, {
          model: `/models/${name}/model.json`,
          image: { width: image.width, height: image.height, rgba: toBase64(image.data) },
          setup: { executionProviders: ['webgpu'], ...(inWorker ? {} : { worker: false }) },
        });
        expect(out.error ?? out.loadError, name).toBeUndefined();
        expect(out.backend, name).toBe('webgpu');
        expect(
          maxChannelDiff(fromBase64(out.result.rgba), expected.image.data),
          name,
        ).toBeLessThanOrEqual(1);
      }
      // Asked for WebGPU with an adapter there: ONNX Runtime's WebGPU build, and only that one.
      expect(new Set(wasmFiles)).toEqual(new Set(['ort-wasm-simd-threaded.jsep.wasm']));
      await context.close();
    } finally {
      await gpu.close();
    }
  }, 180_000); // software WebGPU (SwiftShader) on a shared 2-core machine is slow

  it('falls back to WASM when WebGPU is asked for but the browser offers no adapter', async () => {
    // The default harness's Chromium runs with --disable-gpu: navigator.gpu exists, no adapter.
    const { page, context } = await harness.openPage();
    const wasmFiles = ortWasmRequests(context);
    expect(await page.evaluate(async () => !!(navigator as { gpu?: unknown }).gpu)).toBe(true);
    const image = syntheticImage(32, 32);
    const out = await runInPage(page, {
      model: '/models/classification/model.json',
      image: { width: 32, height: 32, rgba: toBase64(image.data) },
      setup: { executionProviders: ['webgpu'] },
    });
    await context.close();
    expect(out.loadError).toBeUndefined();
    expect(out.backend).toBe('wasm');
    // Without an adapter, the plain WASM build: the 28 MB WebGPU (JSEP) build is never fetched.
    expect(wasmFiles).toEqual(['ort-wasm-simd-threaded.wasm']);
  });

  it("runs where the server sends ONNX Runtime's .wasm as another type than application/wasm", async () => {
    // Streaming compilation needs application/wasm; other servers get the .wasm compiled from its
    // bytes once downloaded.
    const context = await harness.browser.newContext();
    let retyped = 0;
    await context.route('**/*.wasm', async (route) => {
      const response = await route.fetch();
      retyped += 1;
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-type': 'application/octet-stream' },
      });
    });
    const { page } = await harness.openPage(context);
    const image = syntheticImage(32, 32);
    const out = await runInPage(page, {
      model: '/models/classification/model.json',
      image: { width: 32, height: 32, rgba: toBase64(image.data) },
    });
    await context.close();
    expect(retyped).toBe(1);
    expect(out.loadError).toBeUndefined();
    expect(out.backend).toBe('wasm');
  });

  it('streams the model with progress, then loads it from the Cache API by sha256', async () => {
    const image = syntheticImage(16, 16);
    const args = {
      model: '/models/classification/model.json',
      image: { width: 16, height: 16, rgba: toBase64(image.data) },
    };
    const { page, context } = await harness.openPage();
    const first = await runInPage(page, args);
    expect(first.progress).toEqual(
      expect.arrayContaining(['manifest', 'model', 'verify', 'session']),
    );
    expect(first.progress).not.toContain('cache');
    const second = await runInPage(page, args);
    expect(second.progress).toContain('cache');
    expect(second.progress).not.toContain('model');
    expect(second.result.rgba).toBe(first.result.rgba);
    // In-thread mode (worker: false) gives the same pixels.
    const inThread = await runInPage(page, { ...args, setup: { worker: false } });
    expect(inThread.result.rgba).toBe(first.result.rgba);
    await context.close();
  });

  it('reports bad models, bad images and aborts as KlasLabError codes across the worker', async () => {
    const image = syntheticImage(16, 16);
    const rgba = { width: 16, height: 16, rgba: toBase64(image.data) };
    const { page, context } = await harness.openPage();
    expect(
      (await runInPage(page, { model: '/models/bad-sha/model.json', image: rgba })).loadError.code,
    ).toBe('MODEL_SHA256_MISMATCH');
    expect(
      (await runInPage(page, { model: '/models/nothing/model.json', image: rgba })).loadError.code,
    ).toBe('MODEL_NOT_FOUND');
    const model = '/models/regression/model.json';
    expect((await runInPage(page, { model, image: rgba, abort: true })).error.code).toBe(
      'COLORIZE_ABORTED',
    );
    expect(
      (await runInPage(page, { model, image: { width: 0, height: 0, rgba: '' } })).error.code,
    ).toBe('IMAGE_EMPTY');
    // Encoded files as Blobs: decoded in the page, bombs refused from the header.
    const png = await sharp(Buffer.from(image.data.buffer), {
      raw: { width: 16, height: 16, channels: 4 },
    })
      .png()
      .toBuffer();
    const ok = await runInPage(page, { model, image: rgba, blob: png.toString('base64') });
    expect(ok.result).toMatchObject({ width: 16, height: 16 });
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(60000, 0);
    ihdr.writeUInt32BE(60000, 4);
    ihdr.set([8, 0, 0, 0, 0], 8);
    const bomb = Buffer.concat([
      png.subarray(0, 16),
      ihdr,
      Buffer.alloc(4),
      deflateSync(Buffer.alloc(100)),
    ]);
    expect(
      (await runInPage(page, { model, image: rgba, blob: bomb.toString('base64') })).error.code,
    ).toBe('IMAGE_TOO_LARGE');
    const garbage = Buffer.from('not an image at all').toString('base64');
    expect((await runInPage(page, { model, image: rgba, blob: garbage })).error.code).toBe(
      'IMAGE_DECODE_FAILED',
    );
    // A File is named in the error; a non-image file is refused before any decoding.
    const files = [
      ['kapot.jpg', 'image/jpeg', garbage, 'IMAGE_DECODE_FAILED', 'could not be read as an image'],
      ['notes.txt', 'text/plain', garbage, 'IMAGE_UNSUPPORTED', 'is not an image (text/plain)'],
      ['leeg.png', 'image/png', '', 'IMAGE_DECODE_FAILED', 'is empty (0 bytes)'],
    ];
    for (const [name, type, blob, code, says] of files) {
      const { error } = await runInPage(page, { model, image: rgba, blob, file: { name, type } });
      expect(error).toMatchObject({ code });
      expect(error.message).toBe(`${name}: the file ${says}.`);
    }
    await context.close();
  });
});
