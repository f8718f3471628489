import { EPSILON, KAPPA } from '../cielab.js';
import { GREY_LIGHTNESS } from '../grey-lightness.js';
import { LINEAR_SRGB_TO_XYZ as M, XYZ_TO_LINEAR_SRGB as N } from '../rgb-matrix.js';
import { SRGB8_TO_LINEAR, srgbToLinear } from '../srgb-transfer.js';
import { D65 } from '../white-point.js';
import { LAYOUT, PHOTO_KERNELS_WASM } from './photo-kernels.wasm.js';

const BUCKETS = 4096;

// Core is typed against plain ES2022 (no DOM, no Node): the part of WebAssembly used here, and
// atob, which every runtime core supports has.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}
declare function atob(data: string): string;

type Exports = {
  memory: WebAssembly.Memory;
  recombine(
    src: number,
    a0: number,
    a1: number,
    b0: number,
    b1: number,
    weight: number,
    dst: number,
    n: number,
  ): void;
  lightness(src: number, dst: number, n: number): void;
  accumulate(src: number, acc: number, weight: number, n: number): void;
  softmax_sums(
    z: number,
    noise: number,
    bins: number,
    acc: number,
    invT: number,
    channels: number,
    n: number,
    entropy: number,
  ): void;
};

/** The per-pixel sums of an annealed mean over quantized bins (see {@link PhotoKernels.softmaxSums}). */
export interface SoftmaxSums {
  /** max over bins of z */
  max: Float32Array;
  /** Σ w, Σ w·a*, Σ w·b* with w = e^((z − max) / T + noise) */
  sum: Float32Array;
  sumA: Float32Array;
  sumB: Float32Array;
  /** Σ q and Σ q·(z − max) with q = e^(z − max) (only when asked for) */
  sum1: Float32Array;
  sumZ: Float32Array;
}

/** Row buffers in the kernels' memory for `recombineLab`, and its row function. */
export interface RecombineRows {
  /** A row of the photo (RGBA) in; the row out (RGBA). */
  src: Uint8Array;
  dst: Uint8Array;
  /** Two slots each for rows of the chroma map, upsampled across to the photo's width. */
  chromaA: [Float32Array, Float32Array];
  chromaB: [Float32Array, Float32Array];
  /** dst ← src recombined with chroma `top + (bottom − top) × weight` from the two slots. */
  run(top: 0 | 1, bottom: 0 | 1, weight: number): void;
}

/** Row buffers in the kernels' memory for `rgbaToLightnessArea`, and its row functions. */
export interface LightnessRows {
  /** Makes a row of the photo (RGBA bytes) the current source row. */
  load(rgba: Uint8Array): void;
  /** The accumulated L* of an output row's source rows. */
  acc: Float32Array;
  /** acc += weight × L* of the current source row (computed once per row). */
  accumulate(weight: number): void;
}

/**
 * The WebAssembly SIMD kernels (source: wasm/photo-kernels.wat.mjs): the per-pixel loops of
 * `recombineLab` and `rgbaToLightnessArea`, four pixels at a time in float32. Their results match
 * the float64 JavaScript reference within float32 rounding (for `recombineLab`: codes differ by
 * one only where a value lies within that rounding of a code boundary).
 *
 * The row views stay valid until the next call that grows the memory.
 */
export class PhotoKernels {
  private readonly exports: Exports;

  constructor(instance: WebAssembly.Instance) {
    this.exports = instance.exports as unknown as Exports;
    writeTables(new DataView(this.exports.memory.buffer));
  }

  /** Room for `slots` row buffers of 4 bytes per pixel of a `width`-pixel row: their offsets. */
  private rows(width: number, slots: number): { buffer: ArrayBuffer; at: number[]; n: number } {
    const n = Math.ceil(width / 4) * 4;
    const { memory } = this.exports;
    const needed = LAYOUT.rows + 4 * n * slots;
    const length = memory.buffer.byteLength;
    if (needed > length) memory.grow(Math.ceil((needed - length) / 65536));
    const at = Array.from({ length: slots }, (_, k) => LAYOUT.rows + 4 * n * k);
    return { buffer: memory.buffer, at, n };
  }

