import { type Lab, labToXyzInto, xyzToLabInto } from './cielab.js';
import { LINEAR_SRGB_TO_XYZ as M, XYZ_TO_LINEAR_SRGB as N } from './rgb-matrix.js';
import { linearToSrgb, srgbToLinear } from './srgb-transfer.js';

const scratch = new Float64Array(3);

/**
 * Encoded sRGB (each channel 0…1) → CIELAB (D65), writing into `out[offset…offset+2]` without
 * allocating.
 */
export function srgbToLabInto(
  r: number,
  g: number,
  b: number,
  out: { [index: number]: number },
  offset = 0,
): void {
  const lr = srgbToLinear(r);
  const lg = srgbToLinear(g);
  const lb = srgbToLinear(b);
  xyzToLabInto(
    M[0] * lr + M[1] * lg + M[2] * lb,
    M[3] * lr + M[4] * lg + M[5] * lb,
    M[6] * lr + M[7] * lg + M[8] * lb,
    out,
    offset,
  );
}

/**
 * CIELAB (D65) → encoded sRGB (0…1 per channel), writing into `out` without allocating. Colours
 * outside the sRGB gamut come back outside 0…1; clamp if you need displayable values.
 */
export function labToSrgbInto(
  l: number,
  a: number,
  b: number,
  out: { [index: number]: number },
  offset = 0,
): void {
  labToXyzInto(l, a, b, scratch, 0);
  const x = scratch[0]!;
  const y = scratch[1]!;
  const z = scratch[2]!;
  out[offset] = linearToSrgb(N[0] * x + N[1] * y + N[2] * z);
  out[offset + 1] = linearToSrgb(N[3] * x + N[4] * y + N[5] * z);
  out[offset + 2] = linearToSrgb(N[6] * x + N[7] * y + N[8] * z);
}

/**
 * sRGB (0…1 per channel) → CIELAB (D65).
 *
 * @example
 * ```ts
 * srgbToLab(1, 1, 1); // [100, 0, 0] (to within 1e-12)
 * srgbToLab(255 / 255, 0, 0); // ≈ [53.24, 80.09, 67.20]
 * ```
 */
export function srgbToLab(r: number, g: number, b: number): Lab {
  const out: [number, number, number] = [0, 0, 0];
  srgbToLabInto(r, g, b, out);
  return out;
}

/** CIELAB (D65) → sRGB (0…1 per channel, unclamped). */
export function labToSrgb(
  l: number,
  a: number,
  b: number,
): readonly [r: number, g: number, b: number] {
  const out: [number, number, number] = [0, 0, 0];
  labToSrgbInto(l, a, b, out);
  return out;
}
