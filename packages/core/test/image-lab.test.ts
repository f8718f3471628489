import { describe, expect, it } from 'vitest';
import {
  createImageBuffer,
  KlasLabError,
  labToRgba,
  rgbaToLab,
  rgbaToLightness,
  srgbToLab,
} from '../src/index.js';

describe('rgbaToLab / labToRgba', () => {
  it('round-trips all 16,777,216 8-bit sRGB colours exactly', () => {
    // One 4096×256 image per red value would be 256 images; instead one image of 65,536 colours
    // (all green × blue) reused for each red value, with the Lab buffer reused too.
    const image = createImageBuffer(256, 256);
    const { data } = image;
    let lab: ReturnType<typeof rgbaToLab> | undefined;
    let back: ReturnType<typeof labToRgba> | undefined;
    let mismatches = 0;
    for (let r = 0; r < 256; r++) {
      for (let i = 0, g = 0; g < 256; g++) {
        for (let b = 0; b < 256; b++, i += 4) {
          data[i] = r;
          data[i + 1] = g;
          data[i + 2] = b;
          data[i + 3] = 255;
        }
      }
      lab = rgbaToLab(image, lab);
      back = labToRgba(lab, back ? { out: back } : {});
      const out = back.data;
      for (let i = 0; i < data.length; i++) if (out[i] !== data[i]) mismatches++;
    }
    expect(mismatches).toBe(0);
  }, 120_000); // a few seconds alone; generous for a loaded CI machine

  it('agrees with the single-colour conversion to float32 precision', () => {
    const image = {
      width: 3,
      height: 1,
      data: new Uint8ClampedArray([255, 0, 0, 255, 12, 200, 99, 255, 0, 0, 0, 0]),
    };
    const lab = rgbaToLab(image);
    const expected = [
      srgbToLab(1, 0, 0),
      srgbToLab(12 / 255, 200 / 255, 99 / 255),
      srgbToLab(0, 0, 0),
    ];
    expected.forEach(([l, a, b], p) => {
      expect(lab.data[p]).toBeCloseTo(l, 4);
      expect(lab.data[3 + p]).toBeCloseTo(a, 4);
      expect(lab.data[6 + p]).toBeCloseTo(b, 4);
    });
  });

  it('reuses the output buffer when its shape fits, and replaces it when not', () => {
    const image = createImageBuffer(4, 2);
    const first = rgbaToLab(image);
    expect(rgbaToLab(image, first)).toBe(first);
    expect(rgbaToLab(createImageBuffer(2, 2), first)).not.toBe(first);
  });

  it('lightness alone matches the L* plane of the full conversion', () => {
    const image = createImageBuffer(16, 16);
    for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 37) % 256;
    const lab = rgbaToLab(image);
    const l = rgbaToLightness(image);
    for (let p = 0; p < 256; p++) expect(l.data[p]).toBeCloseTo(lab.data[p]!, 4);
  });

  it('copies alpha when asked and clamps out-of-gamut colours', () => {
    const src = { width: 1, height: 1, data: new Uint8ClampedArray([10, 20, 30, 77]) };
    const lab = rgbaToLab(src);
    expect(Array.from(labToRgba(lab, { alphaFrom: src }).data)).toEqual([10, 20, 30, 77]);
    // Brighter than white, darker than black, and a saturated red beyond the gamut.
    const wild = {
      width: 3,
      height: 1,
      channels: 3,
      data: new Float32Array([120, -10, 50, 0, 0, 120, 0, 0, 0]),
    };
    const rgba = Array.from(labToRgba(wild).data);
    expect(rgba.slice(0, 8)).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
    expect(rgba[8]).toBe(255); // red clipped at the top of the range
    expect(rgba[9]).toBe(0); // green clipped at the bottom
    expect(rgba[11]).toBe(255);
  });

  it('refuses inconsistent buffers with coded errors', () => {
    const bad = { width: 2, height: 2, data: new Uint8ClampedArray(3) };
    expect(() => rgbaToLab(bad)).toThrowError(
      expect.objectContaining({ code: 'IMAGE_SIZE_MISMATCH' }),
    );
    expect(() => rgbaToLab({ width: 1, height: 1, data: [1, 2, 3, 4] } as never)).toThrow(
      KlasLabError,
    );
    const lab = { width: 1, height: 1, channels: 1, data: new Float32Array(1) };
    expect(() => labToRgba(lab)).toThrowError(
      expect.objectContaining({ code: 'IMAGE_BAD_CHANNELS' }),
    );
  });

  it('handles empty images', () => {
    const lab = rgbaToLab(createImageBuffer(0, 0));
    expect(lab.data.length).toBe(0);
    expect(labToRgba(lab).data.length).toBe(0);
  });
});
