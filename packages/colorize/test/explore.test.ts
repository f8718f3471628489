import { join } from 'node:path';
import { colorCloseness, type ImageBuffer, KlasLabError, labToSrgb } from '@klaslab/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, type InferenceBackend } from '../src/core/engine.js';
import { parseManifest } from '../src/core/manifest.js';
import { type Colorizer, createColorizer } from '../src/node/index.js';
import { generateModel, syntheticImage, writeModel } from './helpers/onnx-model.js';
import { tempDir } from './helpers/setup.js';

let dir: string;
let cleanup: () => Promise<void>;
let colorizer: Colorizer;
const image = syntheticImage(97, 61, { alpha: true });

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const model = await writeModel(join(dir, 'classification'), { inputSize: 64, gain: 4 });
  colorizer = await createColorizer({ model, maxExplorations: 2 });
});
afterAll(async () => {
  await colorizer.dispose();
  await cleanup();
});

/** Largest per-channel difference between two RGBA images. */
function maxDiff(a: ImageBuffer, b: ImageBuffer): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let max = 0;
  for (let i = 0; i < a.data.length; i++) max = Math.max(max, Math.abs(a.data[i]! - b.data[i]!));
  return max;
}

async function rejection(promise: Promise<unknown>): Promise<KlasLabError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(KlasLabError.is(error)).toBe(true);
  return error as KlasLabError;
}

describe('explore()', () => {
  it('gives the same result as colorize() and keeps the size', async () => {
    const exploration = await colorizer.explore(image, { temperature: 0.5 });
    const plain = await colorizer.colorize(image, { temperature: 0.5 });
    expect([exploration.width, exploration.height]).toEqual([97, 61]);
    expect(maxDiff(exploration.result.image, plain.image)).toBe(0);
    expect(exploration.result.confidence?.data).toEqual(plain.confidence?.data);
    await exploration.dispose();
  });

  it('recolor() is colorize() at that temperature, saturation and seed, without inference', async () => {
    const exploration = await colorizer.explore(image);
    for (const options of [
      { temperature: 0.1 },
      { temperature: 0.38 },
      { temperature: 1 },
      { temperature: 2.5 },
      { temperature: 0.7, saturation: 0.4 },
      { temperature: 0.38, seed: 7 },
    ]) {
      const again = await exploration.recolor(options);
      const fresh = await colorizer.colorize(image, options);
      expect(maxDiff(again.image, fresh.image), JSON.stringify(options)).toBeLessThanOrEqual(1);
      expect(again.timings.infer).toBe(0);
      expect(again.seed).toBe(options.seed);
    }
    // Omitted options are those explore() was given.
    const bold = await colorizer.explore(image, { temperature: 0.2, saturation: 1.5 });
    const same = await bold.recolor();
    expect(maxDiff(same.image, bold.result.image)).toBe(0);
    await exploration.dispose();
    await bold.dispose();
  });

  it('keeps its own copy of the photo: changing the caller’s pixels changes nothing', async () => {
    const mine = { ...image, data: image.data.slice() };
    const exploration = await colorizer.explore(mine);
    mine.data.fill(0);
    const again = await exploration.recolor();
    expect(maxDiff(again.image, exploration.result.image)).toBe(0);
    await exploration.dispose();
  });

  it('alternatives() are recolor() with seeds seed, seed + 1, … and colorizer.alternatives()', async () => {
    const exploration = await colorizer.explore(image);
    const list = await exploration.alternatives({ count: 3, seed: 5 });
    const direct = await colorizer.alternatives(image, { count: 3, seed: 5 });
    expect(list.map((r) => r.seed)).toEqual([5, 6, 7]);
    for (let i = 0; i < 3; i++) {
      expect(maxDiff(list[i]!.image, direct[i]!.image)).toBeLessThanOrEqual(1);
      const single = await exploration.recolor({ seed: 5 + i });
      expect(maxDiff(list[i]!.image, single.image)).toBeLessThanOrEqual(1);
    }
    // Sampled per region from the model's own distribution: visibly different, not 2/255 apart.
    const apart = colorCloseness(list[0]!.image, list[1]!.image);
    expect(apart.meanDeltaE).toBeGreaterThan(5);
    const bad = await rejection(exploration.alternatives({ count: 0 }));
    expect(bad.code).toBe('COLORIZE_BAD_OPTION');
    await exploration.dispose();
  });
});