  /**
   * The sums of the annealed mean of a classification colorizer's output: `values` holds
   * `channels` planes of `pixels` logits (channel-major), `bins` the a*, b* pairs of the bins.
   * `noise` (same shape as `values`) is added to the tempered logits. The views are valid until
   * the next call.
   */
  softmaxSums(
    values: Float32Array,
    channels: number,
    pixels: number,
    bins: Float32Array,
    temperature: number,
    noise: Float32Array | undefined,
    entropy: boolean,
  ): SoftmaxSums {
    const planes = noise ? 2 * channels : channels;
    // Planes of logits (and noise), the bins (as one more plane's worth when it is enough), 6 sums.
    const binSlots = Math.ceil((2 * channels) / (4 * Math.ceil(pixels / 4)));
    const { buffer: b, at, n } = this.rows(pixels, planes + binSlots + 6);
    const f32 = new Float32Array(b);
    for (let k = 0; k < channels; k++) {
      f32.set(values.subarray(k * pixels, (k + 1) * pixels), at[k]! / 4);
      if (noise) f32.set(noise.subarray(k * pixels, (k + 1) * pixels), at[channels + k]! / 4);
    }
    const binsAt = at[planes]!;
    f32.set(bins.subarray(0, 2 * channels), binsAt / 4);
    const acc = at[planes + binSlots]!;
    this.exports.softmax_sums(
      at[0]!,
      noise ? at[channels]! : 0,
      binsAt,
      acc,
      1 / temperature,
      channels,
      n,
      // 2: the untempered weights are the tempered ones (T = 1, no noise), so skip an e^x.
      entropy ? (temperature === 1 && !noise ? 2 : 1) : 0,
    );
    const row = (k: number) => new Float32Array(b, acc + 4 * n * k, pixels);
    return { max: row(0), sum: row(1), sumA: row(2), sumB: row(3), sum1: row(4), sumZ: row(5) };
  }

  recombineRows(width: number): RecombineRows {
    const { buffer: b, at, n } = this.rows(width, 6);
    const recombine = this.exports.recombine;
    return {
      src: new Uint8Array(b, at[0], 4 * n),
      dst: new Uint8Array(b, at[1], 4 * n),
      chromaA: [new Float32Array(b, at[2], n), new Float32Array(b, at[3], n)],
      chromaB: [new Float32Array(b, at[4], n), new Float32Array(b, at[5], n)],
      run: (top, bottom, weight) =>
        recombine(
          at[0]!,
          at[2 + top]!,
          at[2 + bottom]!,
          at[4 + top]!,
          at[4 + bottom]!,
          weight,
          at[1]!,
          n,
        ),
    };
  }

  lightnessRows(width: number): LightnessRows {
    const { buffer: b, at, n } = this.rows(width, 3);
    const { lightness, accumulate } = this.exports;
    const src = new Uint8Array(b, at[0], 4 * n);
    let stale = true;
    return {
      load: (rgba) => {
        src.set(rgba);
        stale = true;
      },
      acc: new Float32Array(b, at[2], n),
      accumulate: (weight) => {
        if (stale) lightness(at[0]!, at[1]!, n);
        stale = false;
        accumulate(at[1]!, at[2]!, weight, n);
      },
    };
  }
}

/** The kernel's lookup tables and constants, little-endian as WebAssembly reads them. */
function writeTables(view: DataView): void {
  const thresholds = new Float32Array(256);
  for (let k = 0; k < 255; k++) thresholds[k] = srgbToLinear((k + 0.5) / 255);
  thresholds[255] = Number.POSITIVE_INFINITY;
  // Per bucket: the code at its start and that code's upper threshold, the only one that can lie
  // inside a bucket (the steepest part of the curve has 3295 codes per unit, fewer than 4096).
  let code = 0;
  for (let b = 0; b < BUCKETS; b++) {
    while (thresholds[code]! <= b / BUCKETS) code++;
    view.setFloat32(LAYOUT.buckets + 8 * b, thresholds[code]!, true);
    view.setInt32(LAYOUT.buckets + 8 * b + 4, code, true);
  }
  for (let v = 0; v < 256; v++) {
    view.setFloat32(LAYOUT.greyFy + 4 * v, (GREY_LIGHTNESS[v]! + 16) / 116, true);
    view.setFloat32(LAYOUT.linear + 4 * v, SRGB8_TO_LINEAR[v]!, true);
  }
  const [XN, YN, ZN] = D65;
  const white = [XN, YN, ZN];
  const constants = [
    ...N.map((m, i) => m * white[i % 3]!),
    EPSILON,
    1 / KAPPA,
    KAPPA,
    M[3] / YN,
    M[4] / YN,
    M[5] / YN,
  ];
  for (const [i, c] of constants.entries()) view.setFloat32(LAYOUT.constants + 4 * i, c, true);
}

let shared: PhotoKernels | null | undefined;

/**
 * The kernels of this thread, compiled on first use; `null` where WebAssembly SIMD is missing
 * (or a Content-Security-Policy forbids compiling it), and on big-endian machines, where the typed
 * views would not match WebAssembly's byte order. Callers then use the JavaScript reference.
 */
export function photoKernels(): PhotoKernels | null {
  if (shared !== undefined) return shared;
  shared = null;
  try {
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    if (littleEndian && typeof WebAssembly === 'object') {
      const bytes = Uint8Array.from(atob(PHOTO_KERNELS_WASM), (c) => c.charCodeAt(0));
      shared = new PhotoKernels(new WebAssembly.Instance(new WebAssembly.Module(bytes)));
    }
  } catch {
    shared = null;
  }
  return shared;
}
