import { KlasLabError } from '../errors/klaslab-error.js';
import {
  assertImageBuffer,
  assertPlanarImage,
  type ImageBuffer,
  type PlanarImage,
  reusePlanarImage,
} from '../image/image-buffer.js';
import { areaWeights, bilinearAxis, bilinearRow } from '../resize/resize.js';
import { EPSILON, KAPPA, lightnessFromY } from './cielab.js';
import { LINEAR_SRGB_TO_XYZ as M, XYZ_TO_LINEAR_SRGB as N } from './rgb-matrix.js';
import { BUCKET_START, BUCKETS, SRGB8_THRESHOLDS, SRGB8_TO_LINEAR } from './srgb-transfer.js';
import { D65 } from './white-point.js';

const [XN, YN, ZN] = D65;

/** L* of the 256 grey levels (R = G = B), by the exact expression of `rgbaToLightness`. */
export const GREY_LIGHTNESS: Float32Array = (() => {
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) {
    const y = M[3] * SRGB8_TO_LINEAR[v]! + M[4] * SRGB8_TO_LINEAR[v]! + M[5] * SRGB8_TO_LINEAR[v]!;
    table[v] = lightnessFromY(y / YN);
  }
  return table;
})();

// For grey pixels, the f(Y) and Y that labToRgba would derive from the table's L*.
const GREY_FY = Float64Array.from(GREY_LIGHTNESS, (l) => (l + 16) * (1 / 116));
const GREY_Y = Float64Array.from(GREY_LIGHTNESS, (l, v) =>
  l > KAPPA * EPSILON ? GREY_FY[v]! * GREY_FY[v]! * GREY_FY[v]! : l * (1 / KAPPA),
);

/**
 * @internal L* of `count` RGBA pixels starting at byte `i0`, into `out[o0…]` (float32): grey pixels
 * (R = G = B, what a colorizer mostly sees) are one lookup in {@link GREY_LIGHTNESS}, others the
 * full expression. Bit-identical to `rgbaToLightness`.
 */
