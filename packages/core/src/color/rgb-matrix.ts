import { D65, type Xyz, xyToXyz } from './white-point.js';

/** A 3×3 matrix, row-major. */
export type Matrix3 = readonly [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

export function multiplyMatrix3(m: Matrix3, x: number, y: number, z: number): Xyz {
  return [
    m[0] * x + m[1] * y + m[2] * z,
    m[3] * x + m[4] * y + m[5] * z,
    m[6] * x + m[7] * y + m[8] * z,
  ];
}

export function invertMatrix3(m: Matrix3): Matrix3 {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A / det,
    -(b * i - c * h) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    -(a * f - c * d) / det,
    C / det,
    -(a * h - b * g) / det,
    (a * e - b * d) / det,
  ];
}

/**
 * Derives the linear-RGB → XYZ matrix of an RGB space from its primaries' and white's chromaticities
 * (the standard construction: scale each primary so that R = G = B = 1 gives the white).
 */
export function rgbToXyzMatrix(
  red: readonly [number, number],
  green: readonly [number, number],
  blue: readonly [number, number],
  white: Xyz,
): Matrix3 {
  const [xr, yr, zr] = xyToXyz(red[0], red[1]);
  const [xg, yg, zg] = xyToXyz(green[0], green[1]);
  const [xb, yb, zb] = xyToXyz(blue[0], blue[1]);
  const inv = invertMatrix3([xr, xg, xb, yr, yg, yb, zr, zg, zb]);
  const [sr, sg, sb] = multiplyMatrix3(inv, white[0], white[1], white[2]);
  return [sr * xr, sg * xg, sb * xb, sr * yr, sg * yg, sb * yb, sr * zr, sg * zg, sb * zb];
}

/** Linear sRGB → XYZ (D65), from the ITU-R BT.709 primaries sRGB uses. Row 2 is the luminance weights. */
export const LINEAR_SRGB_TO_XYZ: Matrix3 = rgbToXyzMatrix(
  [0.64, 0.33],
  [0.3, 0.6],
  [0.15, 0.06],
  D65,
);

/** XYZ (D65) → linear sRGB. */
export const XYZ_TO_LINEAR_SRGB: Matrix3 = invertMatrix3(LINEAR_SRGB_TO_XYZ);
