import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeDistribution,
  decodeRegression,
  flattenBins,
  mulberry32,
  regionGumbelField,
} from '../src/core/decode.js';
import { coherentRegions } from '../src/core/regions.js';

const bins = flattenBins([
  [0, 0],
  [10, -20],
  [-30, 40],
]);

describe('decodeDistribution (annealed mean)', () => {
  it('at a high temperature tends to the mean of the palette, a warm tint, not to grey', () => {
    // The default model's 313 bins: the sRGB gamut holds more reds and yellows than greens and
    // blues, so their plain mean is a*, b* = 15.7, 6.7. Tempering flattens every pixel's
    // distribution towards all bins alike: the colours grow alike and warm (sepia), not grey.
    const palette = JSON.parse(
      readFileSync(new URL('../models/default/model.json', import.meta.url), 'utf8'),
    ).decode.bins as Array<[number, number]>;
    const mean = [0, 1].map((i) => palette.reduce((s, bin) => s + bin[i]!, 0) / palette.length);
    expect(mean[0]).toBeCloseTo(15.7, 1);
    expect(mean[1]).toBeCloseTo(6.7, 1);
    const channels = palette.length;
    const pixels = 64;
    const rnd = mulberry32(9);
    const z = Float32Array.from({ length: channels * pixels }, () => (rnd() - 0.5) * 12);
    const spread = (temperature: number) => {
      const ab = new Float32Array(2 * pixels);
      decodeDistribution(z, channels, pixels, {
        kind: 'logits',
        temperature,
        bins: flattenBins(palette),
        ab,
        exact: true,
      });
      let far = 0;
      for (let p = 0; p < pixels; p++)
        far = Math.max(far, Math.hypot(ab[p]! - mean[0]!, ab[pixels + p]! - mean[1]!));
      return far;
    };
    // The farthest pixel from the palette's mean comes closer as the temperature rises.
    expect(spread(2.5)).toBeLessThan(spread(1));
    expect(spread(1)).toBeLessThan(spread(0.38));
    expect(spread(1000)).toBeLessThan(0.5);
  });

  it('sums logits in the SIMD kernel within float32 rounding of the exact float64 sums', () => {
    const channels = 313;
    const pixels = 1001; // not a multiple of 4
    const rnd = mulberry32(5);
    const z = Float32Array.from({ length: channels * pixels }, () => (rnd() - 0.5) * 30);
    const many = flattenBins(
      Array.from({ length: channels }, (_, k) => [(k % 23) * 10 - 110, ((k * 7) % 23) * 10 - 110]),
    );
    const labels = Int32Array.from({ length: pixels }, (_, p) => (p % 13 < 6 ? 0 : 1));
    const noise = regionGumbelField(3, channels, { labels, count: 2, width: 13 });
    for (const [temperature, withNoise] of [
      [0.38, false],
      [1, false],
      [1, true],
      [0.38, true],
    ] as const) {
      const run = (exact: boolean) => {
        const ab = new Float32Array(2 * pixels);
        const confidence = new Float32Array(pixels);
        decodeDistribution(z, channels, pixels, {
          kind: 'logits',
          temperature,
          bins: many,
          ab,
          confidence,
          exact,
          ...(withNoise ? { noise } : {}),
        });
        return { ab, confidence };
      };
      const fast = run(false);
      const exact = run(true);
      for (let i = 0; i < fast.ab.length; i++)
        expect(Math.abs(fast.ab[i]! - exact.ab[i]!)).toBeLessThan(1e-3);
      for (let i = 0; i < pixels; i++) {
        expect(Math.abs(fast.confidence[i]! - exact.confidence[i]!)).toBeLessThan(1e-5);
      }
    }
  });

  it("gives the model's own confidence whatever noise perturbs the colours (T = 1 too)", () => {
    const channels = 3;
    const z = new Float32Array([0, Math.log(2), Math.log(3)]);
    const noise = new Float32Array([0.5, -1, 0.25]);
    for (const exact of [false, true]) {
      const plain = new Float32Array(1);
      const noisy = new Float32Array(1);
      const ab = new Float32Array(2);
      const common = { kind: 'logits', temperature: 1, bins, ab, exact } as const;
      decodeDistribution(z, channels, 1, { ...common, confidence: plain });
      decodeDistribution(z, channels, 1, { ...common, confidence: noisy, noise });
      expect(noisy[0]).toBeCloseTo(plain[0]!, 6);
    }
  });

  it('matches a hand computation for logits at T = 1 and T = 0.5', () => {
    // One pixel, logits z = [0, ln 2, ln 3]: softmax = [1, 2, 3] / 6.
    const z = new Float32Array([0, Math.log(2), Math.log(3)]);
    const ab = new Float32Array(2);
    const confidence = new Float32Array(1);
    decodeDistribution(z, 3, 1, { kind: 'logits', temperature: 1, bins, ab, confidence });
    // a = (0·1 + 10·2 − 30·3)/6 = −70/6; b = (0 − 40 + 120)/6 = 80/6
    expect(ab[0]).toBeCloseTo(-70 / 6, 5);
    expect(ab[1]).toBeCloseTo(80 / 6, 5);
    // H = −Σ p ln p with p = [1/6, 2/6, 3/6]; confidence = 1 − H / ln 3
    const p = [1 / 6, 2 / 6, 3 / 6];
    const h = -p.reduce((s, v) => s + v * Math.log(v), 0);
    expect(confidence[0]).toBeCloseTo(1 - h / Math.log(3), 5);

    // T = 0.5 squares the probabilities: weights [1, 4, 9] / 14.
    decodeDistribution(z, 3, 1, { kind: 'logits', temperature: 0.5, bins, ab, confidence });
    expect(ab[0]).toBeCloseTo((10 * 4 - 30 * 9) / 14, 5);
    expect(ab[1]).toBeCloseTo((-20 * 4 + 40 * 9) / 14, 5);
    // The confidence is the model's own (T = 1) entropy, whatever T decodes with.
    expect(confidence[0]).toBeCloseTo(1 - h / Math.log(3), 5);
  });

  it('treats probabilities like logits of their logarithm, pixel-planar (NCHW)', () => {
    // Two pixels: p0 = [1/6, 2/6, 3/6], p1 = one-hot on bin 1.
    const probs = new Float32Array([1 / 6, 0, 2 / 6, 1, 3 / 6, 0]);
    const ab = new Float32Array(4);
    const confidence = new Float32Array(2);
    decodeDistribution(probs, 3, 2, {
      kind: 'probabilities',
      temperature: 0.5,
      bins,
      ab,
      confidence,
    });
    expect(ab[0]).toBeCloseTo((10 * 4 - 30 * 9) / 14, 4); // a, pixel 0
    expect(ab[1]).toBeCloseTo(10, 4); // a, pixel 1
    expect(ab[2]).toBeCloseTo((-20 * 4 + 40 * 9) / 14, 4); // b, pixel 0
    expect(ab[3]).toBeCloseTo(-20, 4); // b, pixel 1
    expect(confidence[1]).toBeCloseTo(1, 5); // one-hot: no uncertainty
  });

  it('gives confidence 0 for a uniform distribution and is stable for huge logits', () => {
    const ab = new Float32Array(2);
    const confidence = new Float32Array(1);
    decodeDistribution(new Float32Array([5, 5, 5]), 3, 1, {
      kind: 'logits',
      temperature: 0.38,
      bins,
      ab,
      confidence,
    });
    expect(confidence[0]).toBeCloseTo(0, 5);
    expect(ab[0]).toBeCloseTo(-20 / 3, 4);
    decodeDistribution(new Float32Array([1000, 2000, 0]), 3, 1, {
      kind: 'logits',
      temperature: 0.38,
      bins,
      ab,
      confidence,
    });
    expect(ab[0]).toBeCloseTo(10, 4);
    expect(ab[1]).toBeCloseTo(-20, 4);
  });

  it('adds the noise to the tempered log-weights', () => {
    // z = 0 everywhere, noise = [0, ln 2, 0] → weights [1, 2, 1] / 4.
    const ab = new Float32Array(2);
    decodeDistribution(new Float32Array(3), 3, 1, {
      kind: 'logits',
      temperature: 0.38,
      bins,
      ab,
      noise: new Float32Array([0, Math.log(2), 0]),
    });
    expect(ab[0]).toBeCloseTo((20 - 30) / 4, 5);
    expect(ab[1]).toBeCloseTo((-40 + 40) / 4, 5);
  });
});

