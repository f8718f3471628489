import { describe, expect, it } from 'vitest';
import { type PlanarImage, resizeArea, resizeBilinear, sampleBilinear } from '../src/index.js';

const img = (width: number, height: number, values: number[], channels = 1): PlanarImage => ({
  width,
  height,
  channels,
  data: new Float32Array(values),
});

const round = (a: Float32Array) => Array.from(a, (v) => Math.round(v * 1e5) / 1e5);

describe('resizeBilinear', () => {
  it('enlarges 2 → 4 with half-pixel centres and clamped edges (hand-computed)', () => {
    // Output centres map to source x = -0.25, 0.25, 0.75, 1.25 → clamp → 0, 0.25, 0.75, 1.
    expect(round(resizeBilinear(img(2, 1, [0, 1]), 4, 1).data)).toEqual([0, 0.25, 0.75, 1]);
  });

  it('interpolates in both directions', () => {
    // 2×2 → 3×3: centres map to 1/6-steps: -1/6→0, 0.5, 7/6→1.
    const out = resizeBilinear(img(2, 2, [0, 10, 20, 30]), 3, 3).data;
    expect(round(out)).toEqual([0, 5, 10, 10, 15, 20, 20, 25, 30]);
  });

  it('is the identity at the same size', () => {
    const src = img(3, 2, [1, 2, 3, 4, 5, 6]);
    expect(round(resizeBilinear(src, 3, 2).data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps a constant image constant at the edges (no fade to black)', () => {
    const out = resizeBilinear(img(3, 3, new Array(9).fill(7)), 10, 5).data;
    expect(out.every((v) => Math.abs(v - 7) < 1e-6)).toBe(true);
  });

  it('shrinks 4 → 2 by sampling between pixel pairs', () => {
    // Centres map to 0.5 and 2.5: means of (0,2) and (4,6).
    expect(round(resizeBilinear(img(4, 1, [0, 2, 4, 6]), 2, 1).data)).toEqual([1, 5]);
  });

  it('resizes every channel of a planar image', () => {
    const out = resizeBilinear(img(2, 1, [0, 1, 10, 20], 2), 4, 1);
    expect(out.channels).toBe(2);
    expect(round(out.data)).toEqual([0, 0.25, 0.75, 1, 10, 12.5, 17.5, 20]);
  });

  it('reuses a fitting output buffer', () => {
    const out = img(4, 1, [0, 0, 0, 0]);
    expect(resizeBilinear(img(2, 1, [0, 1]), 4, 1, out)).toBe(out);
  });

  it('rejects empty targets and sources with coded errors', () => {
    expect(() => resizeBilinear(img(2, 1, [0, 1]), 0, 1)).toThrowError(
      expect.objectContaining({ code: 'RESIZE_BAD_SIZE' }),
    );
    expect(() => resizeBilinear(img(0, 0, []), 2, 2)).toThrowError(
      expect.objectContaining({ code: 'RESIZE_EMPTY_SOURCE' }),
    );
  });
});

describe('resizeArea', () => {
  it('averages blocks exactly for integer factors', () => {
    const src = img(4, 2, [0, 2, 4, 6, 8, 10, 12, 14]);
    expect(round(resizeArea(src, 2, 1).data)).toEqual([5, 9]);
  });

  it('weights partial coverage for non-integer factors (3 → 2)', () => {
    // Output 0 covers source [0, 1.5): (1·a + 0.5·b) / 1.5; output 1 covers [1.5, 3).
    const out = resizeArea(img(3, 1, [3, 6, 9]), 2, 1).data;
    expect(round(out)).toEqual([4, 8]);
  });

  it('repeats pixels when enlarging by an integer factor', () => {
    expect(round(resizeArea(img(2, 1, [1, 5]), 4, 1).data)).toEqual([1, 1, 5, 5]);
  });

  it('preserves the image mean when shrinking', () => {
    const values = Array.from({ length: 6 * 6 }, (_, i) => (i * 7) % 11);
    const mean = values.reduce((a, b) => a + b) / values.length;
    const out = resizeArea(img(6, 6, values), 4, 3).data;
    expect(out.reduce((a, b) => a + b) / out.length).toBeCloseTo(mean, 5);
  });

  it('keeps edges (a constant image stays constant)', () => {
    const out = resizeArea(img(5, 3, new Array(15).fill(2)), 3, 2).data;
    expect(out.every((v) => Math.abs(v - 2) < 1e-6)).toBe(true);
  });
});

describe('sampleBilinear', () => {
  it('gives the value resizeBilinear computes at that pixel, for every pixel and channel', () => {
    const src = img(3, 2, [0, 10, 20, 30, 40, 50, 5, 4, 3, 2, 1, 0], 2);
    for (const [w, h] of [
      [7, 5],
      [3, 2],
      [2, 1],
    ] as const) {
      const full = resizeBilinear(src, w, h).data;
      for (let c = 0; c < 2; c++)
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++)
            expect(sampleBilinear(src, c, x, y, w, h)).toBeCloseTo(full[c * w * h + y * w + x]!, 5);
    }
  });
});