export function lightnessRun(
  data: Uint8ClampedArray,
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
  const data = image.data;
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

export interface RecombineLabOptions {
  /** Reuse this RGBA buffer when its size fits (required to fill it in strips). */
  out?: ImageBuffer;
  /** Copy alpha from this image (same size); otherwise alpha is 255. */
  alphaFrom?: ImageBuffer;
  /** First output row to compute (default 0): with `rowEnd`, lets workers share one image. */
  rowStart?: number;
  /** One past the last output row to compute (default: the height). */
  rowEnd?: number;
}

function isPlanar(value: PlanarImage | ImageBuffer): value is PlanarImage {
  return 'channels' in value;
}

/**
 * Recombines a full-resolution lightness with low-resolution chroma into 8-bit RGBA: the a*, b*
 * planes are upsampled bilinearly to the lightness's size and converted with its L* to sRGB. The
 * same numbers as `labToRgba` of `[L*, resizeBilinear(ab, width, height)]`, without the
 * full-resolution float planes (80 MB more for a 12 MP photo) and in one pass over the pixels.
 *
 * `lightness` is either a one-channel L* plane or an RGBA image whose own L* is kept (the colorizer's
 * case: the original photo), read row by row (grey pixels by table lookup).
 * `rowStart`/`rowEnd` compute a strip of rows into `out`, so workers can share one output.
 *
 * @example
 * ```ts
 * const grey = { width: 4, height: 4, data: new Uint8ClampedArray(64).fill(128) };
 * const ab = { width: 1, height: 1, channels: 2, data: new Float32Array([40, 30]) };
 * recombineLab(grey, ab, { alphaFrom: grey }).data; // every pixel [201, 97, 79, 128] (L* ≈ 53.59)
 * ```
 */
export function recombineLab(
  lightness: PlanarImage | ImageBuffer,
  ab: PlanarImage,
  options: RecombineLabOptions = {},
): ImageBuffer {
  const planar = isPlanar(lightness);
  if (planar) {
    assertPlanarImage(lightness, 'lightness');
    if (lightness.channels !== 1) {
      throw new KlasLabError(
        'IMAGE_BAD_CHANNELS',
        `The lightness has 1 channel (got ${lightness.channels}).`,
        { details: { channels: lightness.channels } },
      );
    }
  } else {
    assertImageBuffer(lightness);
  }
  assertPlanarImage(ab, 'chroma (a*, b*)');
  if (ab.channels !== 2) {
    throw new KlasLabError(
      'IMAGE_BAD_CHANNELS',
      `The chroma has 2 channels (got ${ab.channels}).`,
      {
        details: { channels: ab.channels },
      },
    );
  }
  const { width, height } = lightness;
  const { out, alphaFrom } = options;
  if (alphaFrom && (alphaFrom.width !== width || alphaFrom.height !== height)) {
    throw new KlasLabError(
      'IMAGE_SIZE_MISMATCH',
      'The alpha source must have the same size as the lightness.',
      { details: { width, height, alphaWidth: alphaFrom.width, alphaHeight: alphaFrom.height } },
    );
  }
  const image =
    out && out.width === width && out.height === height
      ? out
      : { width, height, data: new Uint8ClampedArray(width * height * 4) };
  const rowStart = options.rowStart ?? 0;
  const rowEnd = options.rowEnd ?? height;
  if (
    !Number.isInteger(rowStart) ||
    !Number.isInteger(rowEnd) ||
    rowStart < 0 ||
    rowEnd > height ||
    rowStart > rowEnd
  ) {
    throw new KlasLabError(
      'RESIZE_BAD_SIZE',
      `Rows ${rowStart}…${rowEnd} are not within the image's ${height} rows.`,
      { details: { rowStart, rowEnd, height } },
    );
  }
  if (width === 0 || rowStart === rowEnd) return image;
  if (ab.width < 1 || ab.height < 1) {
    throw new KlasLabError(
      'RESIZE_EMPTY_SOURCE',
      `Cannot resize an empty ${ab.width}×${ab.height} image.`,
      { details: { width: ab.width, height: ab.height } },
    );
  }
  const sw = ab.width;
  const sh = ab.height;
  const plane = sw * sh;
  const s = ab.data;
  const { x0, x1, wx } = bilinearAxis(sw, width);
  // As resizeBilinear: when enlarging, blend the two source rows once per output row.
  const blendRows = sw <= 2 * width;
  const rowA = new Float32Array(sw);
  const rowB = new Float32Array(sw);
  // The upsampled chroma and the L* of one output row, in float32 as the planes would hold them.
  const lineA = new Float32Array(width);
  const lineB = new Float32Array(width);
  const src = planar ? lightness.data : new Float32Array(0);
  const rgba = planar ? undefined : lightness.data;
  const one = new Float32Array(1);
  const greyFy = GREY_FY;
  const greyY = GREY_Y;
  const starts = BUCKET_START;
  const thresholds = SRGB8_THRESHOLDS;
  const dst = image.data;
  const alpha = alphaFrom?.data;
  const kappaEpsilon = KAPPA * EPSILON;
  const inv116 = 1 / 116;
  const invKappa = 1 / KAPPA;
  const m0 = N[0] * XN,
    m1 = N[1] * YN,
    m2 = N[2] * ZN;
  const m3 = N[3] * XN,
    m4 = N[4] * YN,
    m5 = N[5] * ZN;
  const m6 = N[6] * XN,
    m7 = N[7] * YN,
    m8 = N[8] * ZN;
  for (let y = rowStart; y < rowEnd; y++) {
    const [j0, j1, fy] = bilinearRow(y, sh, height);
    if (blendRows) {
      const a0 = j0 * sw;
      const a1 = j1 * sw;
      const b0 = plane + a0;
      const b1 = plane + a1;
      for (let k = 0; k < sw; k++) {
        rowA[k] = s[a0 + k]! + (s[a1 + k]! - s[a0 + k]!) * fy;
        rowB[k] = s[b0 + k]! + (s[b1 + k]! - s[b0 + k]!) * fy;
      }
      for (let x = 0; x < width; x++) {
        const i = x0[x]!;
        const j = x1[x]!;
        const w = wx[x]!;
        const a = rowA[i]!;
        const b = rowB[i]!;
        lineA[x] = a + (rowA[j]! - a) * w;
        lineB[x] = b + (rowB[j]! - b) * w;
      }
    } else {
      for (let c = 0; c < 2; c++) {
        const row0 = c * plane + j0 * sw;
        const row1 = c * plane + j1 * sw;
        const line = c === 0 ? lineA : lineB;
        for (let x = 0; x < width; x++) {
          const i = x0[x]!;
          const j = x1[x]!;
          const w = wx[x]!;
          const top = s[row0 + i]! + (s[row0 + j]! - s[row0 + i]!) * w;
          const bottom = s[row1 + i]! + (s[row1 + j]! - s[row1 + i]!) * w;
          line[x] = top + (bottom - top) * fy;
        }
      }
    }
    const o = y * width;
    for (let x = 0, i = o * 4; x < width; x++, i += 4) {
      let fyl: number;
      let Y: number;
      if (rgba) {
        const r = rgba[i]!;
        if (r === rgba[i + 1] && r === rgba[i + 2]) {
          fyl = greyFy[r]!;
          Y = greyY[r]!;
        } else {
          lightnessRun(rgba, i, 1, one, 0);
          const l = one[0]!;
          fyl = (l + 16) * inv116;
          Y = l > kappaEpsilon ? fyl * fyl * fyl : l * invKappa;
        }
      } else {
        const l = src[o + x]!;
        fyl = (l + 16) * inv116;
        Y = l > kappaEpsilon ? fyl * fyl * fyl : l * invKappa;
      }
      const fx = fyl + lineA[x]! * 0.002;
      const fz = fyl - lineB[x]! * 0.005;
      const fx3 = fx * fx * fx;
      const fz3 = fz * fz * fz;
      const X = fx3 > EPSILON ? fx3 : (116 * fx - 16) * invKappa;
      const Z = fz3 > EPSILON ? fz3 : (116 * fz - 16) * invKappa;
      // linearToSrgb8, inlined: a bucket lookup, then a short search in the thresholds.
      const vr = m0 * X + m1 * Y + m2 * Z;
      const vg = m3 * X + m4 * Y + m5 * Z;
      const vb = m6 * X + m7 * Y + m8 * Z;
      let cr = 0;
      if (vr >= 1) cr = 255;
      else if (vr > 0) {
        cr = starts[(vr * BUCKETS) | 0]!;
        while (thresholds[cr]! <= vr) cr++;
      }
      let cg = 0;
      if (vg >= 1) cg = 255;
      else if (vg > 0) {
        cg = starts[(vg * BUCKETS) | 0]!;
        while (thresholds[cg]! <= vg) cg++;
      }
      let cb = 0;
      if (vb >= 1) cb = 255;
      else if (vb > 0) {
        cb = starts[(vb * BUCKETS) | 0]!;
        while (thresholds[cb]! <= vb) cb++;
      }
      dst[i] = cr;
      dst[i + 1] = cg;
      dst[i + 2] = cb;
      dst[i + 3] = alpha ? alpha[i + 3]! : 255;
    }
  }
  return image;
}
