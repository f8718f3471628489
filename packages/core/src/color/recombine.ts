import { KlasLabError } from '../errors/klaslab-error.js';
import {
  assertImageBuffer,
  assertPlanarImage,
  type ImageBuffer,
  type PlanarImage,
  rowBand,
} from '../image/image-buffer.js';
import { bilinearAxis, bilinearRow } from '../resize/resize.js';
import { EPSILON, KAPPA } from './cielab.js';
import { GREY_LIGHTNESS } from './grey-lightness.js';
import { lightnessRun } from './lightness.js';
import { XYZ_TO_LINEAR_SRGB as N } from './rgb-matrix.js';
import { type PhotoKernels, photoKernels } from './simd/photo-kernels.js';
import { BUCKET_START, BUCKETS, SRGB8_THRESHOLDS } from './srgb-transfer.js';
import { D65 } from './white-point.js';

const [XN, YN, ZN] = D65;

// For grey pixels, the f(Y) and Y that labToRgba would derive from the table's L*.
const GREY_FY = Float64Array.from(GREY_LIGHTNESS, (l) => (l + 16) * (1 / 116));
const GREY_Y = Float64Array.from(GREY_LIGHTNESS, (l, v) =>
  l > KAPPA * EPSILON ? GREY_FY[v]! * GREY_FY[v]! * GREY_FY[v]! : l * (1 / KAPPA),
);

export interface RecombineLabOptions {
  /** Reuse this RGBA buffer when its size fits (required to fill it in strips). */
  out?: ImageBuffer;
  /** Copy alpha from this image (same size); otherwise alpha is 255. */
  alphaFrom?: ImageBuffer;
  /** First output row to compute (default 0): with `rowEnd`, lets workers share one image. */
  rowStart?: number;
  /** One past the last output row to compute (default: the height). */
  rowEnd?: number;
  /**
   * Use the float64 JavaScript kernel, whose codes are the correctly rounded ones, everywhere.
   * By default an RGBA lightness (a photo) goes through a WebAssembly SIMD kernel where the
   * runtime has one: float32, several times faster, and at most one code value away (only for
   * values within float32 rounding of a code boundary). Results of either kernel are the same on
   * every runtime.
   */
  exact?: boolean;
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
  const [rowStart, rowEnd] = rowBand(options, height);
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
  // One output row at a time: the upsampled chroma (float32, as the planes would hold it), then
  // f(Y) and Y of the lightness, then the shared Lab → sRGB kernel.
  // The chroma is constant between two source columns: x0 changes at the end of each run.
  const runEnd = new Int32Array(width);
  for (let x = width - 1; x >= 0; x--) {
    runEnd[x] = x + 1 < width && x0[x + 1] === x0[x] ? runEnd[x + 1]! : x + 1;
  }
  // Plain byte views: stores into a Uint8ClampedArray clamp, which costs time the kernels do not
  // need (their codes are already 0…255).
  const bytes = (data: Uint8ClampedArray) =>
    new Uint8Array(data.buffer, data.byteOffset, data.length);
  const rgba = planar ? undefined : bytes(lightness.data);
  const alpha = alphaFrom ? bytes(alphaFrom.data) : undefined;
  const dst = bytes(image.data);
  const kernel = rgba && blendRows && !options.exact ? photoKernels() : null;
  if (kernel) {
    recombineWithKernel(
      kernel,
      rgba!,
      ab,
      x0,
      x1,
      wx,
      runEnd,
      dst,
      width,
      height,
      rowStart,
      rowEnd,
    );
    if (!alphaFrom || alphaFrom.data !== lightness.data) {
      for (let y = rowStart; y < rowEnd; y++) writeAlpha(alpha, dst, y * width * 4, width);
    }
    return image;
  }
  const lineA = new Float32Array(width);
  const lineB = new Float32Array(width);
  const fyRow = new Float64Array(width);
  const yRow = new Float64Array(width);
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
      upsampleRuns(rowA, rowB, x0, x1, wx, runEnd, lineA, lineB, width);
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
    const i0 = y * width * 4;
    if (rgba) rgbaLightnessRow(rgba, i0, width, fyRow, yRow);
    else planeLightnessRow(lightness.data as Float32Array, y * width, width, fyRow, yRow);
    labRowToSrgb8(fyRow, yRow, lineA, lineB, dst, i0, width);
    writeAlpha(alpha, dst, i0, width);
  }
  return image;
}

/**
 * One row of bilinearly upsampled chroma from the two blended source rows, run by run of output
 * pixels between the same two source columns (the same numbers as per-pixel interpolation).
 */
function upsampleRuns(
  rowA: Float32Array,
  rowB: Float32Array,
  x0: Int32Array,
  x1: Int32Array,
  wx: Float32Array,
  runEnd: Int32Array,
  lineA: Float32Array,
  lineB: Float32Array,
  width: number,
): void {
  for (let x = 0; x < width; ) {
    const a = rowA[x0[x]!]!;
    const b = rowB[x0[x]!]!;
    const da = rowA[x1[x]!]! - a;
    const db = rowB[x1[x]!]! - b;
    for (const end = runEnd[x]!; x < end; x++) {
      const w = wx[x]!;
      lineA[x] = a + da * w;
      lineB[x] = b + db * w;
    }
  }
}

/**
 * The rows of `recombineLab` through the SIMD kernel. It blends the chroma in the other order
 * (across, then down), so each source row of the chroma map is upsampled once into a slot and
 * reused for every output row between it and the next.
 */
