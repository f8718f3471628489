import { KlasLabError } from '../errors/klaslab-error.js';
import { assertImageBuffer, type ImageBuffer } from '../image/image-buffer.js';
import { deltaE2000 } from './delta-e.js';
import { rgbaToLab } from './image-lab.js';

/**
 * The default "close" threshold, ΔE00 ≤ 10. On the usual reading of CIEDE2000 values (e.g.
 * Z. Schuessler, "Delta E 101", http://zschuessler.github.io/DeltaE/learn/: < 1 not perceptible,
 * 1–2 seen on close inspection, 2–10 perceptible at a glance, 11–49 more similar than opposite),
 * up to 10 two colours still read as the same colour, slightly off; above it they are different
 * colours. A colorization keeps the photo's own L*, so the difference is all hue and chroma.
 */
export const DEFAULT_CLOSE_DELTA_E = 10;

export interface ColorClosenessOptions {
  /** A pixel counts as close when its ΔE00 is at most this (default {@link DEFAULT_CLOSE_DELTA_E}). */
  threshold?: number;
}

export interface ColorCloseness {
  /** Mean CIEDE2000 difference over all pixels. */
  meanDeltaE: number;
  /** 0…1: the share of pixels whose ΔE00 is at most `threshold`. */
  closeShare: number;
  threshold: number;
  /** Pixels compared. */
  pixels: number;
}

/**
 * How close the colours of `guess` are to those of `truth` (e.g. a colorization to the real colour
 * photo): per pixel the CIEDE2000 difference of their CIELAB colours (sRGB, D65; alpha ignored),
 * its mean, and the share of pixels within `threshold`. Both images must have the same size.
 *
 * @example
 * ```ts
 * const red = { width: 1, height: 1, data: new Uint8ClampedArray([255, 0, 0, 255]) };
 * colorCloseness(red, red); // { meanDeltaE: 0, closeShare: 1, threshold: 10, pixels: 1 }
 * ```
 */
export function colorCloseness(
  truth: ImageBuffer,
  guess: ImageBuffer,
  options: ColorClosenessOptions = {},
): ColorCloseness {
  assertImageBuffer(truth);
  assertImageBuffer(guess);
  const threshold = options.threshold ?? DEFAULT_CLOSE_DELTA_E;
  if (typeof threshold !== 'number' || !(threshold >= 0) || !Number.isFinite(threshold)) {
    throw new KlasLabError(
      'CLOSENESS_BAD_THRESHOLD',
      `The closeness threshold must be a ΔE00 of 0 or more (got ${JSON.stringify(threshold)}).`,
      { details: { option: 'threshold', value: threshold, hint: 'Leave it out for 10.' } },
    );
  }
  const { width, height } = truth;
  if (guess.width !== width || guess.height !== height) {
    throw new KlasLabError(
      'IMAGE_SIZE_MISMATCH',
      `The two images differ in size: ${width}×${height} (truth) and ${guess.width}×${guess.height} (guess).`,
      {
        details: {
          width,
          height,
          guessWidth: guess.width,
          guessHeight: guess.height,
          hint: 'Compare the colorization with the photo it was made from, at the same size.',
        },
      },
    );
  }
  const pixels = width * height;
  if (pixels === 0) {
    throw new KlasLabError('IMAGE_EMPTY', `The images have no pixels (${width}×${height}).`, {
      details: { width, height },
    });
  }
  const t = rgbaToLab(truth).data;
  const g = rgbaToLab(guess).data;
  let sum = 0;
  let close = 0;
  for (let p = 0; p < pixels; p++) {
    const d = deltaE2000(
      t[p]!,
      t[pixels + p]!,
      t[2 * pixels + p]!,
      g[p]!,
      g[pixels + p]!,
      g[2 * pixels + p]!,
    );
    sum += d;
    if (d <= threshold) close++;
  }
  return { meanDeltaE: sum / pixels, closeShare: close / pixels, threshold, pixels };
}
