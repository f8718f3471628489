import { KlasLabError } from '@klaslab/core';

/** Images above this many pixels are refused unless a caller raises the limit (50 megapixels). */
export const DEFAULT_MAX_PIXELS = 50_000_000;

export function tooLarge(width: number, height: number, limit: number): KlasLabError {
  return new KlasLabError(
    'IMAGE_TOO_LARGE',
    `The image has ${width}×${height} = ${((width * height) / 1e6).toFixed(1)} megapixels; the limit is ${(limit / 1e6).toFixed(1)}.`,
    {
      details: {
        width,
        height,
        limit,
        hint: 'Shrink the photo first, or raise maxPixels (--max-pixels) if you trust it.',
      },
    },
  );
}
