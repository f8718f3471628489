import { describe, expect, it } from 'vitest';
import {
  colourfulness,
  deltaE2000,
  deltaE2000Image,
  gaussianKernel,
  mean,
  psnr,
  quantile,
  ssimPlane,
  ssimRgb,
} from './metrics.mjs';

/** RGBA buffer of w*h pixels all set to [r, g, b, 255]. */
function solid(w, h, r, g, b) {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < data.length; i += 4) data.set([r, g, b, 255], i);
  return { width: w, height: h, data };
}

function noise(w, h, seed) {
  let s = seed >>> 0;
  const data = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < data.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    data[i] = i % 4 === 3 ? 255 : s >>> 24;
  }
  return { width: w, height: h, data };
}

describe('psnr', () => {
  it('is 10 log10(255^2 / MSE) over RGB, ignoring alpha', () => {
    // every colour value off by 10 -> MSE 100 -> 10 log10(650.25) = 28.1308 dB
    const a = [0, 0, 0, 255, 100, 100, 100, 255];
    const b = [10, 10, 10, 0, 90, 110, 90, 7];
    expect(psnr(a, b)).toBeCloseTo(28.1308, 4);
  });
  it('is Infinity for identical images and 0 dB for black vs white', () => {
    expect(psnr([1, 2, 3, 4], [1, 2, 3, 9])).toBe(Number.POSITIVE_INFINITY);
    expect(psnr([0, 0, 0, 255], [255, 255, 255, 255])).toBeCloseTo(0, 12);
  });
  it('one channel off by 30 in one of two pixels: MSE = 900 / 6 = 150 -> 26.3699 dB', () => {
    expect(psnr([0, 0, 0, 0, 0, 0, 0, 0], [30, 0, 0, 0, 0, 0, 0, 0])).toBeCloseTo(26.3699, 4);
  });
});

describe('ssim', () => {
  it('uses a normalised 11-tap Gaussian with sigma 1.5', () => {
    const k = gaussianKernel();
    expect(k.length).toBe(11);
    expect(k.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    expect(k[5] / k[4]).toBeCloseTo(Math.exp(1 / 4.5), 12);
  });
  it('is 1 for identical images', () => {
    const img = noise(32, 24, 7);
    expect(ssimRgb(img, img)).toBeCloseTo(1, 12);
  });
  it('constant planes 100 vs 110: (2*100*110 + C1) / (100^2 + 110^2 + C1) = 0.995476', () => {
    const x = new Float64Array(16 * 16).fill(100);
    const y = new Float64Array(16 * 16).fill(110);
    // C1 = (0.01 * 255)^2 = 6.5025; the variances are 0, so the contrast term is C2 / C2 = 1
    expect(ssimPlane(x, y, 16, 16)).toBeCloseTo(22006.5025 / 22106.5025, 10);
  });
  it('drops for noise and is symmetric', () => {
    const a = noise(40, 30, 1);
    const b = noise(40, 30, 2);
    const s = ssimRgb(a, b);
    expect(s).toBeLessThan(0.1);
    expect(ssimRgb(b, a)).toBeCloseTo(s, 12);
  });
  it('refuses images smaller than the window', () => {
    expect(() => ssimPlane([1], [1], 1, 1)).toThrow(RangeError);
  });
});

describe('colourfulness (Hasler & Suesstrunk 2003)', () => {
  it('is 0 for any grey image', () => {
    expect(colourfulness(noise(8, 8, 3).data.map((v, i) => (i % 4 === 3 ? v : 77)))).toBe(0);
    const grey = new Uint8ClampedArray(4 * 4);
    for (let i = 0; i < 16; i += 4) grey.fill(i * 10, i, i + 3);
    expect(colourfulness(grey)).toBe(0);
  });
  it('pure red: sd 0, mean (rg, yb) = (255, 127.5) -> 0.3 * 285.0987 = 85.5296', () => {
    expect(colourfulness(solid(3, 2, 255, 0, 0).data)).toBeCloseTo(85.5296, 4);
  });
  it('half red, half blue: sqrt(127.5^2 + 191.25^2) + 0.3 sqrt(127.5^2 + 63.75^2) = 272.6195', () => {
    const data = [255, 0, 0, 255, 0, 0, 255, 255];
    expect(colourfulness(data)).toBeCloseTo(229.8539 + 0.3 * 142.5496, 3);
  });
});

describe('mean', () => {
  it('averages', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(Number.isNaN(mean([]))).toBe(true);
  });
});

describe('deltaE2000 (from @klaslab/core)', () => {
  it("is core's: Sharma et al. (2005) pair 1, and the per-pixel image version uses it", () => {
    expect(deltaE2000(50, 2.6772, -79.7751, 50, 0, -82.7485)).toBeCloseTo(2.0425, 4);
  });
  it('is 0 for equal colours and works per pixel on planar images', () => {
    expect(deltaE2000(40, 10, -5, 40, 10, -5)).toBe(0);
    const a = { width: 2, height: 1, data: Float32Array.of(50, 60, 0, 0, 0, 0) };
    const b = { width: 2, height: 1, data: Float32Array.of(50, 60, -1, 0, 2, 0) };
    const d = deltaE2000Image(a, b);
    expect(d[0]).toBeCloseTo(2.3669, 4);
    expect(d[1]).toBe(0);
  });
});

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([3, 1, 2, 4], 0)).toBe(1);
    expect(quantile([3, 1, 2, 4], 1)).toBe(4);
    expect(quantile([3, 1, 2, 4], 0.5)).toBe(2.5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
