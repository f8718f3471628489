import { photoKernels, type SoftmaxSums } from '@klaslab/core';

/**
 * Pure decoding of model outputs into a*b* planes (no allocation when scratch buffers are reused).
 * Tensors are NCHW with N = 1: value k of pixel p sits at `k * pixels + p`.
 */

/**
 * Scratch buffers for {@link decodeDistribution}, reusable across calls of the same size: the
 * per-pixel sums, as core's SIMD kernel returns them.
 */
export type DecodeScratch = SoftmaxSums;

export function createDecodeScratch(pixels: number, previous?: DecodeScratch): DecodeScratch {
  if (previous && previous.max.length === pixels) return previous;
  return {
    max: new Float32Array(pixels),
    sum: new Float32Array(pixels),
    sumA: new Float32Array(pixels),
    sumB: new Float32Array(pixels),
    sum1: new Float32Array(pixels),
    sumZ: new Float32Array(pixels),
  };
}

export interface DecodeDistributionOptions {
  /** How the model's values are meant: raw `logits` or `probabilities` (softmax inside the graph). */
  kind: 'logits' | 'probabilities';
  /** Annealing temperature T > 0 (0.38 in Zhang et al.). */
  temperature: number;
  /** Bin centres, interleaved: a0, b0, a1, b1, … (length 2K). */
  bins: Float32Array;
  /**
   * Optional perturbation added to every (tempered) log-weight, laid out like the input
   * (`k * pixels + p`): with Gumbel noise this samples a plausible colouring (see
   * {@link regionGumbelField}).
   */
  noise?: Float32Array;
  /** Receives a* at `p` and b* at `pixels + p` (length 2 × pixels). */
  ab: Float32Array;
  /** Receives 1 − H(p)/log K, the normalised entropy of the model's own (T = 1) distribution. */
  confidence?: Float32Array;
  scratch?: DecodeScratch;
  /**
   * Sum in float64 JavaScript (the reference). By default logits are summed by core's WebAssembly
   * SIMD kernel where the runtime has one: float32, about 10× faster, the same numbers within
   * float32 rounding (a* and b* within about 10⁻⁴).
   */
  exact?: boolean;
}

const TINY = 1e-30;

/**
 * Annealed-mean decoding (Zhang, Isola & Efros, "Colorful Image Colorization", ECCV 2016): per pixel,
 * the colour is the mean of the bin centres weighted by softmax(z / T), where z are the logits
 * (or log-probabilities). T = 1 is the plain mean (desaturated), T → 0 the mode (patchy);
 * 0.38 is the paper's compromise. Also returns a confidence map from the entropy of softmax(z).
 */
export function decodeDistribution(
  values: Float32Array,
  channels: number,
  pixels: number,
  options: DecodeDistributionOptions,
): void {
  const { bins, ab, confidence, noise, kind, temperature } = options;
  const kernels = options.exact || kind !== 'logits' ? null : photoKernels();
  const sums = kernels
    ? kernels.softmaxSums(values, channels, pixels, bins, temperature, noise, !!confidence)
    : sumWeights(values, channels, pixels, options);
  const { sum, sumA, sumB, sum1, sumZ } = sums;
  const logK = Math.log(channels);
  for (let p = 0; p < pixels; p++) {
    const total = sum[p]!;
    ab[p] = sumA[p]! / total;
    ab[pixels + p] = sumB[p]! / total;
    if (confidence) {
      // H = log Z − E[d] with d = z − max, Z = Σ e^d.
      const z1 = sum1[p]!;
      const entropy = Math.log(z1) - sumZ[p]! / z1;
      const c = logK > 0 ? 1 - entropy / logK : 1;
      confidence[p] = c < 0 ? 0 : Math.min(c, 1);
    }
  }
}

