import { KlasLabError } from '../errors/klaslab-error.js';
import { assertPlanarImage, type PlanarImage, reusePlanarImage } from '../image/image-buffer.js';

function checkTarget(src: PlanarImage, width: number, height: number): void {
  assertPlanarImage(src, 'source image');
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new KlasLabError(
      'RESIZE_BAD_SIZE',
      `Cannot resize to ${width}×${height}: the size must be at least 1×1.`,
      {
        details: { width, height },
      },
    );
  }
  if (src.width < 1 || src.height < 1) {
    throw new KlasLabError(
      'RESIZE_EMPTY_SOURCE',
      `Cannot resize an empty ${src.width}×${src.height} image.`,
      {
        details: { width: src.width, height: src.height },
      },
    );
  }
}

/** Bilinear weights along one axis (half-pixel centres, clamped edges): shared with recombineLab. */
export interface BilinearAxis {
  x0: Int32Array;
  x1: Int32Array;
  wx: Float32Array;
}

/** @internal Source indices and weights for each of `dstSize` outputs resampled from `srcSize`. */
export function bilinearAxis(srcSize: number, dstSize: number): BilinearAxis {
  const x0 = new Int32Array(dstSize);
  const x1 = new Int32Array(dstSize);
  const wx = new Float32Array(dstSize);
  const scale = srcSize / dstSize;
  for (let x = 0; x < dstSize; x++) {
    const sx = Math.min(Math.max((x + 0.5) * scale - 0.5, 0), srcSize - 1);
    const i = Math.floor(sx);
    x0[x] = i;
    x1[x] = Math.min(i + 1, srcSize - 1);
    wx[x] = sx - i;
  }
  return { x0, x1, wx };
}

/** @internal The source row pair and weight of output row `y` (same maths as the columns). */
export function bilinearRow(
  y: number,
  srcSize: number,
  dstSize: number,
): [j0: number, j1: number, fy: number] {
  const sy = Math.min(Math.max((y + 0.5) * (srcSize / dstSize) - 0.5, 0), srcSize - 1);
  const j = Math.floor(sy);
  return [j, Math.min(j + 1, srcSize - 1), sy - j];
}

/**
 * One value of {@link resizeBilinear}'s output without computing the rest: channel `channel` of
 * `src` at pixel (x, y) of its bilinear resampling to `width`×`height` (the same weights, so the
 * same colour `recombineLab` upsamples there, to float32 rounding).
 */
export function sampleBilinear(
  src: PlanarImage,
  channel: number,
  x: number,
  y: number,
  width: number,
  height: number,
): number {
  const [i0, i1, fx] = bilinearRow(x, src.width, width);
  const [j0, j1, fy] = bilinearRow(y, src.height, height);
  const base = channel * src.width * src.height;
  const d = src.data;
  const top = d[base + j0 * src.width + i0]! * (1 - fx) + d[base + j0 * src.width + i1]! * fx;
  const bottom = d[base + j1 * src.width + i0]! * (1 - fx) + d[base + j1 * src.width + i1]! * fx;
  return top * (1 - fy) + bottom * fy;
}

/**
 * Bilinear resampling of every channel, with pixel centres at half-integers ("align corners off",
 * as in PyTorch's `interpolate(..., align_corners=False)` and OpenCV's `INTER_LINEAR`): edge
 * pixels are clamped, so the border never fades to black. Best for enlarging and mild shrinking;
 * for strong shrinking use {@link resizeArea}, which does not alias.
 *
 * @example
 * ```ts
 * const src = { width: 2, height: 1, channels: 1, data: new Float32Array([0, 1]) };
 * resizeBilinear(src, 4, 1).data; // [0, 0.25, 0.75, 1]
 * ```
 */
