import type { BrowserImageInput } from '@klaslab/colorize/browser';
import { KlasLabError } from '@klaslab/core';
import { loadColorizeModule } from './model-controller.js';

/** Width and height of a photo that is not a file (an `<img>`, a canvas, ImageData, pixels…). */
function sizeOf(input: Exclude<BrowserImageInput, Blob>): [number, number] {
  if (input instanceof HTMLImageElement) return [input.naturalWidth, input.naturalHeight];
  if (input instanceof HTMLVideoElement) return [input.videoWidth, input.videoHeight];
  return [input.width, input.height];
}

/**
 * Checks a photo that is not a file by its size before the model loads; files are checked from
 * their header when they are decoded (`decodePhoto`). Throws `IMAGE_TOO_LARGE`.
 */
export function checkPhotoSize(input: Exclude<BrowserImageInput, Blob>, maxPixels: number): void {
  const [width, height] = sizeOf(input);
  if (width * height > maxPixels) {
    throw new KlasLabError('IMAGE_TOO_LARGE', 'The image is too large.', {
      details: { width, height, limit: maxPixels },
    });
  }
}

/**
 * The frame a canvas or video shows now, as an ImageBitmap: the element keeps its photo to explore
 * it again later (another model, a worker that ended), and a live source will show other pixels by
 * then. Other inputs as they are. A source that cannot be captured (an empty canvas, a video
 * without a frame yet) is given as it is, for the colorizer to say why with a coded error.
 */
export async function stillOf(input: BrowserImageInput): Promise<BrowserImageInput> {
  const live =
    input instanceof HTMLCanvasElement ||
    input instanceof HTMLVideoElement ||
    (typeof OffscreenCanvas !== 'undefined' && input instanceof OffscreenCanvas);
  if (!live) return input;
  try {
    return await createImageBitmap(input);
  } catch {
    return input;
  }
}

/**
 * Decodes a photo file once, for showing it and for colorizing it, with the colorize package's
 * checks (header first, then the decoder; coded errors that name the file).
 */
export async function decodePhoto(
  file: Blob,
  name: string,
  maxPixels: number,
): Promise<ImageBitmap> {
  const { decodePhotoFile } = await loadColorizeModule();
  return decodePhotoFile(file, { name, maxPixels });
}
