import { EPSILON, KAPPA } from '../cielab.js';
import { GREY_LIGHTNESS } from '../lightness.js';
import { LINEAR_SRGB_TO_XYZ as M, XYZ_TO_LINEAR_SRGB as N } from '../rgb-matrix.js';
import { SRGB8_TO_LINEAR, srgbToLinear } from '../srgb-transfer.js';
import { D65 } from '../white-point.js';
import { LAYOUT, RECOMBINE_ROW_WASM } from './recombine-row.wasm.js';

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

/**
 * The WebAssembly SIMD row kernel of `recombineLab` (source: wasm/recombine-row.wat.mjs), four
 * pixels at a time in float32. Its codes match the float64 JavaScript kernel except where a value
 * lies within float32 rounding of a code boundary: there they differ by one.
 *
 * Use: `reserve(width)`; fill `src` with a row of RGBA and the `chromaA`/`chromaB` slots with the
 * chroma map's rows above and below, upsampled to the width; `run(…)`; read `dst`. The
 * views stay valid until the next `reserve` that grows the memory.
 */
export class RecombineKernel {
  src!: Uint8Array;
  dst!: Uint8Array;
  /** Two slots each of upsampled a* and b* rows. */
  chromaA!: [Float32Array, Float32Array];
  chromaB!: [Float32Array, Float32Array];
  private readonly memory: WebAssembly.Memory;
  private readonly row: (
    src: number,
    a0: number,
    a1: number,
    b0: number,
    b1: number,
    weight: number,
    dst: number,
    n: number,
  ) => void;
  private padded = -1;

  constructor(instance: WebAssembly.Instance) {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.row = instance.exports.row as RecombineKernel['row'];
    writeTables(new DataView(this.memory.buffer));
  }

  /** Makes room for rows of `width` pixels. */
  reserve(width: number): void {
    const padded = Math.ceil(width / 4) * 4;
    const needed = LAYOUT.rows + 24 * padded;
    const length = this.memory.buffer.byteLength;
    if (needed > length) this.memory.grow(Math.ceil((needed - length) / 65536));
    else if (padded === this.padded) return;
    this.padded = padded;
    const b = this.memory.buffer;
    const at = (k: number) => LAYOUT.rows + 4 * padded * k;
    this.src = new Uint8Array(b, at(0), 4 * padded);
    this.dst = new Uint8Array(b, at(1), 4 * padded);
    this.chromaA = [new Float32Array(b, at(2), padded), new Float32Array(b, at(3), padded)];
    this.chromaB = [new Float32Array(b, at(4), padded), new Float32Array(b, at(5), padded)];
  }

  /**
   * Converts the row in `src` into `dst`, with chroma `top + (bottom − top) × weight` from the
   * slots `top` and `bottom`.
   */
  run(top: 0 | 1, bottom: 0 | 1, weight: number): void {
    const at = (k: number) => LAYOUT.rows + 4 * this.padded * k;
    this.row(
      at(0),
      at(2 + top),
      at(2 + bottom),
      at(4 + top),
      at(4 + bottom),
      weight,
      at(1),
      this.padded,
    );
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

let shared: RecombineKernel | null | undefined;

/**
 * The row kernel of this thread, compiled on first use; `null` where WebAssembly SIMD is missing
 * (or a Content-Security-Policy forbids compiling it), and on big-endian machines, where the typed
 * views would not match WebAssembly's byte order. Callers then use the JavaScript kernel.
 */
export function recombineKernel(): RecombineKernel | null {
  if (shared !== undefined) return shared;
  shared = null;
  try {
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    if (littleEndian && typeof WebAssembly === 'object') {
      const bytes = Uint8Array.from(atob(RECOMBINE_ROW_WASM), (c) => c.charCodeAt(0));
      shared = new RecombineKernel(new WebAssembly.Instance(new WebAssembly.Module(bytes)));
    }
  } catch {
    shared = null;
  }
  return shared;
}
