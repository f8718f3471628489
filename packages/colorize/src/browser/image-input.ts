import { assertImageBuffer, type ImageBuffer, KlasLabError } from '@klaslab/core';
import { readImageSize } from '../core/image-header.js';
import { tooLarge } from '../core/limits.js';

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

/**
 * Turns any supported input into RGBA pixels for the worker (a copy: the caller's buffer is never
 * transferred away). Blobs are checked against `maxPixels` from their header before decoding.
 */
export async function toPixels(input: BrowserImageInput, maxPixels: number): Promise<ImageBuffer> {
  const g = globalThis as Record<string, unknown>;
  const is = (name: string) =>
    typeof g[name] === 'function' && input instanceof (g[name] as new () => unknown);
  if (is('Blob')) {
    const blob = input as Blob;
    if (blob.size === 0)
      throw new KlasLabError('IMAGE_DECODE_FAILED', 'The image file is empty (0 bytes).');
    const head = new Uint8Array(await blob.slice(0, 256 * 1024).arrayBuffer());
    const size = readImageSize(head);
    if (size && size.width * size.height > maxPixels)
      throw tooLarge(size.width, size.height, maxPixels);
    if (size && size.width * size.height === 0) {
      throw new KlasLabError(
        'IMAGE_EMPTY',
        `The image has no pixels (${size.width}×${size.height}).`,
      );
    }
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(blob, {
        imageOrientation: 'from-image',
        premultiplyAlpha: 'none',
        colorSpaceConversion: 'default',
      });
    } catch (cause) {
      throw new KlasLabError('IMAGE_DECODE_FAILED', 'The file could not be read as an image.', {
        cause,
        details: { hint: 'Use a JPEG, PNG, WebP or AVIF photo; re-export it if it is damaged.' },
      });
    }
    try {
      if (bitmap.width * bitmap.height > maxPixels)
        throw tooLarge(bitmap.width, bitmap.height, maxPixels);
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
