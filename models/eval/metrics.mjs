// Image-quality metrics for the colorization evaluation (pure functions, no I/O). CIEDE2000 is
// @klaslab/core's (the one copy, tested there against Sharma et al. 2005), re-exported here.
import { deltaE2000 } from '@klaslab/core';

export { deltaE2000 };

// Images are interleaved 8-bit buffers (RGBA by default: `channels` colour channels are read,
// every `stride`-th value starts a pixel; alpha is ignored).

/**
 * Peak signal-to-noise ratio in dB over the colour channels (RGB), peak 255.
 * Identical images give Infinity.
 * @param {ArrayLike<number>} a @param {ArrayLike<number>} b
 * @param {{ stride?: number, channels?: number, peak?: number }} [options]
 * @returns {number}
 */
export function psnr(a, b, { stride = 4, channels = 3, peak = 255 } = {}) {
  if (a.length !== b.length) throw new RangeError('psnr: images differ in size');
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.length; i += stride) {
    for (let c = 0; c < channels; c++) {
      const d = a[i + c] - b[i + c];
      sum += d * d;
      n++;
    }
  }
  if (n === 0) throw new RangeError('psnr: empty image');
  const mse = sum / n;
  return mse === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((peak * peak) / mse);
}

/** Normalised 1-D Gaussian of `size` taps (SSIM: 11 taps, sigma 1.5). */
export function gaussianKernel(size = 11, sigma = 1.5) {
  const k = new Float64Array(size);
  const r = (size - 1) / 2;
  let s = 0;
  for (let i = 0; i < size; i++) {
    k[i] = Math.exp(-((i - r) ** 2) / (2 * sigma * sigma));
    s += k[i];
  }
  for (let i = 0; i < size; i++) k[i] /= s;
  return k;
}

/** Separable 'valid' filtering of a w*h plane -> (w-k+1)*(h-k+1). */
function filterValid(src, w, h, k) {
  const n = k.length;
  const ow = w - n + 1;
  const oh = h - n + 1;
  const tmp = new Float64Array(ow * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < ow; x++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += k[j] * src[row + x + j];
      tmp[y * ow + x] = s;
    }
  }
  const out = new Float64Array(ow * oh);
  for (let y = 0; y < oh; y++) {
    for (let x = 0; x < ow; x++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += k[j] * tmp[(y + j) * ow + x];
      out[y * ow + x] = s;
    }
  }
  return out;
}

/**
 * SSIM of two single-channel planes (Wang, Bovik, Sheikh & Simoncelli 2004): 11x11 Gaussian
 * window, sigma 1.5, K1 = 0.01, K2 = 0.03, dynamic range L = 255, mean of the SSIM map over the
 * positions where the window fits entirely inside the image ('valid', as in the authors' code;
 * no downsampling).
 * @param {ArrayLike<number>} x @param {ArrayLike<number>} y @param {number} width @param {number} height
 * @returns {number}
 */
export function ssimPlane(x, y, width, height, { size = 11, sigma = 1.5, range = 255 } = {}) {
  if (width < size || height < size)
    throw new RangeError(`ssim: image smaller than ${size}x${size}`);
  const k = gaussianKernel(size, sigma);
  const c1 = (0.01 * range) ** 2;
  const c2 = (0.03 * range) ** 2;
  const n = width * height;
  const xx = new Float64Array(n);
  const yy = new Float64Array(n);
  const xy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xx[i] = x[i] * x[i];
    yy[i] = y[i] * y[i];
    xy[i] = x[i] * y[i];
  }
  const mx = filterValid(x, width, height, k);
  const my = filterValid(y, width, height, k);
  const sxx = filterValid(xx, width, height, k);
  const syy = filterValid(yy, width, height, k);
  const sxy = filterValid(xy, width, height, k);
  let sum = 0;
  for (let i = 0; i < mx.length; i++) {
    const a = mx[i];
    const b = my[i];
    const vx = sxx[i] - a * a;
    const vy = syy[i] - b * b;
    const cov = sxy[i] - a * b;
    sum += ((2 * a * b + c1) * (2 * cov + c2)) / ((a * a + b * b + c1) * (vx + vy + c2));
  }
  return sum / mx.length;
}

/** One colour channel of an interleaved image as a Float64Array plane. */
export function channelPlane(data, width, height, channel, stride = 4) {
  const out = new Float64Array(width * height);
  for (let p = 0, i = channel; p < out.length; p++, i += stride) out[p] = data[i];
  return out;
}

/**
 * SSIM of two RGB(A) images: the mean of the SSIM of the R, G and B channels (each as
 * {@link ssimPlane}).
 * @param {{ width: number, height: number, data: ArrayLike<number> }} a
 * @param {{ width: number, height: number, data: ArrayLike<number> }} b
 */
export function ssimRgb(a, b, { stride = 4 } = {}) {
  if (a.width !== b.width || a.height !== b.height) throw new RangeError('ssim: sizes differ');
  let s = 0;
  for (let c = 0; c < 3; c++) {
    s += ssimPlane(
      channelPlane(a.data, a.width, a.height, c, stride),
      channelPlane(b.data, b.width, b.height, c, stride),
      a.width,
      a.height,
    );
  }
  return s / 3;
}

/**
 * Colourfulness M (Hasler & Suesstrunk 2003) on 8-bit sRGB values:
 * rg = R - G, yb = (R + G) / 2 - B, M = sqrt(sd_rg^2 + sd_yb^2) + 0.3 * sqrt(mean_rg^2 + mean_yb^2)
 * (population standard deviations). 0 for any grey image.
 * @param {ArrayLike<number>} data @param {{ stride?: number }} [options]
 */
export function colourfulness(data, { stride = 4 } = {}) {
  let n = 0;
  let srg = 0;
  let syb = 0;
  let srg2 = 0;
  let syb2 = 0;
  for (let i = 0; i < data.length; i += stride) {
    const rg = data[i] - data[i + 1];
    const yb = 0.5 * (data[i] + data[i + 1]) - data[i + 2];
    srg += rg;
    syb += yb;
    srg2 += rg * rg;
    syb2 += yb * yb;
    n++;
  }
  if (n === 0) throw new RangeError('colourfulness: empty image');
  const mrg = srg / n;
  const myb = syb / n;
  const vrg = Math.max(0, srg2 / n - mrg * mrg);
  const vyb = Math.max(0, syb2 / n - myb * myb);
  return Math.sqrt(vrg + vyb) + 0.3 * Math.sqrt(mrg * mrg + myb * myb);
}

/** Arithmetic mean of finite numbers. */
export function mean(values) {
  if (values.length === 0) return Number.NaN;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/**
 * Per-pixel CIEDE2000 between two planar CIELAB images of the same size (as `rgbaToLab` of
 * @klaslab/core returns them: L*, a*, b* planes one after another).
 * @param {{ width: number, height: number, data: ArrayLike<number> }} a
 * @param {{ width: number, height: number, data: ArrayLike<number> }} b
 * @returns {Float64Array}
 */
export function deltaE2000Image(a, b) {
  if (a.width !== b.width || a.height !== b.height) throw new RangeError('deltaE: sizes differ');
  const n = a.width * a.height;
  const out = new Float64Array(n);
  const x = a.data;
  const y = b.data;
  for (let p = 0; p < n; p++) {
    out[p] = deltaE2000(x[p], x[n + p], x[2 * n + p], y[p], y[n + p], y[2 * n + p]);
  }
  return out;
}

/** The q-quantile (0..1) of numbers, by linear interpolation between order statistics. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const s = Float64Array.from(values).sort();
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