describe('probe()', () => {
  it('lists the top bins, descending, that with "other" sum to 1', async () => {
    const exploration = await colorizer.explore(image);
    for (const [x, y] of [
      [0, 0],
      [96, 60],
      [40.7, 12.2],
    ] as const) {
      const probe = await exploration.probe(x, y);
      expect([probe.x, probe.y]).toEqual([Math.floor(x), Math.floor(y)]);
      expect(probe.top).toHaveLength(5);
      const total = probe.top.reduce((s, t) => s + t.probability, 0) + probe.other;
      expect(total).toBeCloseTo(1, 9);
      for (let i = 1; i < probe.top.length; i++) {
        expect(probe.top[i]!.probability).toBeLessThanOrEqual(probe.top[i - 1]!.probability);
      }
      expect(probe.temperature).toBe(0.38);
      expect(probe.confidence).toBeGreaterThanOrEqual(0);
      expect(probe.confidence).toBeLessThanOrEqual(1);
      // What the current decoding chose is what result.image shows there.
      const i = 4 * (probe.y * 97 + probe.x);
      const shown = [...exploration.result.image.data.subarray(i, i + 3)];
      for (let c = 0; c < 3; c++)
        expect(Math.abs(probe.chosen.rgb[c]! - shown[c]!)).toBeLessThan(2);
    }
    const all = await exploration.probe(3, 3, { top: 313 });
    expect(all.other).toBeCloseTo(0, 9);
    // A higher temperature flattens the distribution.
    const hot = await exploration.probe(3, 3, { temperature: 5 });
    const cold = await exploration.probe(3, 3, { temperature: 0.1 });
    expect(hot.top[0]!.probability).toBeLessThan(cold.top[0]!.probability);
    // After recolor(), the default temperature and the chosen colour follow the new decoding.
    const grey = await exploration.recolor({ saturation: 0 });
    const after = await exploration.probe(3, 3);
    expect(Math.hypot(after.chosen.a, after.chosen.b)).toBeLessThan(1e-6);
    const i = 4 * (3 * 97 + 3);
    expect(after.chosen.rgb).toEqual([...grey.image.data.subarray(i, i + 3)].map(Number));
    await exploration.recolor({ temperature: 0.9 });
    expect((await exploration.probe(3, 3)).temperature).toBe(0.9);
    await exploration.dispose();
  });

  it('rejects coordinates outside the image with a coded error that names them', async () => {
    const exploration = await colorizer.explore(image);
    for (const [x, y] of [
      [-1, 0],
      [97, 0],
      [0, 61],
      [Number.NaN, 3],
    ]) {
      const error = await rejection(exploration.probe(x!, y!));
      expect(error.code).toBe('COLORIZE_PROBE_OUTSIDE');
      expect(error.details).toMatchObject({ x, y, width: 97, height: 61 });
    }
    for (const top of [0, 314, 2.5]) {
      const error = await rejection(exploration.probe(1, 1, { top }));
      expect(error.code).toBe('COLORIZE_BAD_OPTION');
    }
    expect((await rejection(exploration.probe(1, 1, { temperature: 0 }))).code).toBe(
      'COLORIZE_BAD_OPTION',
    );
    await exploration.dispose();
  });

  it('matches a hand computation: softmax(z / T) of the logits at that output pixel', async () => {
    // One 4×4 output of 3 bins; pixel (1, 2) has logits [0, ln 2, ln 3] → softmax [1, 2, 3] / 6.
    const generated = generateModel({
      inputSize: 16,
      bins: [
        [0, 0],
        [10, -20],
        [-30, 40],
      ],
    });
    const manifest = parseManifest(generated.manifest);
    const logits = new Float32Array(3 * 16);
    const p = 2 * 4 + 1;
    logits[16 + p] = Math.log(2);
    logits[32 + p] = Math.log(3);
    const backend: InferenceBackend = {
      inputNames: ['L'],
      outputNames: ['logits'],
      run: async () => ({ data: logits, dims: [1, 3, 4, 4] }),
      dispose() {},
    };
    const engine = new Engine(manifest, backend);
    // A flat grey photo of 8×8: each output pixel covers 2×2 photo pixels.
    const photo = { width: 8, height: 8, data: new Uint8ClampedArray(256).fill(128) };
    const { kept } = await engine.explore(photo);
    const probe = engine.probe(kept, 2, 5, { top: 2, temperature: 1 });
    expect(probe.top.map((t) => t.probability)).toEqual([
      expect.closeTo(3 / 6, 7),
      expect.closeTo(2 / 6, 7),
    ]);
    expect(probe.other).toBeCloseTo(1 / 6, 7);
    expect(probe.top.map((t) => [t.a, t.b])).toEqual([
      [-30, 40],
      [10, -20],
    ]);
    // Each swatch is its bin at the pixel's own L* (grey 128: L* ≈ 53.585).
    const [r, g, b] = labToSrgb(53.585, -30, 40).map((v) =>
      Math.round(Math.min(Math.max(v, 0), 1) * 255),
    );
    expect(probe.top[0]!.rgb).toEqual([r, g, b]);
    // T = 0.5 squares the weights: [1, 4, 9] / 14.
    const sharp = engine.probe(kept, 2, 5, { top: 1, temperature: 0.5 });
    expect(sharp.top[0]!.probability).toBeCloseTo(9 / 14, 7);
    // Confidence: 1 − H / ln 3 with p = [1, 2, 3] / 6; a flat pixel (all logits 0) has 0.
    const h = -[1, 2, 3].reduce((s, v) => s + (v / 6) * Math.log(v / 6), 0);
    expect(probe.confidence).toBeCloseTo(1 - h / Math.log(3), 5);
    expect(engine.probe(kept, 0, 0).confidence).toBeCloseTo(0, 5);
    await engine.dispose();
  });
});