describe('decodeRegression', () => {
  it('scales values', () => {
    const ab = new Float32Array(4);
    decodeRegression(new Float32Array([0.5, -1, 0, 0.25]), 110, ab);
    expect([...ab]).toEqual([55, -110, 0, 27.5]);
  });
});

describe('sampling noise', () => {
  it('mulberry32 is deterministic and uniform-ish', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('regionGumbelField draws one Gumbel value per region and bin, seeded, soft at the seams', () => {
    // A 6×2 plane: left half region 0, right half region 1.
    const labels = Int32Array.from({ length: 12 }, (_, p) => (p % 6 < 3 ? 0 : 1));
    const regions = { labels, count: 2, width: 6 };
    const hard = regionGumbelField(3, 2, regions, { blur: 0 });
    expect(regionGumbelField(3, 2, regions, { blur: 0 })).toEqual(hard);
    expect(regionGumbelField(4, 2, regions, { blur: 0 })).not.toEqual(hard);
    for (const k of [0, 1]) {
      const plane = hard.subarray(k * 12, (k + 1) * 12);
      // Every pixel of a region has its region's draw; the two regions differ.
      expect(new Set(plane.subarray(0, 3)).size).toBe(1);
      expect(plane[0]).toBe(plane[6]);
      expect(plane[3]).toBe(plane[11]);
      expect(plane[0]).not.toBe(plane[3]);
    }
    // `strength` scales the draws; blur 1 averages 3 neighbours (edges clamped) across the seam.
    const strong = regionGumbelField(3, 2, regions, { blur: 0, strength: 2.5 });
    expect(strong[4]).toBeCloseTo(2.5 * hard[4]!, 5);
    const soft = regionGumbelField(3, 2, regions, { blur: 1 });
    expect(soft[2]).toBeCloseTo((2 * hard[2]! + hard[3]!) / 3, 5);
    expect(soft[0]).toBeCloseTo(hard[0]!, 5);
    // Gumbel(0, 1) has mean ≈ 0.5772.
    const many = regionGumbelField(1, 2000, { labels: new Int32Array(1), count: 1, width: 1 });
    const mean = many.reduce((s, v) => s + v, 0) / many.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.7);
  });

  it('coherentRegions groups pixels by lightness, predicted colour and place', () => {
    // 8×8: left half dark and blue, right half light and orange.
    const width = 8;
    const pixels = 64;
    const L = new Float32Array(pixels);
    const ab = new Float32Array(2 * pixels);
    for (let p = 0; p < pixels; p++) {
      const right = p % width >= 4;
      L[p] = right ? 80 : 20;
      ab[p] = right ? 30 : -5;
      ab[pixels + p] = right ? 50 : -40;
    }
    const { labels, count } = coherentRegions(L, ab, width, 8, { grid: 2 });
    expect(count).toBe(4);
    for (let p = 0; p < pixels; p++) {
      for (let q = 0; q < pixels; q++) {
        // Never a region across the edge between the halves.
        if (p % width >= 4 !== q % width >= 4) expect(labels[p]).not.toBe(labels[q]);
      }
    }
    // Deterministic.
    expect(coherentRegions(L, ab, width, 8, { grid: 2 }).labels).toEqual(labels);
  });
});
