import { KlasLabError } from '../errors/klaslab-error.js';
import {
  assertImageBuffer,
  assertPlanarImage,
  type ImageBuffer,
  type PlanarImage,
  reusePlanarImage,
} from '../image/image-buffer.js';
import { EPSILON, KAPPA, lightnessFromY } from './cielab.js';
import { recombineLab } from './recombine.js';
import { LINEAR_SRGB_TO_XYZ as M } from './rgb-matrix.js';
import { SRGB8_TO_LINEAR } from './srgb-transfer.js';
import { D65 } from './white-point.js';

const [XN, YN, ZN] = D65;

/**
 * Converts an RGBA image to planar CIELAB (channels L*, a*, b*; alpha ignored).
 * Pass `out` to reuse a buffer across calls; it is used when its shape fits.
 *
 * @example
 * ```ts
 * const lab = rgbaToLab({ width: 1, height: 1, data: new Uint8ClampedArray([255, 0, 0, 255]) });
 * lab.data; // Float32Array [≈53.24, ≈80.09, ≈67.20]
 * ```
 */
export function rgbaToLab(image: ImageBuffer, out?: PlanarImage): PlanarImage {
  assertImageBuffer(image);
  const { width, height, data } = image;
  const lab = reusePlanarImage(out, width, height, 3);
  const size = width * height;
  const L = lab.data;
  for (let p = 0, i = 0; p < size; p++, i += 4) {
    const r = SRGB8_TO_LINEAR[data[i]!]!;
    const g = SRGB8_TO_LINEAR[data[i + 1]!]!;
    const b = SRGB8_TO_LINEAR[data[i + 2]!]!;
    const x = (M[0] * r + M[1] * g + M[2] * b) / XN;
    const y = (M[3] * r + M[4] * g + M[5] * b) / YN;
    const z = (M[6] * r + M[7] * g + M[8] * b) / ZN;
    const fx = x > EPSILON ? Math.cbrt(x) : (KAPPA * x + 16) / 116;
    const fy = y > EPSILON ? Math.cbrt(y) : (KAPPA * y + 16) / 116;
    const fz = z > EPSILON ? Math.cbrt(z) : (KAPPA * z + 16) / 116;
    L[p] = 116 * fy - 16;
    L[size + p] = 500 * (fx - fy);
    L[2 * size + p] = 200 * (fy - fz);
  }
  return lab;
}

/**
 * The L* channel alone (one plane): what a colorization model sees. Cheaper than {@link rgbaToLab}
 * because only luminance is needed.
 */
export function rgbaToLightness(image: ImageBuffer, out?: PlanarImage): PlanarImage {
  assertImageBuffer(image);
  const { width, height, data } = image;
  const plane = reusePlanarImage(out, width, height, 1);
  const size = width * height;
  const L = plane.data;
  for (let p = 0, i = 0; p < size; p++, i += 4) {
    const y =
      M[3] * SRGB8_TO_LINEAR[data[i]!]! +
      M[4] * SRGB8_TO_LINEAR[data[i + 1]!]! +
      M[5] * SRGB8_TO_LINEAR[data[i + 2]!]!;
    L[p] = lightnessFromY(y / YN);
  }
  return plane;
}

export interface LabToRgbaOptions {
  /** Reuse this RGBA buffer when its size fits. */
  out?: ImageBuffer;
  /** Copy alpha from this image (same size); otherwise alpha is 255. */
  alphaFrom?: ImageBuffer;
}

/**
 * Converts planar CIELAB back to 8-bit RGBA, rounding to the nearest code value and clamping colours
 * outside the sRGB gamut. `sRGB → rgbaToLab → labToRgba` returns every 8-bit colour unchanged.
 */
export function labToRgba(lab: PlanarImage, options: LabToRgbaOptions = {}): ImageBuffer {
  assertPlanarImage(lab, 'Lab image');
  if (lab.channels !== 3) {
    throw new KlasLabError(
      'IMAGE_BAD_CHANNELS',
      `A Lab image has 3 channels (got ${lab.channels}).`,
      {
        details: { channels: lab.channels },
      },
    );
  }
  const { width, height } = lab;
  const size = width * height;
  if (size === 0) return { width, height, data: new Uint8ClampedArray(0) };
  // recombineLab at identity scale: bilinear upsampling by 1 returns the a*, b* values exactly, so
  // both functions share one per-pixel Lab → sRGB kernel.
  return recombineLab(
    { width, height, channels: 1, data: lab.data.subarray(0, size) },
    { width, height, channels: 2, data: lab.data.subarray(size) },
    options,
  );
}
