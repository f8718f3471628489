import { describe, expect, it } from 'vitest';
import {
  decodeDistribution,
  decodeRegression,
  flattenBins,
  mulberry32,
  smoothGumbelField,
} from '../src/core/decode.js';

const bins = flattenBins([
  [0, 0],
  [10, -20],
  [-30, 40],
]);

describe('decodeDistribution (annealed mean)', () => {
  it('sums logits in the SIMD kernel within float32 rounding of the exact float64 sums', () => {
    const channels = 313;
    const pixels = 1001; // not a multiple of 4
    const rnd = mulberry32(5);
    const z = Float32Array.from({ length: channels * pixels }, () => (rnd() - 0.5) * 30);
    const many = flattenBins(
      Array.from({ length: channels }, (_, k) => [(k % 23) * 10 - 110, ((k * 7) % 23) * 10 - 110]),
    );
    const noise = smoothGumbelField(3, channels, 13, 77);
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

  it('smoothGumbelField is seeded, interpolates its lattice and differs between seeds', () => {
    const f1 = smoothGumbelField(3, 2, 5, 5, { grid: 3 });
    const f2 = smoothGumbelField(3, 2, 5, 5, { grid: 3 });
    const f3 = smoothGumbelField(4, 2, 5, 5, { grid: 3 });
    expect(f1).toEqual(f2);
    expect(f1).not.toEqual(f3);
    // 5 pixels over a 3-point lattice: pixel 1 lies halfway between lattice points 0 and 1.
    expect(f1[1]).toBeCloseTo((f1[0]! + f1[2]!) / 2, 5);
    // A 1×1 grid is one constant per channel.
    const flat = smoothGumbelField(9, 1, 4, 4, { grid: 1 });
    expect(new Set(flat).size).toBe(1);
    // Gumbel(0, 1) has mean ≈ 0.5772.
    const many = smoothGumbelField(1, 2000, 1, 1, { grid: 1 });
    const mean = many.reduce((s, v) => s + v, 0) / many.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.7);
  });
});
