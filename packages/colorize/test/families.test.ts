import { join } from 'node:path';
import { labToRgba, rgbaToLab, srgbToLab } from '@klaslab/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, gateByConfidence } from '../src/core/engine.js';
import { parseManifest } from '../src/core/manifest.js';
import { createColorizer } from '../src/node/index.js';
import { generateModel, gridBins, syntheticImage, writeModel } from './helpers/onnx-model.js';
import { tempDir } from './helpers/setup.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

/** Max and mean |ΔL*| between two RGBA images. */
function lightnessDiff(a: { width: number; height: number; data: Uint8ClampedArray }, b: typeof a) {
  const la = rgbaToLab(a).data;
  const lb = rgbaToLab(b).data;
  let max = 0;
  let sum = 0;
  const n = a.width * a.height;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(la[i]! - lb[i]!);
    max = Math.max(max, d);
    sum += d;
  }
  return { max, mean: sum / n };
}

function chromaOf(image: { width: number; height: number; data: Uint8ClampedArray }) {
  const lab = rgbaToLab(image).data;
  const n = image.width * image.height;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.hypot(lab[n + i]!, lab[2 * n + i]!);
  return sum / n;
}

describe.each([
  ['lab-ab-classification', { family: 'lab-ab-classification' as const }],
  [
    'lab-ab-classification (softmax in graph)',
    { family: 'lab-ab-classification' as const, kind: 'probabilities' as const },
  ],
  [
    'lab-ab-classification (SIGGRAPH17-style 529 bins)',
    { family: 'lab-ab-classification' as const, bins: gridBins() },
  ],
  ['lab-ab-regression', { family: 'lab-ab-regression' as const }],
  ['rgb-to-rgb', { family: 'rgb-to-rgb' as const }],
])('%s on a generated model', (label, options) => {
  it('colorizes end to end: original size and L* kept, alpha kept, chroma predicted', async () => {
    const modelPath = await writeModel(join(dir, label.replace(/\W+/g, '-')), {
      ...options,
      inputSize: 64,
    });
    const colorizer = await createColorizer({ model: modelPath });
    expect(colorizer.info.family).toBe(options.family);
    const image = syntheticImage(97, 61, { alpha: true });
    const result = await colorizer.colorize(image);
    expect(result.image.width).toBe(97);
    expect(result.image.height).toBe(61);
    // Luminance is the original's: on average (random nets predict wild chroma that sRGB clips)…
    expect(lightnessDiff(result.image, image).mean).toBeLessThan(3);
    // …and everywhere once the chroma stays in gamut.
    const mild = await colorizer.colorize(image, { saturation: 0.15 });
    expect(lightnessDiff(mild.image, image).max).toBeLessThan(1.5);
    for (let i = 3; i < image.data.length; i += 4) expect(result.image.data[i]).toBe(image.data[i]);
    // Some colour came out of the random network.
    expect(chromaOf(result.image)).toBeGreaterThan(0.5);
    const stride = options.family === 'lab-ab-classification' ? 4 : 1;
    expect(result.ab).toMatchObject({ width: 64 / stride, height: 64 / stride, channels: 2 });
    if (options.family === 'lab-ab-classification') {
      expect(result.confidence?.data.length).toBe((64 / stride) ** 2);
      for (const c of result.confidence!.data) expect(c >= 0 && c <= 1).toBe(true);
    } else {
      expect(result.confidence).toBeUndefined();
    }
    for (const k of ['decode', 'pre', 'infer', 'post', 'total'] as const) {
      expect(result.timings[k]).toBeGreaterThanOrEqual(0);
    }
    // Deterministic: the same input gives the same bytes.
    const again = await colorizer.colorize(image);
    expect(again.image.data).toEqual(result.image.data);
    // saturation 0 gives the grey picture the model saw.
    const grey = await colorizer.colorize(image, { saturation: 0 });
    expect(chromaOf(grey.image)).toBeLessThan(0.6);
    await colorizer.dispose();
  });
});

