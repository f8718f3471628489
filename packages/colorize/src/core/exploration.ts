/**
 * The public types of an exploration (a colorization whose model output is kept, see
 * `Colorizer.explore`) and the pure maths of a probe: the model's distribution at one pixel.
 */
import {
  type ImageBuffer,
  KlasLabError,
  labToSrgbInto,
  type PlanarImage,
  sampleBilinear,
  srgbToLabInto,
} from '@klaslab/core';
import type { ColorizeResult } from './engine.js';

/** Options of {@link Exploration.recolor}: omitted ones are those `explore()` was called with. */
export interface RecolorOptions {
  /**
   * Annealing temperature (0 < T ≤ 10): low = bold (each pixel its likeliest colour), high =
   * cautious (the colours grow alike, drifting to the palette's warm brownish mean, not to grey).
   */
  temperature?: number;
  /** Multiplies the predicted chroma: 0 = grey, 1 = as predicted. */
  saturation?: number;
  /** Sample a plausible colouring with this seed (the same one `alternatives()` gives for it). */
  seed?: number;
  signal?: AbortSignal;
}

/** Options of {@link Exploration.alternatives}. */
export interface ExplorationAlternativesOptions {
  /** How many colourings (1…64, default 3). */
  count?: number;
  /** Seed of the first colouring; the others use seed + 1, seed + 2, … (default 1). */
  seed?: number;
  /** Decoding temperature (default: the exploration's). */
  temperature?: number;
  /** Strength of the sampling noise (default 1). */
  diversity?: number;
  signal?: AbortSignal;
}

/** Options of {@link Exploration.probe}. */
export interface ProbeOptions {
  /** How many of the most probable bins to list (default 5, at most the model's bin count). */
  top?: number;
  /** Temperature of the probabilities (default: the exploration's current one). */
  temperature?: number;
}

/** A colour of the model's palette (a bin) at one pixel. */
export interface ProbeColor {
  a: number;
  b: number;
  /** The colour as 8-bit sRGB, at the pixel's own L* (clamped to the sRGB gamut). */
  rgb: [number, number, number];
}

/** The model's probabilities at one pixel of the result image. */
export interface ColorProbe {
  x: number;
  y: number;
  /** The temperature the probabilities were computed at. */
  temperature: number;
  /** The most probable bins, most probable first. */
  top: Array<ProbeColor & { probability: number }>;
  /** Probability of all other bins together (`top` + `other` = 1). */
  other: number;
  /** The colour the current decoding shows there (the last `result` or `recolor()`). */
  chosen: ProbeColor;
  /** 0…1: 1 − normalised entropy of the model's own distribution there, as `result.confidence`. */
  confidence: number;
}

/**
 * A colorization whose model output is kept: re-decode it at another temperature, saturation or
 * seed, sample alternatives and probe the distribution at a pixel, all without a new inference.
 */
export interface Exploration {
  /** The same as `colorize()` with the options `explore()` was given. */
  readonly result: ColorizeResult;
  /** Size of `result.image`. */
  readonly width: number;
  readonly height: number;
  /** Re-decodes the stored distribution: no inference. Becomes the current decoding. */
  recolor(options?: RecolorOptions): Promise<ColorizeResult>;
  /** Visibly different plausible colourings, sampled per coherent region. */
  alternatives(options?: ExplorationAlternativesOptions): Promise<ColorizeResult[]>;
  /** The model's probabilities at result-image pixel (x, y) (fractions are floored). */
  probe(x: number, y: number, options?: ProbeOptions): Promise<ColorProbe>;
  /** Frees the stored output; later calls reject with `COLORIZE_EXPLORATION_DISPOSED`. */
  dispose(): Promise<void>;
}

/** What a probe reads: the model's output, the photo, the bins and the current decoding. */
export interface ProbeSource {
  /** The model's output, NCHW with N = 1: value k of output pixel p at `k * pixels + p`. */
  values: Float32Array;
  kind: 'logits' | 'probabilities';
  channels: number;
  outputWidth: number;
  outputHeight: number;
  /** Bin centres, interleaved a0, b0, a1, b1, … */
  bins: Float32Array;
  /** The photo (its own L* colours the swatches). */
  image: ImageBuffer;
  /** The current decoding's chroma (saturation applied), at the output size. */
  ab: PlanarImage;
  confidence: PlanarImage;
}

const TINY = 1e-30;

/** The probe's error for coordinates outside the image (or not numbers). */
export function probeOutside(x: unknown, y: unknown, width: number, height: number): KlasLabError {
  return new KlasLabError(
    'COLORIZE_PROBE_OUTSIDE',
    `Cannot probe pixel (${String(x)}, ${String(y)}): the image has pixels (0…${width - 1}, 0…${height - 1}).`,
    { details: { x, y, width, height, hint: 'Pass coordinates inside result.image.' } },
  );
}

/** The colour of Lab (L*, a*, b*) as 8-bit sRGB, clamped to the gamut. */
function toRgb8(L: number, a: number, b: number, scratch: Float64Array): [number, number, number] {
  labToSrgbInto(L, a, b, scratch);
  const code = (v: number) => Math.round(Math.min(Math.max(v, 0), 1) * 255);
  return [code(scratch[0]!), code(scratch[1]!), code(scratch[2]!)];
}

/**
 * The distribution softmax(z / T) at the output pixel under result-image pixel (x, y), its top
 * bins, and what the current decoding chose there. `x`, `y` must be checked by the caller.
 */
export function probeDistribution(
  source: ProbeSource,
  x: number,
  y: number,
  top: number,
  temperature: number,
): ColorProbe {
  const { values, channels, outputWidth: ow, outputHeight: oh, bins, image } = source;
  const { width, height } = image;
  // The output pixel whose area holds (x, y): the model saw the photo resized to its square input.
  const ox = Math.min(ow - 1, Math.floor(((x + 0.5) * ow) / width));
  const oy = Math.min(oh - 1, Math.floor(((y + 0.5) * oh) / height));
  const pixels = ow * oh;
  const p = oy * ow + ox;
  const log = source.kind === 'probabilities';
  const z = new Float64Array(channels);
  let max = -Infinity;
  for (let k = 0; k < channels; k++) {
    const raw = values[k * pixels + p]!;
    z[k] = log ? Math.log(Math.max(raw, TINY)) : raw;
    if (z[k]! > max) max = z[k]!;
  }
  let sum = 0;
  for (let k = 0; k < channels; k++) {
    z[k] = Math.exp((z[k]! - max) / temperature);
    sum += z[k]!;
  }
  const order = Array.from({ length: channels }, (_, k) => k).sort((i, j) => z[j]! - z[i]!);
  const i = 4 * (y * width + x);
  const scratch = new Float64Array(3);
  srgbToLabInto(image.data[i]! / 255, image.data[i + 1]! / 255, image.data[i + 2]! / 255, scratch);
  const L = scratch[0]!;
  let shown = 0;
  const list = order.slice(0, top).map((k) => {
    const probability = z[k]! / sum;
    shown += probability;
    const a = bins[2 * k]!;
    const b = bins[2 * k + 1]!;
    return { a, b, rgb: toRgb8(L, a, b, scratch), probability };
  });
  const a = sampleBilinear(source.ab, 0, x, y, width, height);
  const b = sampleBilinear(source.ab, 1, x, y, width, height);
  return {
    x,
    y,
    temperature,
    top: list,
    other: Math.max(0, 1 - shown),
    chosen: { a, b, rgb: toRgb8(L, a, b, scratch) },
    confidence: source.confidence.data[p]!,
  };
}