export function resizeBilinear(
  src: PlanarImage,
  width: number,
  height: number,
  out?: PlanarImage,
): PlanarImage {
  checkTarget(src, width, height);
  const dst = reusePlanarImage(out, width, height, src.channels);
  const sw = src.width;
  const sh = src.height;
  // Per-column source indices and weights, computed once for all channels.
  const { x0, x1, wx } = bilinearAxis(sw, width);
  const scaleY = sh / height;
  const srcPlane = sw * sh;
  const dstPlane = width * height;
  const s = src.data;
  const d = dst.data;
  // When enlarging (the common case: model output back to photo size), blend the two source rows
  // once per output row, then interpolate along it: one lerp per output pixel instead of three.
  const blendRows = sw <= 2 * width;
  const row = blendRows ? new Float32Array(sw) : undefined;
  for (let c = 0; c < src.channels; c++) {
    const sBase = c * srcPlane;
    const dBase = c * dstPlane;
    for (let y = 0; y < height; y++) {
      const sy = Math.min(Math.max((y + 0.5) * scaleY - 0.5, 0), sh - 1);
      const j = Math.floor(sy);
      const fy = sy - j;
      const row0 = sBase + j * sw;
      const row1 = sBase + Math.min(j + 1, sh - 1) * sw;
      const o = dBase + y * width;
      if (row) {
        for (let k = 0; k < sw; k++) row[k] = s[row0 + k]! + (s[row1 + k]! - s[row0 + k]!) * fy;
        for (let x = 0; x < width; x++) {
          const a = row[x0[x]!]!;
          d[o + x] = a + (row[x1[x]!]! - a) * wx[x]!;
        }
        continue;
      }
      for (let x = 0; x < width; x++) {
        const a = x0[x]!;
        const b = x1[x]!;
        const fx = wx[x]!;
        const top = s[row0 + a]! + (s[row0 + b]! - s[row0 + a]!) * fx;
        const bottom = s[row1 + a]! + (s[row1 + b]! - s[row1 + a]!) * fx;
        d[o + x] = top + (bottom - top) * fy;
      }
    }
  }
  return dst;
}

/** @internal */
export interface AxisWeights {
  /** For output index i, source indices start[i] … start[i] + count[i] - 1. */
  start: Int32Array;
  count: Int32Array;
  /** Flattened weights, `offset[i]` marks where output i's weights begin. */
  offset: Int32Array;
  weights: Float32Array;
}

/** Box-filter weights along one axis: each output pixel averages the source span it covers. */
export function areaWeights(srcSize: number, dstSize: number): AxisWeights {
  const scale = srcSize / dstSize;
  const start = new Int32Array(dstSize);
  const count = new Int32Array(dstSize);
  const offset = new Int32Array(dstSize);
  const weights: number[] = [];
  for (let i = 0; i < dstSize; i++) {
    const lo = i * scale;
    const hi = Math.min((i + 1) * scale, srcSize);
    const first = Math.floor(lo);
    const last = Math.min(Math.ceil(hi) - 1, srcSize - 1);
    start[i] = first;
    count[i] = last - first + 1;
    offset[i] = weights.length;
    for (let k = first; k <= last; k++) {
      const overlap = Math.min(hi, k + 1) - Math.max(lo, k);
      weights.push(overlap / (hi - lo));
    }
  }
  return { start, count, offset, weights: Float32Array.from(weights) };
}

/**
 * Area (box) resampling of every channel: each output pixel is the coverage-weighted mean of the
 * source pixels under it. Shrinking keeps the mean of every block exactly (no aliasing), and when
 * the factor is an integer it is a plain block average. Enlarging repeats pixels, blending only
 * where an output pixel straddles two source pixels.
 *
 * @example
 * ```ts
 * const src = { width: 4, height: 1, channels: 1, data: new Float32Array([0, 2, 4, 6]) };
 * resizeArea(src, 2, 1).data; // [1, 5]
 * ```
 */
export function resizeArea(
  src: PlanarImage,
  width: number,
  height: number,
  out?: PlanarImage,
): PlanarImage {
  checkTarget(src, width, height);
  const dst = reusePlanarImage(out, width, height, src.channels);
  const sw = src.width;
  const sh = src.height;
  const wx = areaWeights(sw, width);
  const wy = areaWeights(sh, height);
  // Separable: resize rows first (sh × width), then columns.
  const tmp = new Float32Array(sh * width);
  const s = src.data;
  const d = dst.data;
  for (let c = 0; c < src.channels; c++) {
    const sBase = c * sw * sh;
    for (let y = 0; y < sh; y++) {
      const row = sBase + y * sw;
      for (let x = 0; x < width; x++) {
        let acc = 0;
        const first = row + wx.start[x]!;
        const w0 = wx.offset[x]!;
        for (let k = 0, n = wx.count[x]!; k < n; k++) acc += s[first + k]! * wx.weights[w0 + k]!;
        tmp[y * width + x] = acc;
      }
    }
    const dBase = c * width * height;
    for (let y = 0; y < height; y++) {
      const first = wy.start[y]!;
      const w0 = wy.offset[y]!;
      const n = wy.count[y]!;
      const o = dBase + y * width;
      for (let x = 0; x < width; x++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += tmp[(first + k) * width + x]! * wy.weights[w0 + k]!;
        d[o + x] = acc;
      }
    }
  }
  return dst;
}