function recombineWithKernel(
  kernels: PhotoKernels,
  rgba: Uint8Array,
  ab: PlanarImage,
  x0: Int32Array,
  x1: Int32Array,
  wx: Float32Array,
  runEnd: Int32Array,
  dst: Uint8Array,
  width: number,
  height: number,
  rowStart: number,
  rowEnd: number,
): void {
  const rows = kernels.recombineRows(width);
  const sw = ab.width;
  const plane = sw * ab.height;
  const s = ab.data;
  const held = [-1, -1];
  // The slot that holds source row j, filling the slot not holding `keep` when neither does.
  const slot = (j: number, keep: number): 0 | 1 => {
    if (held[0] === j) return 0;
    if (held[1] === j) return 1;
    const k = held[0] === keep ? 1 : 0;
    held[k] = j;
    const a = s.subarray(j * sw, (j + 1) * sw);
    const b = s.subarray(plane + j * sw, plane + (j + 1) * sw);
    upsampleRuns(a, b, x0, x1, wx, runEnd, rows.chromaA[k], rows.chromaB[k], width);
    return k;
  };
  for (let y = rowStart; y < rowEnd; y++) {
    const [j0, j1, fy] = bilinearRow(y, ab.height, height);
    const top = slot(j0, j1);
    const bottom = slot(j1, j0);
    const i0 = y * width * 4;
    rows.src.set(rgba.subarray(i0, i0 + 4 * width));
    rows.run(top, bottom, fy);
    dst.set(rows.dst.subarray(0, 4 * width), i0);
  }
}

/** Alpha of one row: copied from `alpha` (RGBA, same layout), or opaque. */
function writeAlpha(alpha: Uint8Array | undefined, dst: Uint8Array, i0: number, width: number) {
  const end = i0 + 4 * width;
  if (alpha) for (let i = i0 + 3; i < end; i += 4) dst[i] = alpha[i]!;
  else for (let i = i0 + 3; i < end; i += 4) dst[i] = 255;
}

// The row kernels below are split by job (read the lightness; convert), which keeps each loop free
// of branches that do not depend on the pixel: that, and every table and constant in a local
// (module-level bindings are reloaded on each use in a hot loop), made recombination about 3×
// faster than one loop that did it all.

/** f(Y) = (L* + 16) / 116 and Y of `width` RGBA pixels from byte `i0`; grey pixels by lookup. */
function rgbaLightnessRow(
  rgba: Uint8Array,
  i0: number,
  width: number,
  fyRow: Float64Array,
  yRow: Float64Array,
): void {
  const greyFy = GREY_FY;
  const greyY = GREY_Y;
  const one = ONE;
  for (let x = 0, i = i0; x < width; x++, i += 4) {
    const r = rgba[i]!;
    if (r === rgba[i + 1] && r === rgba[i + 2]) {
      fyRow[x] = greyFy[r]!;
      yRow[x] = greyY[r]!;
    } else {
      lightnessRun(rgba, i, 1, one, 0);
      fyFromLightness(one[0]!, fyRow, yRow, x);
    }
  }
}

/** f(Y) and Y of `width` L* values from `o` of a plane. */
function planeLightnessRow(
  src: Float32Array,
  o: number,
  width: number,
  fyRow: Float64Array,
  yRow: Float64Array,
): void {
  for (let x = 0; x < width; x++) fyFromLightness(src[o + x]!, fyRow, yRow, x);
}

const ONE = new Float32Array(1);

function fyFromLightness(l: number, fyRow: Float64Array, yRow: Float64Array, x: number): void {
  const fy = (l + 16) * (1 / 116);
  fyRow[x] = fy;
  yRow[x] = l > KAPPA * EPSILON ? fy * fy * fy : l * (1 / KAPPA);
}

/**
 * Lab → 8-bit sRGB for one row: f(Y) and Y from the lightness, a* and b* from the chroma lines,
 * R, G, B into `dst` from byte `i0` (alpha untouched). `labToSrgb` and `linearToSrgb8`, inlined.
 */
function labRowToSrgb8(
  fyRow: Float64Array,
  yRow: Float64Array,
  lineA: Float32Array,
  lineB: Float32Array,
  dst: Uint8Array,
  i0: number,
  width: number,
): void {
  const starts = BUCKET_START;
  const thresholds = SRGB8_THRESHOLDS;
  const buckets = BUCKETS;
  const epsilon = EPSILON;
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
  for (let x = 0, i = i0; x < width; x++, i += 4) {
    const fyl = fyRow[x]!;
    const Y = yRow[x]!;
    const fx = fyl + lineA[x]! * 0.002;
    const fz = fyl - lineB[x]! * 0.005;
    const fx3 = fx * fx * fx;
    const fz3 = fz * fz * fz;
    const X = fx3 > epsilon ? fx3 : (116 * fx - 16) * invKappa;
    const Z = fz3 > epsilon ? fz3 : (116 * fz - 16) * invKappa;
    const vr = m0 * X + m1 * Y + m2 * Z;
    const vg = m3 * X + m4 * Y + m5 * Z;
    const vb = m6 * X + m7 * Y + m8 * Z;
    // The code at the start of the value's bucket, plus one if the bucket's only threshold lies
    // below the value: adding the comparison as a number keeps an unpredictable branch out.
    let cr = 0;
    if (vr >= 1) cr = 255;
    else if (vr > 0) {
      cr = starts[(vr * buckets) | 0]!;
      cr += +(thresholds[cr]! <= vr);
    }
    let cg = 0;
    if (vg >= 1) cg = 255;
    else if (vg > 0) {
      cg = starts[(vg * buckets) | 0]!;
      cg += +(thresholds[cg]! <= vg);
    }
    let cb = 0;
    if (vb >= 1) cb = 255;
    else if (vb > 0) {
      cb = starts[(vb * buckets) | 0]!;
      cb += +(thresholds[cb]! <= vb);
    }
    dst[i] = cr;
    dst[i + 1] = cg;
    dst[i + 2] = cb;
  }
}