describe('recombination', () => {
  it('upsamples the predicted a*b* onto the original L* (checked against core maths)', async () => {
    const { manifest, bytes } = generateModel({ family: 'lab-ab-regression', inputSize: 32 });
    const colorizer = await createColorizer({ model: { manifest, model: bytes } });
    const image = syntheticImage(32, 32);
    const result = await colorizer.colorize(image);
    // Same size as the model: no resampling, so the output is labToRgba(L*, ab), within the one
    // code value that core's float32 SIMD kernel may differ by at a rounding boundary.
    const lab = rgbaToLab(image);
    lab.data.set(result.ab.data, 32 * 32);
    const expected = labToRgba(lab).data;
    const differences = result.image.data.map((v, i) => Math.abs(v - expected[i]!));
    expect(Math.max(...differences)).toBeLessThanOrEqual(1);
    await colorizer.dispose();
  });

  it('rgb-to-rgb keeps only the chroma of the predicted colour', async () => {
    // Constant predicted colour via saturation 1 check: output a*b* equal the prediction's.
    const { manifest, bytes } = generateModel({ family: 'rgb-to-rgb', inputSize: 16 });
    const colorizer = await createColorizer({ model: { manifest, model: bytes } });
    const result = await colorizer.colorize(syntheticImage(16, 16));
    const [, a, b] = srgbToLab(0.2, 0.5, 0.7);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    // Every predicted chroma is a real in-gamut colour's chroma: |a|, |b| ≤ 128.
    for (const v of result.ab.data) expect(Math.abs(v)).toBeLessThanOrEqual(128);
    await colorizer.dispose();
  });
});

describe('options', () => {
  it('temperature changes classification decoding; lower T is more saturated', async () => {
    const { manifest, bytes } = generateModel({
      family: 'lab-ab-classification',
      inputSize: 64,
      gain: 1,
    });
    const colorizer = await createColorizer({ model: { manifest, model: bytes } });
    const image = syntheticImage(64, 64);
    const hot = await colorizer.colorize(image, { temperature: 1 });
    const cold = await colorizer.colorize(image, { temperature: 0.1 });
    const norm = (ab: Float32Array) => {
      const n = ab.length / 2;
      let s = 0;
      for (let i = 0; i < n; i++) s += Math.hypot(ab[i]!, ab[n + i]!);
      return s / n;
    };
    expect(norm(cold.ab.data)).toBeGreaterThan(norm(hot.ab.data));
    await colorizer.dispose();
  });

  it("saturation and the confidence gate default to the manifest's decode settings", async () => {
    const plain = generateModel({ family: 'lab-ab-classification', inputSize: 32, gain: 1 });
    const tuned = structuredClone(plain.manifest) as typeof plain.manifest & {
      decode: { saturation: number; confidenceGate: number };
    };
    tuned.decode.saturation = 0.5;
    tuned.decode.confidenceGate = 1;
    const a = await createColorizer({ model: { manifest: plain.manifest, model: plain.bytes } });
    const b = await createColorizer({ model: { manifest: tuned, model: plain.bytes } });
    const image = syntheticImage(32, 32);
    const raw = await a.colorize(image);
    const gated = await b.colorize(image);
    // Gate 1: every pixel's chroma is scaled by its confidence (< 1), then halved.
    const conf = raw.confidence!.data;
    const n = conf.length;
    for (const p of [0, 7, n - 1]) {
      expect(gated.ab.data[p]).toBeCloseTo(raw.ab.data[p]! * conf[p]! * 0.5, 4);
      expect(gated.ab.data[n + p]).toBeCloseTo(raw.ab.data[n + p]! * conf[p]! * 0.5, 4);
    }
    // A call's own options win over the manifest's: saturation 1 and gate 0 give the raw chroma.
    const asPredicted = await b.colorize(image, { saturation: 1, confidenceGate: 0 });
    expect(Array.from(asPredicted.ab.data)).toEqual(Array.from(raw.ab.data));
    // A sample (seed, alternatives) shows a possibility as it is: the manifest's gate is not
    // applied to it (its saturation is), unless the call asks for a gate.
    const sampled = await b.colorize(image, { seed: 3 });
    const sampledRaw = await b.colorize(image, { seed: 3, confidenceGate: 0 });
    expect(Array.from(sampled.ab.data)).toEqual(Array.from(sampledRaw.ab.data));
    const sampledGated = await b.colorize(image, { seed: 3, confidenceGate: 1 });
    expect(Array.from(sampledGated.ab.data)).not.toEqual(Array.from(sampled.ab.data));
    await expect(b.colorize(image, { confidenceGate: 2 })).rejects.toMatchObject({
      code: 'COLORIZE_BAD_OPTION',
      details: { option: 'confidenceGate', value: 2 },
    });
    await a.dispose();
    await b.dispose();
  });

  it('the confidence gate fades only pixels below it, in proportion', () => {
    const ab = Float32Array.from([10, -20, 30, 4, 8, -12]);
    gateByConfidence(ab, Float32Array.from([0.1, 0.2, 0.5]), 0.4);
    expect(Array.from(ab)).toEqual([2.5, -10, 30, 1, 4, -12]);
    const untouched = Float32Array.from([1, 2]);
    gateByConfidence(untouched, Float32Array.from([0]), 0);
    expect(Array.from(untouched)).toEqual([1, 2]);
  });

  it('inputSize: dynamic models take any multiple of the stride', async () => {
    const { manifest, bytes } = generateModel({ family: 'lab-ab-classification', inputSize: 64 });
    const colorizer = await createColorizer({ model: { manifest, model: bytes } });
    const result = await colorizer.colorize(syntheticImage(40, 30), { inputSize: 32 });
    expect(result.ab.width).toBe(8);
    await expect(colorizer.colorize(syntheticImage(4, 4), { inputSize: 30 })).rejects.toMatchObject(
      {
        code: 'COLORIZE_BAD_OPTION',
      },
    );
    await expect(
      colorizer.colorize(syntheticImage(4, 4), { temperature: 0 }),
    ).rejects.toMatchObject({
      code: 'COLORIZE_BAD_OPTION',
    });
    await colorizer.dispose();
  });

  it('inputSize: fixed-shape models refuse other sizes', async () => {
    const { manifest, bytes } = generateModel({
      family: 'lab-ab-regression',
      inputSize: 32,
      dynamic: false,
    });
    const colorizer = await createColorizer({ model: { manifest, model: bytes } });
    await expect(colorizer.colorize(syntheticImage(8, 8), { inputSize: 64 })).rejects.toMatchObject(
      {
        code: 'COLORIZE_BAD_OPTION',
      },
    );
    expect((await colorizer.colorize(syntheticImage(8, 8))).image.width).toBe(8);
    await colorizer.dispose();
  });
});