describe('the life of an exploration', () => {
  it('rejects every call after dispose() with COLORIZE_EXPLORATION_DISPOSED', async () => {
    const exploration = await colorizer.explore(image);
    await exploration.dispose();
    await exploration.dispose(); // twice is fine
    for (const call of [
      () => exploration.recolor(),
      () => exploration.alternatives(),
      () => exploration.probe(0, 0),
    ]) {
      const error = await rejection(call());
      expect(error.code).toBe('COLORIZE_EXPLORATION_DISPOSED');
    }
  });

  it('keeps at most maxExplorations: exploring one more frees the oldest', async () => {
    const first = await colorizer.explore(image);
    const second = await colorizer.explore(image);
    const third = await colorizer.explore(image);
    const error = await rejection(first.probe(0, 0));
    expect(error.code).toBe('COLORIZE_EXPLORATION_DISPOSED');
    expect(error.details).toMatchObject({ limit: 2 });
    await expect(second.probe(0, 0)).resolves.toBeDefined();
    await expect(third.recolor()).resolves.toBeDefined();
    await Promise.all([first.dispose(), second.dispose(), third.dispose()]);
  });

  it('refuses a bad maxExplorations before loading anything', async () => {
    const error = await rejection(createColorizer({ model: 'nowhere.json', maxExplorations: 0 }));
    expect(error.code).toBe('COLORIZE_BAD_OPTION');
    expect(error.details).toMatchObject({ option: 'maxExplorations' });
  });

  it('a disposed colorizer frees its explorations: calls reject with COLORIZE_DISPOSED', async () => {
    const model = join(dir, 'classification', 'model.json');
    const own = await createColorizer({ model });
    const exploration = await own.explore(image);
    await own.dispose();
    const error = await rejection(exploration.recolor());
    expect(error.code).toBe('COLORIZE_DISPOSED');
    expect((await rejection(exploration.probe(0, 0))).code).toBe('COLORIZE_DISPOSED');
  });

  it('needs a classification model: others reject with COLORIZE_NO_ALTERNATIVES', async () => {
    const model = await writeModel(join(dir, 'regression'), {
      family: 'lab-ab-regression',
      inputSize: 64,
    });
    const own = await createColorizer({ model });
    const error = await rejection(own.explore(image));
    expect(error.code).toBe('COLORIZE_NO_ALTERNATIVES');
    expect(error.details).toMatchObject({ family: 'lab-ab-regression' });
    await own.dispose();
  });
});
