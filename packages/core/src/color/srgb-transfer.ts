/**
 * The sRGB transfer function (IEC 61966-2-1), exact piecewise form: a linear segment near black,
 * a 2.4 power law above. Values in 0…1; out-of-range values are extended the same way (odd symmetry
 * is not applied: negative inputs stay on the linear segment).
 */
export function srgbToLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Inverse of {@link srgbToLinear}: linear light (0…1) to the encoded sRGB value (0…1). */
export function linearToSrgb(value: number): number {
  return value <= 0.0031308 ? value * 12.92 : 1.055 * value ** (1 / 2.4) - 0.055;
}

/** `srgbToLinear(i / 255)` for every 8-bit code value: decoding an 8-bit image is one lookup per channel. */
export const SRGB8_TO_LINEAR: Float64Array = (() => {
  const table = new Float64Array(256);
  for (let i = 0; i < 256; i++) table[i] = srgbToLinear(i / 255);
  return table;
})();

// SRGB8_THRESHOLDS[k] is the linear value where the nearest 8-bit code turns from k to k + 1. The
// transfer function is monotonic, so encoding is a lookup in this table: the same answer as
// Math.round(linearToSrgb(v) * 255) without the power function. BUCKET_START gives, for each of
// 4096 equal slices of 0…1, the code at the slice's start; the steepest part of the curve (the
// linear toe, 255 × 12.92 ≈ 3295 codes per unit) crosses at most one threshold per slice.
/** @internal */
export const SRGB8_THRESHOLDS: Float64Array = (() => {
  const table = new Float64Array(256);
  for (let k = 0; k < 255; k++) table[k] = srgbToLinear((k + 0.5) / 255);
  table[255] = Number.POSITIVE_INFINITY; // sentinel: the search never runs past 255
  return table;
})();
/** @internal */
export const BUCKETS = 4096;
/** @internal */
export const BUCKET_START: Uint8Array = (() => {
  const table = new Uint8Array(BUCKETS);
  let code = 0;
  for (let b = 0; b < BUCKETS; b++) {
    while (SRGB8_THRESHOLDS[code]! <= b / BUCKETS) code++;
    table[b] = code;
  }
  return table;
})();

/** Encodes linear light to the nearest 8-bit sRGB code value, clamped to 0…255 (NaN gives 0). */
export function linearToSrgb8(value: number): number {
  if (!(value > 0)) return 0;
  if (value >= 1) return 255;
  const code = BUCKET_START[(value * BUCKETS) | 0]!;
  return code + +(SRGB8_THRESHOLDS[code]! <= value);
}
