import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { photoKernels } from '../src/color/simd/photo-kernels.js';
import {
  GREY_LIGHTNESS,
  type ImageBuffer,
  labToRgba,
  labToSrgb,
  type PlanarImage,
  recombineLab,
  resizeArea,
  resizeBilinear,
  rgbaToLightness,
  rgbaToLightnessArea,
} from '../src/index.js';

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A photo-like image: smooth shading plus grain; grey (R = G = B) unless `colour`. */
function photo(width: number, height: number, seed: number, colour: boolean, alpha: boolean) {
  const rnd = random(seed);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const v = 128 + 110 * Math.sin(x / 7) * Math.cos(y / 5) + (rnd() - 0.5) * 40;
      data[i] = v;
      data[i + 1] = colour ? v + (rnd() - 0.5) * 120 : v;
      data[i + 2] = colour ? 255 * rnd() : v;
      data[i + 3] = alpha ? 256 * rnd() : 255;
    }
  }
  return { width, height, data } as ImageBuffer;
}

function chroma(width: number, height: number, seed: number): PlanarImage {
  const rnd = random(seed);
  // Includes chroma far outside the sRGB gamut, so clamping is exercised.
  const data = Float32Array.from({ length: 2 * width * height }, () => (rnd() - 0.5) * 260);
  return { width, height, channels: 2, data };
}

/** The composition recombineLab replaces: L* plane, bilinear a*b* planes, labToRgba. */
function reference(image: ImageBuffer, ab: PlanarImage, alpha = true): ImageBuffer {
  const { width, height } = image;
  const L = rgbaToLightness(image).data;
  const up = resizeBilinear(ab, width, height).data;
  const lab = new Float32Array(3 * width * height);
  lab.set(L, 0);
  lab.set(up, width * height);
  return labToRgba({ width, height, channels: 3, data: lab }, alpha ? { alphaFrom: image } : {});
}

function maxDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}

describe('rgbaToLightnessArea', () => {
  it('averages L* (hand-computed: black and white give 50)', () => {
    const image = {
      width: 2,
      height: 1,
      data: new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255]),
    };
    expect(Array.from(rgbaToLightnessArea(image, 1, 1).data)).toEqual([50]);
  });

  it('equals resizeArea(rgbaToLightness(image)): exact bit for bit, the SIMD kernel within float32 rounding', () => {
    for (const [w, h, tw, th, colour] of [
      [97, 61, 16, 16, false],
      [97, 61, 16, 16, true],
      [40, 30, 7, 9, true],
      [5, 3, 8, 8, false],
      [64, 64, 64, 64, true],
    ] as const) {
      const image = photo(w, h, w * h, colour, false);
      const expected = resizeArea(rgbaToLightness(image), tw, th).data;
      expect(rgbaToLightnessArea(image, tw, th, undefined, { exact: true }).data).toEqual(expected);
      const fast = rgbaToLightnessArea(image, tw, th).data;
      for (let i = 0; i < fast.length; i++) expect(fast[i]).toBeCloseTo(expected[i]!, 3);
    }
  });

  it('computes a band of output rows (for workers) with the same numbers as the whole', () => {
    const image = photo(301, 203, 4, true, false);
    for (const exact of [false, true]) {
      const whole = rgbaToLightnessArea(image, 33, 21, undefined, { exact });
      const out = { width: 33, height: 21, channels: 1, data: new Float32Array(33 * 21) };
      for (const [rowStart, rowEnd] of [
        [0, 8],
        [8, 8],
        [8, 21],
      ]) {
        rgbaToLightnessArea(image, 33, 21, out, { exact, rowStart, rowEnd });
      }
      expect(out.data).toEqual(whole.data);
    }
    expect(() => rgbaToLightnessArea(image, 4, 4, undefined, { rowStart: 3, rowEnd: 5 })).toThrow(
      expect.objectContaining({ code: 'RESIZE_BAD_SIZE' }),
    );
  });

  it('reuses the output buffer and refuses bad sizes with coded errors', () => {
    const image = photo(8, 8, 1, false, false);
    const out = { width: 2, height: 2, channels: 1, data: new Float32Array(4) };
    expect(rgbaToLightnessArea(image, 2, 2, out)).toBe(out);
    expect(() => rgbaToLightnessArea(image, 0, 2)).toThrow(
      expect.objectContaining({ code: 'RESIZE_BAD_SIZE' }),
    );
    expect(() =>
      rgbaToLightnessArea({ width: 0, height: 0, data: new Uint8ClampedArray(0) }, 2, 2),
    ).toThrow(expect.objectContaining({ code: 'RESIZE_EMPTY_SOURCE' }));
  });
});