/** The reference sums of {@link decodeDistribution}, in float64 JavaScript. */
function sumWeights(
  values: Float32Array,
  channels: number,
  pixels: number,
  options: DecodeDistributionOptions,
): DecodeScratch {
  const { bins, confidence, noise, kind } = options;
  const invT = 1 / options.temperature;
  const s = options.scratch ?? createDecodeScratch(pixels);
  const { max, sum, sumA, sumB, sum1, sumZ } = s;
  const log = kind === 'probabilities';
  // Pass 1: per-pixel maximum of z (for a numerically safe softmax).
  max.fill(-Infinity);
  for (let k = 0; k < channels; k++) {
    const base = k * pixels;
    for (let p = 0; p < pixels; p++) {
      const raw = values[base + p]!;
      const z = log ? Math.log(Math.max(raw, TINY)) : raw;
      if (z > max[p]!) max[p] = z;
    }
  }
  sum.fill(0);
  sumA.fill(0);
  sumB.fill(0);
  sum1.fill(0);
  sumZ.fill(0);
  // The untempered weights are the tempered ones when T = 1 and there is no noise.
  const same = invT === 1 && !noise;
  // Pass 2: tempered weights for the mean, untempered ones for the entropy.
  for (let k = 0; k < channels; k++) {
    const base = k * pixels;
    const a = bins[2 * k]!;
    const b = bins[2 * k + 1]!;
    for (let p = 0; p < pixels; p++) {
      const raw = values[base + p]!;
      const d = (log ? Math.log(Math.max(raw, TINY)) : raw) - max[p]!;
      const t = d * invT + (noise ? noise[base + p]! : 0);
      const w = Math.exp(t);
      sum[p]! += w;
      sumA[p]! += w * a;
      sumB[p]! += w * b;
      if (confidence) {
        const q = same ? w : Math.exp(d);
        sum1[p]! += q;
        sumZ[p]! += q * d;
      }
    }
  }
  return s;
}

/** Regression outputs: a*b* = value × scale, written into `ab` (length 2 × pixels). */
export function decodeRegression(values: Float32Array, scale: number, ab: Float32Array): void {
  for (let i = 0; i < ab.length; i++) ab[i] = values[i]! * scale;
}

/**
 * Mulberry32: a small, fast seeded PRNG (32-bit state), the same in every JavaScript engine.
 * Returns uniform numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Gumbel noise for sampling a colouring region by region: for every region and bin one Gumbel(0, 1)
 * sample, the same for all pixels of the region, times `strength`. Added to the tempered
 * log-weights z/T with `strength` = 1/T, the annealed mean becomes a soft Gumbel-max sample
 * (argmax of z + g is a draw from softmax(z), the model's own distribution): the pixels of a region
 * share their draw, so a whole region picks one plausible mode (a blue or a green car) instead of
 * per-pixel speckle, and different regions pick independently. `blur` (output pixels, default 2)
 * softens the seams between regions. The same seed gives the same field.
 */
export function regionGumbelField(
  seed: number,
  channels: number,
  regions: { labels: Int32Array; count: number; width: number },
  options: { strength?: number; blur?: number; out?: Float32Array } = {},
): Float32Array {
  const strength = options.strength ?? 1;
  const blur = Math.max(0, Math.floor(options.blur ?? 2));
  const row = new Float32Array(Math.max(regions.width, regions.labels.length / regions.width));
  const { labels, count } = regions;
  const pixels = labels.length;
  const out =
    options.out && options.out.length === channels * pixels
      ? options.out
      : new Float32Array(channels * pixels);
  const random = mulberry32(seed);
  const draws = new Float32Array(count);
  for (let k = 0; k < channels; k++) {
    for (let r = 0; r < count; r++) {
      draws[r] = -Math.log(-Math.log(random() * (1 - 2e-7) + 1e-7)) * strength;
    }
    const base = k * pixels;
    for (let p = 0; p < pixels; p++) out[base + p] = draws[labels[p]!]!;
    if (blur > 0) boxBlur(out.subarray(base, base + pixels), regions.width, blur, row);
  }
  return out;
}

/**
 * In-place box blur (radius r, edges clamped) of a plane of width `width`, rows then columns, so
 * that a region's draw fades into its neighbour's over a few output pixels instead of a seam.
 */
function boxBlur(plane: Float32Array, width: number, r: number, line: Float32Array): void {
  const height = plane.length / width;
  const pass = (count: number, length: number, at: (i: number, j: number) => number) => {
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < length; j++) line[j] = plane[at(i, j)]!;
      let sum = 0;
      for (let j = -r; j <= r; j++) sum += line[Math.min(Math.max(j, 0), length - 1)]!;
      for (let j = 0; j < length; j++) {
        plane[at(i, j)] = sum / (2 * r + 1);
        sum += line[Math.min(j + r + 1, length - 1)]! - line[Math.max(j - r, 0)]!;
      }
    }
  };
  pass(height, width, (y, x) => y * width + x);
  pass(width, height, (x, y) => y * width + x);
}

/** Flattens `[[a, b], …]` bin pairs to an interleaved Float32Array. */
export function flattenBins(bins: ReadonlyArray<readonly [number, number]>): Float32Array {
  const out = new Float32Array(bins.length * 2);
  bins.forEach(([a, b], k) => {
    out[2 * k] = a;
    out[2 * k + 1] = b;
  });
  return out;
}
