import { D65, type Xyz } from './white-point.js';

/** A CIELAB colour: L* in 0…100, a* and b* roughly −128…127. */
export type Lab = readonly [l: number, a: number, b: number];

// The CIE's exact rational constants (CIE 15:2004), not the rounded 0.008856 / 903.3 that make the
// two branches of f(t) disagree at the joint.
/** CIE ε: the Y/Yn below which L* is linear in Y. */
export const EPSILON = 216 / 24389;
/** CIE κ: the slope of that linear part. */
export const KAPPA = 24389 / 27;

function f(t: number): number {
  return t > EPSILON ? Math.cbrt(t) : (KAPPA * t + 16) / 116;
}

function fInverse(t: number): number {
  const t3 = t * t * t;
  return t3 > EPSILON ? t3 : (116 * t - 16) / KAPPA;
}

/** L* from relative luminance Y (white = 1). */
export function lightnessFromY(y: number): number {
  return 116 * f(y) - 16;
}

/** Relative luminance Y (white = 1) from L*. */
export function yFromLightness(l: number): number {
  return fInverse((l + 16) / 116);
}

/**
 * Writes the CIELAB value of an XYZ colour into `out[offset…offset+2]`, allocating nothing.
 * `white` is the reference white (default D65).
 */
export function xyzToLabInto(
  x: number,
  y: number,
  z: number,
  out: { [index: number]: number },
  offset = 0,
  white: Xyz = D65,
): void {
  const fx = f(x / white[0]);
  const fy = f(y / white[1]);
  const fz = f(z / white[2]);
  out[offset] = 116 * fy - 16;
  out[offset + 1] = 500 * (fx - fy);
  out[offset + 2] = 200 * (fy - fz);
}

/** Writes the XYZ value of a CIELAB colour into `out[offset…offset+2]`, allocating nothing. */
export function labToXyzInto(
  l: number,
  a: number,
  b: number,
  out: { [index: number]: number },
  offset = 0,
  white: Xyz = D65,
): void {
  const fy = (l + 16) / 116;
  out[offset] = fInverse(fy + a / 500) * white[0];
  out[offset + 1] = (l > KAPPA * EPSILON ? fy * fy * fy : l / KAPPA) * white[1];
  out[offset + 2] = fInverse(fy - b / 200) * white[2];
}

/**
 * XYZ → CIELAB.
 *
 * @example
 * ```ts
 * xyzToLab(0.20654008, 0.12197225, 0.05136952); // ≈ [41.5279, 52.6386, 26.9232]
 * ```
 */
export function xyzToLab(x: number, y: number, z: number, white: Xyz = D65): Lab {
  const out: [number, number, number] = [0, 0, 0];
  xyzToLabInto(x, y, z, out, 0, white);
  return out;
}

/** CIELAB → XYZ. */
export function labToXyz(l: number, a: number, b: number, white: Xyz = D65): Xyz {
  const out: [number, number, number] = [0, 0, 0];
  labToXyzInto(l, a, b, out, 0, white);
  return out;
}
