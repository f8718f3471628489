import { KlasLabError } from '../errors/klaslab-error.js';
import {
  assertImageBuffer,
  type ImageBuffer,
  type PlanarImage,
  reusePlanarImage,
  rowBand,
} from '../image/image-buffer.js';
import { type AxisWeights, areaWeights } from '../resize/resize.js';
import { lightnessFromY } from './cielab.js';
import { GREY_LIGHTNESS } from './grey-lightness.js';
import { LINEAR_SRGB_TO_XYZ as M } from './rgb-matrix.js';
import { type PhotoKernels, photoKernels } from './simd/photo-kernels.js';
import { SRGB8_TO_LINEAR } from './srgb-transfer.js';
import { D65 } from './white-point.js';

const YN = D65[1];

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

export interface LightnessAreaOptions {
  /** First output row to compute (default 0): with `rowEnd`, lets workers share one output. */
  rowStart?: number;
  /** One past the last output row to compute (default: the height). */
  rowEnd?: number;
  /**
   * Compute in float64 JavaScript, in the order of `resizeArea(rgbaToLightness(image))` (the
   * reference, bit for bit). By default a WebAssembly SIMD kernel runs where the runtime has one:
   * float32, down the rows first, within float32 rounding of the reference.
   */
  exact?: boolean;
}

/**
 * The L* plane of an RGBA image, area-resampled to `width`×`height`: the numbers of
 * `resizeArea(rgbaToLightness(image), width, height)` without the full-resolution float plane
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
  options: LightnessAreaOptions = {},
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
  const [rowStart, rowEnd] = rowBand(options, height);
  const dst = reusePlanarImage(out, width, height, 1);
  if (rowStart === rowEnd) return dst;
  const wx = areaWeights(sw, width);
  const wy = areaWeights(sh, height);
  const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.length);
  const kernels = options.exact ? null : photoKernels();
  if (kernels) lightnessDownFirst(kernels, data, sw, wx, wy, dst.data, rowStart, rowEnd);
  else lightnessAcrossFirst(data, sw, wx, wy, dst.data, rowStart, rowEnd);
  return dst;
}

/** The reference order, as resizeArea: each source row across, then the output rows down. */
function lightnessAcrossFirst(
  data: Uint8Array,
  sw: number,
  wx: AxisWeights,
  wy: AxisWeights,
  d: Float32Array,
  rowStart: number,
  rowEnd: number,
): void {
  const width = wx.start.length;
  const first = wy.start[rowStart]!;
  const last = wy.start[rowEnd - 1]! + wy.count[rowEnd - 1]!;
  const row = new Float32Array(sw);
  const tmp = new Float32Array((last - first) * width);
  for (let y = first; y < last; y++) {
    lightnessRun(data, y * sw * 4, sw, row, 0);
    const o = (y - first) * width;
    for (let x = 0; x < width; x++) {
      let acc = 0;
      const start = wx.start[x]!;
      const w0 = wx.offset[x]!;
      for (let k = 0, n = wx.count[x]!; k < n; k++) acc += row[start + k]! * wx.weights[w0 + k]!;
      tmp[o + x] = acc;
    }
  }
  for (let y = rowStart; y < rowEnd; y++) {
    const start = wy.start[y]! - first;
    const w0 = wy.offset[y]!;
    const n = wy.count[y]!;
    const o = y * width;
    for (let x = 0; x < width; x++) {
      let acc = 0;
      for (let k = 0; k < n; k++) acc += tmp[(start + k) * width + x]! * wy.weights[w0 + k]!;
      d[o + x] = acc;
    }
  }
}

/**
 * The SIMD order: for each output row, the weighted sum of its source rows' L* (contiguous, four
 * pixels at a time), then across. A source row shared by two output rows is converted once.
 */
function lightnessDownFirst(
  kernels: PhotoKernels,
  data: Uint8Array,
  sw: number,
  wx: AxisWeights,
  wy: AxisWeights,
  d: Float32Array,
  rowStart: number,
  rowEnd: number,
): void {
  const width = wx.start.length;
  const rows = kernels.lightnessRows(sw);
  const acc = rows.acc;
  let loaded = -1;
  for (let y = rowStart; y < rowEnd; y++) {
    acc.fill(0);
    const first = wy.start[y]!;
    const w0 = wy.offset[y]!;
    for (let k = 0, n = wy.count[y]!; k < n; k++) {
      const j = first + k;
      if (j !== loaded) rows.load(data.subarray(j * sw * 4, (j + 1) * sw * 4));
      loaded = j;
      rows.accumulate(wy.weights[w0 + k]!);
    }
    const o = y * width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      const start = wx.start[x]!;
      const x0 = wx.offset[x]!;
      for (let k = 0, n = wx.count[x]!; k < n; k++) sum += acc[start + k]! * wx.weights[x0 + k]!;
      d[o + x] = sum;
    }
  }
}
