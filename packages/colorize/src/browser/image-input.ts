import { assertImageBuffer, type ImageBuffer, KlasLabError } from '@klaslab/core';
import { readImageSize } from '../core/image-header.js';
import { DEFAULT_MAX_PIXELS, tooLarge } from '../core/limits.js';

/** Anything a page has a photo as. */
export type BrowserImageInput =
  | ImageBuffer
  | ImageData
  | Blob
  | HTMLImageElement
  | HTMLCanvasElement
  | HTMLVideoElement
  | ImageBitmap
  | OffscreenCanvas;

function draw(source: CanvasImageSource, width: number, height: number): ImageBuffer {
  if (width === 0 || height === 0) {
    throw new KlasLabError('IMAGE_EMPTY', `The image has no pixels (${width}×${height}).`, {
      details: { width, height },
    });
  }
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true, colorSpace: 'srgb' });
  if (!context)
    throw new KlasLabError('IMAGE_DECODE_FAILED', 'This browser cannot read canvas pixels.');
  context.drawImage(source, 0, 0);
  const data = context.getImageData(0, 0, width, height, { colorSpace: 'srgb' });
  return { width, height, data: data.data };
}

/** Options of {@link decodePhotoFile}. */
export interface PhotoFileOptions {
  /** Refuse photos of more pixels than this (default 50 megapixels), from the header when it can. */
  maxPixels?: number;
  /** The name errors give the file (default: a File's own name). */
  name?: string;
}

/**
 * Decodes a photo file (a `File` or `Blob`) into an `ImageBitmap`, EXIF orientation applied,
 * after checking it from its first bytes, so a 12 MP JPEG or a decompression bomb is refused
 * before it is decoded. Throws a coded `KlasLabError`: `IMAGE_DECODE_FAILED` (empty or damaged),
 * `IMAGE_UNSUPPORTED` (not an image: neither a known header nor an `image/` type),
 * `IMAGE_TOO_LARGE`, `IMAGE_EMPTY`. The caller owns the bitmap (`close()` it when done).
 */
export async function decodePhotoFile(
  file: Blob,
  { maxPixels = DEFAULT_MAX_PIXELS, name = (file as Partial<File>).name }: PhotoFileOptions = {},
): Promise<ImageBitmap> {
  const details = name ? { file: name } : {};
  const called = name ? `${name}: the` : 'The';
  if (file.size === 0)
    throw new KlasLabError('IMAGE_DECODE_FAILED', `${called} file is empty (0 bytes).`, {
      details,
    });
  const size = readImageSize(new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer()));
  if (!size && file.type && !file.type.startsWith('image/')) {
    throw new KlasLabError('IMAGE_UNSUPPORTED', `${called} file is not an image (${file.type}).`, {
      details: { ...details, type: file.type },
    });
  }
  if (size && size.width * size.height > maxPixels)
    throw tooLarge(size.width, size.height, maxPixels);
  if (size && size.width * size.height === 0) {
    throw new KlasLabError(
      'IMAGE_EMPTY',
      `The image has no pixels (${size.width}×${size.height}).`,
      {
        details,
      },
    );
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, {
      imageOrientation: 'from-image',
      premultiplyAlpha: 'none',
      colorSpaceConversion: 'default',
    });
  } catch (cause) {
    throw new KlasLabError('IMAGE_DECODE_FAILED', `${called} file could not be read as an image.`, {
      cause,
      details: {
        ...details,
        hint: 'Use a JPEG, PNG, WebP or AVIF photo; re-export it if it is damaged.',
      },
    });
  }
  if (bitmap.width * bitmap.height > maxPixels) {
    bitmap.close();
    throw tooLarge(bitmap.width, bitmap.height, maxPixels);
  }
  return bitmap;
}

/**
 * Turns any supported input into RGBA pixels for the worker (a copy: the caller's buffer is never
 * transferred away). Blobs are checked against `maxPixels` from their header before decoding.
 */
export async function toPixels(input: BrowserImageInput, maxPixels: number): Promise<ImageBuffer> {
  const g = globalThis as Record<string, unknown>;
  const is = (name: string) =>
    typeof g[name] === 'function' && input instanceof (g[name] as new () => unknown);
  if (is('Blob')) {
    const bitmap = await decodePhotoFile(input as Blob, { maxPixels });
    try {
      return draw(bitmap, bitmap.width, bitmap.height);
    } finally {
      bitmap.close();
    }
  }
  if (is('HTMLImageElement')) {
    const img = input as HTMLImageElement;
    try {
      await img.decode();
    } catch (cause) {
      throw new KlasLabError(
        'IMAGE_DECODE_FAILED',
        `The image ${img.currentSrc || img.src} could not be decoded.`,
        {
          cause,
          details: { file: img.currentSrc || img.src },
        },
      );
    }
    if (img.naturalWidth * img.naturalHeight > maxPixels)
      throw tooLarge(img.naturalWidth, img.naturalHeight, maxPixels);
    return draw(img, img.naturalWidth, img.naturalHeight);
  }
  if (is('HTMLVideoElement')) {
    const video = input as HTMLVideoElement;
    return draw(video, video.videoWidth, video.videoHeight);
  }
  if (is('ImageBitmap') || is('HTMLCanvasElement') || is('OffscreenCanvas')) {
    const source = input as ImageBitmap | HTMLCanvasElement | OffscreenCanvas;
    if (source.width * source.height > maxPixels)
      throw tooLarge(source.width, source.height, maxPixels);
    return draw(source, source.width, source.height);
  }
  const buffer = input as ImageBuffer;
  assertImageBuffer(buffer);
  return { width: buffer.width, height: buffer.height, data: new Uint8ClampedArray(buffer.data) };
}
