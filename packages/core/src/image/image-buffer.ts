import { KlasLabError } from '../errors/klaslab-error.js';

/**
 * An 8-bit RGBA image, laid out row by row like the DOM's `ImageData` (which satisfies this type),
 * but usable without a DOM: in Node, workers and tests.
 */
export interface ImageBuffer {
  width: number;
  height: number;
  /** `width * height * 4` bytes: R, G, B, A for each pixel. */
  data: Uint8ClampedArray;
}

/**
 * A float image stored plane by plane (channel, row, column): the NCHW layout of a model tensor with
 * batch size 1. `data.length === channels * height * width`.
 */
export interface PlanarImage {
  width: number;
  height: number;
  channels: number;
  data: Float32Array;
}

/** The pixel count past which we refuse to allocate (about 268 megapixels; a 16k×16k image). */
export const MAX_PIXELS_HARD_LIMIT = 1 << 28;

function checkDimensions(width: number, height: number, what: string): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new KlasLabError(
      'IMAGE_BAD_SIZE',
      `${what} size must be whole, non-negative numbers (got ${width}×${height}).`,
      {
        details: { width, height },
      },
    );
  }
  if (width * height > MAX_PIXELS_HARD_LIMIT) {
    throw new KlasLabError(
      'IMAGE_TOO_LARGE',
      `${what} of ${width}×${height} pixels is too large.`,
      {
        details: { width, height, limit: MAX_PIXELS_HARD_LIMIT },
      },
    );
  }
}

/** Allocates a transparent-black RGBA image. */
export function createImageBuffer(width: number, height: number): ImageBuffer {
  checkDimensions(width, height, 'Image');
  return { width, height, data: new Uint8ClampedArray(width * height * 4) };
}

/** Allocates a zero-filled planar float image. */
export function createPlanarImage(width: number, height: number, channels: number): PlanarImage {
  checkDimensions(width, height, 'Planar image');
  if (!Number.isInteger(channels) || channels < 1) {
    throw new KlasLabError(
      'IMAGE_BAD_SIZE',
      `A planar image needs at least one channel (got ${channels}).`,
      {
        details: { channels },
      },
    );
  }
  return { width, height, channels, data: new Float32Array(width * height * channels) };
}

/**
 * Returns `out` when it already has the wanted shape, else a new planar image. Lets hot paths reuse
 * buffers across calls without the caller tracking sizes.
 */
export function reusePlanarImage(
  out: PlanarImage | undefined,
  width: number,
  height: number,
  channels: number,
): PlanarImage {
  if (out && out.width === width && out.height === height && out.channels === channels) return out;
  return createPlanarImage(width, height, channels);
}

/** Checks that a value really is an RGBA image buffer with consistent size, and says what is wrong. */
export function assertImageBuffer(value: unknown, name = 'image'): asserts value is ImageBuffer {
  const v = value as Partial<ImageBuffer> | null | undefined;
  if (typeof v !== 'object' || v === null || !(v.data instanceof Uint8ClampedArray)) {
    throw new KlasLabError(
      'IMAGE_NOT_A_BUFFER',
      `The ${name} is not an RGBA image buffer ({ width, height, data: Uint8ClampedArray }).`,
    );
  }
  checkDimensions(v.width as number, v.height as number, 'Image');
  const expected = (v.width as number) * (v.height as number) * 4;
  if (v.data.length !== expected) {
    throw new KlasLabError(
      'IMAGE_SIZE_MISMATCH',
      `The ${name} claims ${v.width}×${v.height} pixels but holds ${v.data.length} bytes (expected ${expected}).`,
      { details: { width: v.width, height: v.height, bytes: v.data.length, expected } },
    );
  }
}

/** Checks a planar float image's size against its data. */
export function assertPlanarImage(value: PlanarImage, name = 'planar image'): void {
  const expected = value.width * value.height * value.channels;
  if (!(value.data instanceof Float32Array) || value.data.length !== expected) {
    throw new KlasLabError(
      'IMAGE_SIZE_MISMATCH',
      `The ${name} claims ${value.channels}×${value.height}×${value.width} values but holds ${value.data?.length ?? 0}.`,
      { details: { width: value.width, height: value.height, channels: value.channels, expected } },
    );
  }
}

/** A view of one channel plane, sharing memory with the image. */
export function planeOf(image: PlanarImage, channel: number): Float32Array {
  const size = image.width * image.height;
  return image.data.subarray(channel * size, (channel + 1) * size);
}

/**
 * @internal The band of output rows `[rowStart, rowEnd)` a caller asked for (default: all
 * `height` rows), checked; lets workers share one output.
 */
export function rowBand(
  options: { rowStart?: number; rowEnd?: number },
  height: number,
): [rowStart: number, rowEnd: number] {
  const rowStart = options.rowStart ?? 0;
  const rowEnd = options.rowEnd ?? height;
  if (
    !Number.isInteger(rowStart) ||
    !Number.isInteger(rowEnd) ||
    rowStart < 0 ||
    rowEnd > height ||
    rowStart > rowEnd
  ) {
    throw new KlasLabError(
      'RESIZE_BAD_SIZE',
      `Rows ${rowStart}…${rowEnd} are not within the output's ${height} rows.`,
      { details: { rowStart, rowEnd, height } },
    );
  }
  return [rowStart, rowEnd];
}
