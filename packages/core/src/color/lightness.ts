import { KlasLabError } from '../errors/klaslab-error.js';
import {
  assertImageBuffer,
  type ImageBuffer,
  type PlanarImage,
  reusePlanarImage,
} from '../image/image-buffer.js';
import { areaWeights } from '../resize/resize.js';
import { lightnessFromY } from './cielab.js';
import { LINEAR_SRGB_TO_XYZ as M } from './rgb-matrix.js';
import { SRGB8_TO_LINEAR } from './srgb-transfer.js';
import { D65 } from './white-point.js';

const YN = D65[1];

/** L* of the 256 grey levels (R = G = B), by the exact expression of `rgbaToLightness`. */
export const GREY_LIGHTNESS: Float32Array = (() => {
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) {
    const y = M[3] * SRGB8_TO_LINEAR[v]! + M[4] * SRGB8_TO_LINEAR[v]! + M[5] * SRGB8_TO_LINEAR[v]!;
    table[v] = lightnessFromY(y / YN);
  }
  return table;
})();

/**
 * @internal L* of `count` RGBA pixels starting at byte `i0`, into `out[o0…]` (float32): grey pixels
 * (R = G = B, what a colorizer mostly sees) are one lookup in {@link GREY_LIGHTNESS}, others the
 * full expression. Bit-identical to `rgbaToLightness`.
 */
export function lightnessRun(
  data: Uint8Array,
  i0: number,
  count: number,
  out: Float32Array,
  o0: number,
): void {
  const grey = GREY_LIGHTNESS;
  const lin = SRGB8_TO_LINEAR;
  const m3 = M[3],
    m4 = M[4],
    m5 = M[5];
  for (let p = 0, i = i0; p < count; p++, i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    out[o0 + p] =
      r === g && r === b
        ? grey[r]!
        : lightnessFromY((m3 * lin[r]! + m4 * lin[g]! + m5 * lin[b]!) / YN);
  }
}

/**
 * The L* plane of an RGBA image, area-resampled to `width`×`height`: the same numbers as
 * `resizeArea(rgbaToLightness(image), width, height)`, without the full-resolution float plane
 * (a 12 MP photo's L* is 48 MB). What a colorization model's input is made from.
 *
 * @example
 * ```ts
 * const grey = { width: 2, height: 1, data: new Uint8ClampedArray([0, 0, 0, 255, 255, 255, 255, 255]) };
 * rgbaToLightnessArea(grey, 1, 1).data; // Float32Array [50] (the mean of L* 0 and 100)
 * ```
 */
export function rgbaToLightnessArea(
  image: ImageBuffer,
  width: number,
  height: number,
  out?: PlanarImage,
): PlanarImage {
  assertImageBuffer(image);
  const sw = image.width;
  const sh = image.height;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new KlasLabError(
      'RESIZE_BAD_SIZE',
      `Cannot resize to ${width}×${height}: the size must be at least 1×1.`,
      { details: { width, height } },
    );
  }
  if (sw < 1 || sh < 1) {
    throw new KlasLabError('RESIZE_EMPTY_SOURCE', `Cannot resize an empty ${sw}×${sh} image.`, {
      details: { width: sw, height: sh },
    });
  }
  const dst = reusePlanarImage(out, width, height, 1);
  const wx = areaWeights(sw, width);
  const wy = areaWeights(sh, height);
  const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.length);
  const row = new Float32Array(sw);
  const tmp = new Float32Array(sh * width);
  // Rows first (as resizeArea does), each from one row of L* computed on the fly.
  for (let y = 0; y < sh; y++) {
    lightnessRun(data, y * sw * 4, sw, row, 0);
    const o = y * width;
    for (let x = 0; x < width; x++) {
      let acc = 0;
      const first = wx.start[x]!;
      const w0 = wx.offset[x]!;
      for (let k = 0, n = wx.count[x]!; k < n; k++) acc += row[first + k]! * wx.weights[w0 + k]!;
      tmp[o + x] = acc;
    }
  }
  const d = dst.data;
  for (let y = 0; y < height; y++) {
    const first = wy.start[y]!;
    const w0 = wy.offset[y]!;
    const n = wy.count[y]!;
    const o = y * width;
    for (let x = 0; x < width; x++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += tmp[(first + k) * width + x]! * wy.weights[w0 + k]!;
      d[o + x] = acc;
    }
  }
  return dst;
}
