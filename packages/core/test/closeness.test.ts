import { describe, expect, it } from 'vitest';
import {
  colorCloseness,
  DEFAULT_CLOSE_DELTA_E,
  deltaE2000,
  type ImageBuffer,
  KlasLabError,
  srgbToLab,
} from '../src/index.js';

// Sharma, Wu & Dalal (2005), Table 1: the 34 published CIEDE2000 test pairs,
// [L1, a1, b1, L2, a2, b2, ΔE00].
const SHARMA_2005: ReadonlyArray<readonly number[]> = [
  [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
  [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
  [50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
  [50, -1.3802, -84.2814, 50, 0, -82.7485, 1],
  [50, -1.1848, -84.8006, 50, 0, -82.7485, 1],
  [50, -0.9009, -85.5211, 50, 0, -82.7485, 1],
  [50, 0, 0, 50, -1, 2, 2.3669],
  [50, -1, 2, 50, 0, 0, 2.3669],
  [50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.001, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195],
  [50, 2.49, -0.001, 50, -2.49, 0.0012, 7.2195],
  [50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.001, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461],
  [50, 2.5, 0, 50, 0, -2.5, 4.3065],
  [50, 2.5, 0, 73, 25, -18, 27.1492],
  [50, 2.5, 0, 61, -5, 29, 22.8977],
  [50, 2.5, 0, 56, -27, -3, 31.903],
  [50, 2.5, 0, 58, 24, 15, 19.4535],
  [50, 2.5, 0, 50, 3.1736, 0.5854, 1],
  [50, 2.5, 0, 50, 3.2972, 0, 1],
  [50, 2.5, 0, 50, 1.8634, 0.5757, 1],
  [50, 2.5, 0, 50, 3.2592, 0.335, 1],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

function image(width: number, height: number, rgb: ReadonlyArray<readonly number[]>): ImageBuffer {
  const data = new Uint8ClampedArray(width * height * 4);
  for (const [p, c] of rgb.entries()) data.set([c[0]!, c[1]!, c[2]!, 255], 4 * p);
  return { width, height, data };
}

describe('deltaE2000', () => {
  it('matches all 34 test pairs of Sharma, Wu & Dalal (2005) to 4 decimals, both ways', () => {
    expect(SHARMA_2005).toHaveLength(34);
    for (const [L1, a1, b1, L2, a2, b2, want] of SHARMA_2005) {
      expect(Math.abs(deltaE2000(L1!, a1!, b1!, L2!, a2!, b2!) - want!)).toBeLessThan(5e-5);
      expect(Math.abs(deltaE2000(L2!, a2!, b2!, L1!, a1!, b1!) - want!)).toBeLessThan(5e-5);
    }
  });

  it('is 0 for equal colours and 100 for black against white', () => {
    expect(deltaE2000(40, 10, -5, 40, 10, -5)).toBe(0);
    // Both grey, mean L* 50: S_L = 1, so ΔE00 = ΔL* = 100.
    expect(deltaE2000(0, 0, 0, 100, 0, 0)).toBeCloseTo(100, 12);
  });
});

describe('colorCloseness', () => {
  const black = [0, 0, 0];
  const white = [255, 255, 255];

  it('is 0 ΔE and all close for the same picture', () => {
    const photo = image(2, 1, [
      [200, 40, 10],
      [10, 90, 200],
    ]);
    expect(colorCloseness(photo, photo)).toEqual({
      meanDeltaE: 0,
      closeShare: 1,
      threshold: DEFAULT_CLOSE_DELTA_E,
      pixels: 2,
    });
  });

  it('matches a hand computation: one of two pixels black against white', () => {
    // Pixel 1: equal (ΔE 0). Pixel 2: black vs white, ΔE00 = 100 (see above).
    const truth = image(2, 1, [black, black]);
    const guess = image(2, 1, [black, white]);
    const result = colorCloseness(truth, guess);
    expect(result.meanDeltaE).toBeCloseTo(50, 4);
    expect(result.closeShare).toBe(0.5);
    expect(result.threshold).toBe(10);
    expect(result.pixels).toBe(2);
    expect(colorCloseness(truth, guess, { threshold: 100 }).closeShare).toBe(1);
    expect(colorCloseness(truth, guess, { threshold: 0 }).closeShare).toBe(0.5);
  });

  it('counts a pixel as close when its ΔE00 is at most the threshold', () => {
    // A red and a slightly different red: ΔE00 of their CIELAB colours, computed here.
    const a = [200, 40, 30];
    const b = [190, 60, 40];
    const d = deltaE2000(
      ...srgbToLab(a[0]! / 255, a[1]! / 255, a[2]! / 255),
      ...srgbToLab(b[0]! / 255, b[1]! / 255, b[2]! / 255),
    );
    expect(d).toBeGreaterThan(2);
    const truth = image(3, 1, [a, a, a]);
    const guess = image(3, 1, [a, b, white]);
    const result = colorCloseness(truth, guess, { threshold: d + 1e-3 });
    expect(result.closeShare).toBeCloseTo(2 / 3, 12);
    expect(colorCloseness(truth, guess, { threshold: d - 1e-3 }).closeShare).toBeCloseTo(1 / 3, 12);
    const dWhite = deltaE2000(...srgbToLab(a[0]! / 255, a[1]! / 255, a[2]! / 255), 100, 0, 0);
    expect(result.meanDeltaE).toBeCloseTo((d + dWhite) / 3, 3);
  });

  it('refuses different sizes, empty images and bad thresholds with coded errors', () => {
    const code = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(KlasLabError.is(error)).toBe(true);
        return error as KlasLabError;
      }
      throw new Error('no error');
    };
    const small = image(2, 1, [black, black]);
    const tall = image(1, 2, [black, black]);
    const mismatch = code(() => colorCloseness(small, tall));
    expect(mismatch.code).toBe('IMAGE_SIZE_MISMATCH');
    expect(mismatch.details).toMatchObject({ width: 2, height: 1, guessWidth: 1, guessHeight: 2 });
    const empty = { width: 0, height: 0, data: new Uint8ClampedArray(0) };
    expect(code(() => colorCloseness(empty, empty)).code).toBe('IMAGE_EMPTY');
    for (const threshold of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = code(() => colorCloseness(small, small, { threshold }));
      expect(error.code).toBe('CLOSENESS_BAD_THRESHOLD');
      expect(error.details).toMatchObject({ option: 'threshold' });
    }
  });
});