describe('recombineLab', () => {
  it('gives the single-colour conversion of L* with constant chroma (hand-computed)', () => {
    const grey = { width: 4, height: 3, data: new Uint8ClampedArray(48).fill(128) };
    const ab = { width: 1, height: 1, channels: 2, data: new Float32Array([40, 30]) };
    const out = recombineLab(grey, ab, { alphaFrom: grey }).data;
    // L* of grey 128 is 53.585; Lab(53.585, 40, 30) ≈ sRGB (201.41, 97.01, 78.60).
    expect(GREY_LIGHTNESS[128]).toBeCloseTo(53.585, 3);
    const rgb = labToSrgb(GREY_LIGHTNESS[128]!, 40, 30).map((v) => Math.round(v * 255));
    expect(rgb).toEqual([201, 97, 79]);
    for (let i = 0; i < out.length; i += 4)
      expect(Array.from(out.subarray(i, i + 4))).toEqual([201, 97, 79, 128]);
  });

  it('interpolates chroma with half-pixel centres like resizeBilinear (hand-computed)', () => {
    // a* 0 | 40 over 4 columns → 0, 10, 30, 40 at L* 50; b* 0.
    const l = { width: 4, height: 1, channels: 1, data: new Float32Array(4).fill(50) };
    const ab = { width: 2, height: 1, channels: 2, data: new Float32Array([0, 40, 0, 0]) };
    const out = recombineLab(l, ab).data;
    for (const [x, a] of [0, 10, 30, 40].entries()) {
      const rgb = labToSrgb(50, a, 0).map((v) => Math.round(v * 255));
      expect(Array.from(out.subarray(x * 4, x * 4 + 4))).toEqual([...rgb, 255]);
    }
  });

  it('matches resizeBilinear + labToRgba on random grey and colour photos with alpha (exact: equal; default: ≤ 1 code value)', () => {
    const cases = [
      [123, 77, 16, 16, false, true],
      [123, 77, 16, 16, true, true],
      [64, 48, 64, 48, true, false],
      [30, 20, 64, 64, false, true], // chroma larger than the image: the shrinking path
      [1, 1, 4, 4, true, true],
      [257, 3, 5, 2, false, false],
    ] as const;
    for (const [w, h, cw, ch, colour, alpha] of cases) {
      const image = photo(w, h, w + h, colour, alpha);
      const ab = chroma(cw, ch, w * h);
      const expected = reference(image, ab, alpha);
      const options = alpha ? { alphaFrom: image } : {};
      const actual = recombineLab(image, ab, options);
      expect(maxDifference(actual.data, expected.data)).toBeLessThanOrEqual(1);
      expect(recombineLab(image, ab, { ...options, exact: true }).data).toEqual(expected.data);
      if (!alpha)
        expect(actual.data.filter((_, i) => i % 4 === 3).every((v) => v === 255)).toBe(true);
      // The same from a one-channel L* plane.
      const fromPlane = recombineLab(rgbaToLightness(image), ab, alpha ? { alphaFrom: image } : {});
      expect(fromPlane.data).toEqual(expected.data);
    }
  });

  it('runs photos through the SIMD kernel within one code value of the exact kernel', () => {
    expect(photoKernels()).not.toBeNull(); // Node 20 has WebAssembly SIMD
    for (const colour of [false, true]) {
      const image = photo(1003, 997, 3, colour, true); // a width that is not a multiple of 4
      const ab = chroma(64, 64, 7);
      const fast = recombineLab(image, ab, { alphaFrom: image }).data;
      const exact = recombineLab(image, ab, { alphaFrom: image, exact: true }).data;
      let differing = 0;
      for (let i = 0; i < fast.length; i++) if (fast[i] !== exact[i]) differing++;
      expect(maxDifference(fast, exact)).toBeLessThanOrEqual(1);
      // Only values within float32 rounding of a code boundary differ.
      expect(differing / fast.length).toBeLessThan(1e-4);
    }
  });

  it('gives black for NaN chroma in both kernels, and keeps alpha from the chosen source', () => {
    const image = photo(9, 5, 1, false, true);
    const other = photo(9, 5, 2, true, true);
    const ab = { width: 2, height: 2, channels: 2, data: new Float32Array(8).fill(Number.NaN) };
    for (const exact of [false, true]) {
      const out = recombineLab(image, ab, { alphaFrom: other, exact }).data;
      for (let i = 0; i < out.length; i += 4) {
        expect(Array.from(out.subarray(i, i + 4))).toEqual([0, 0, 0, other.data[i + 3]]);
      }
      const opaque = recombineLab(image, ab, { exact }).data;
      expect(opaque.filter((_, i) => i % 4 === 3).every((v) => v === 255)).toBe(true);
    }
  });

  it('ships the kernels assembled from wasm/photo-kernels.wat.mjs', async () => {
    const { generated } = await import('../scripts/build-wasm.mjs');
    const committed = readFileSync(
      fileURLToPath(new URL('../src/color/simd/photo-kernels.wasm.ts', import.meta.url)),
      'utf8',
    );
    expect(await generated()).toBe(committed);
  });

  it('fills an output in strips of rows (for workers) with the same result', () => {
    const image = photo(50, 37, 5, true, true);
    const ab = chroma(8, 8, 9);
    const whole = recombineLab(image, ab, { alphaFrom: image });
    const out = { width: 50, height: 37, data: new Uint8ClampedArray(50 * 37 * 4) };
    for (const [rowStart, rowEnd] of [
      [20, 37],
      [0, 11],
      [11, 20],
      [20, 20],
    ]) {
      expect(recombineLab(image, ab, { alphaFrom: image, out, rowStart, rowEnd })).toBe(out);
    }
    expect(out.data).toEqual(whole.data);
    const exact = recombineLab(image, ab, { alphaFrom: image, exact: true });
    recombineLab(image, ab, { alphaFrom: image, out, rowStart: 0, rowEnd: 20, exact: true });
    recombineLab(image, ab, { alphaFrom: image, out, rowStart: 20, rowEnd: 37, exact: true });
    expect(out.data).toEqual(exact.data);
  });

  it('refuses inconsistent inputs with coded errors', () => {
    const image = photo(4, 4, 1, false, false);
    const ab = chroma(2, 2, 1);
    const code = (code: string) => expect.objectContaining({ code });
    expect(() => recombineLab(image, { ...ab, channels: 3, data: new Float32Array(12) })).toThrow(
      code('IMAGE_BAD_CHANNELS'),
    );
    expect(() =>
      recombineLab({ width: 4, height: 4, channels: 2, data: new Float32Array(32) }, ab),
    ).toThrow(code('IMAGE_BAD_CHANNELS'));
    expect(() => recombineLab(image, ab, { alphaFrom: photo(3, 4, 1, false, false) })).toThrow(
      code('IMAGE_SIZE_MISMATCH'),
    );
    expect(() => recombineLab(image, ab, { rowStart: 2, rowEnd: 5 })).toThrow(
      code('RESIZE_BAD_SIZE'),
    );
    expect(
      recombineLab({ width: 0, height: 0, data: new Uint8ClampedArray(0) }, ab).data.length,
    ).toBe(0);
  });
});