describe('alternatives', () => {
  it('samples several seeded, distinct, reproducible colourings from one inference', async () => {
    const { manifest, bytes } = generateModel({
      family: 'lab-ab-classification',
      inputSize: 64,
      gain: 1,
    });
    const colorizer = await createColorizer({ model: { manifest, model: bytes } });
    const image = syntheticImage(48, 48);
    const alts = await colorizer.alternatives(image, { count: 3, seed: 10 });
    expect(alts.map((a) => a.seed)).toEqual([10, 11, 12]);
    expect(alts[0]!.image.data).not.toEqual(alts[1]!.image.data);
    expect(alts[1]!.image.data).not.toEqual(alts[2]!.image.data);
    const single = await colorizer.colorize(image, { seed: 11 });
    expect(single.image.data).toEqual(alts[1]!.image.data);
    const mean = await colorizer.colorize(image);
    expect(mean.seed).toBeUndefined();
    expect(mean.image.data).not.toEqual(alts[0]!.image.data);
    await colorizer.dispose();
  });

  it('is refused for families that predict one colouring', async () => {
    const { manifest, bytes } = generateModel({ family: 'lab-ab-regression', inputSize: 16 });
    const colorizer = await createColorizer({ model: { manifest, model: bytes } });
    expect(colorizer.info.alternatives).toBe(false);
    await expect(colorizer.alternatives(syntheticImage(8, 8))).rejects.toMatchObject({
      code: 'COLORIZE_NO_ALTERNATIVES',
    });
    await colorizer.dispose();
  });
});

describe('Engine', () => {
  it('is exported for custom backends and checks their signature', () => {
    const { manifest } = generateModel({ family: 'lab-ab-regression' });
    const backend = {
      inputNames: ['x'],
      outputNames: ['ab'],
      run: async () => ({ data: new Float32Array(), dims: [] }),
      dispose() {},
    };
    expect(() => new Engine(parseManifest(manifest), backend)).toThrow(/no input named "L"/);
  });
});
