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

/**
 * Largest side of the square the model sees. The network's activations grow with its square: at
 * 4096 the default model took 110 s and 6.4 GB for one photo, at 1024 it stays well under a GB
 * (see the README's benchmark figures). Photos of any size still come out at full size: only the
 * model's view is capped.
 */
export const MAX_INPUT_SIZE = 1024;

/** Most values one model output may hold (2^25 floats = 128 MB), whatever the input size. */
export const MAX_OUTPUT_VALUES = 2 ** 25;

/** Why `inputSize` is too big for a model with this output, or `undefined` when it fits. */
export function inputSizeProblem(
  inputSize: number,
  output: { channels: number; stride: number },
): string | undefined {
  if (inputSize > MAX_INPUT_SIZE) return `at most ${MAX_INPUT_SIZE}`;
  const side = inputSize / output.stride;
  if (side * side * output.channels > MAX_OUTPUT_VALUES) {
    const most = Math.floor(Math.sqrt(MAX_OUTPUT_VALUES / output.channels)) * output.stride;
    return `at most ${most - (most % output.stride)} for a model with ${output.channels} output channels`;
  }
  return undefined;
}
