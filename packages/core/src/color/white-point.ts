/** A CIE XYZ tristimulus value, Y scaled so that the reference white has Y = 1. */
export type Xyz = readonly [x: number, y: number, z: number];

/** Converts CIE 1931 xy chromaticity to XYZ with Y = 1. */
export function xyToXyz(x: number, y: number): Xyz {
  return [x / y, 1, (1 - x - y) / y];
}

/**
 * CIE standard illuminant D65 (2° observer), from the chromaticity xy = (0.3127, 0.3290) that the
 * sRGB standard (IEC 61966-2-1) specifies. XYZ ≈ (0.95046, 1, 1.08906).
 */
export const D65: Xyz = xyToXyz(0.3127, 0.329);

/** CIE standard illuminant D50 (2° observer), xy = (0.3457, 0.3585): the ICC profile connection space white. */
export const D50: Xyz = xyToXyz(0.3457, 0.3585);
