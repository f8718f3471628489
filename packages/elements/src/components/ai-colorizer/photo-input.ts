import type { BrowserImageInput } from '@klaslab/colorize/browser';
import { KlasLabError } from '@klaslab/core';
import { loadColorizeModule } from './model-controller.js';

/** Width and height of a photo that is not a file (an `<img>`, a canvas, ImageData, pixels…). */
function sizeOf(input: Exclude<BrowserImageInput, Blob>): [number, number] {
  if (input instanceof HTMLImageElement) return [input.naturalWidth, input.naturalHeight];
  if (input instanceof HTMLVideoElement) return [input.videoWidth, input.videoHeight];
  return [input.width, input.height];
}

/** Refuses a photo of more than `maxPixels` pixels with `IMAGE_TOO_LARGE`. */
function checkSize(width: number, height: number, maxPixels: number): void {
  if (width * height > maxPixels) {
    throw new KlasLabError('IMAGE_TOO_LARGE', 'The image is too large.', {
      details: { width, height, limit: maxPixels },
    });
  }
}

/**
 * Checks a photo before any decoding: a file by its type and header (a 12 MP JPEG is refused from
 * its first bytes), other inputs by their size. Throws a coded `KlasLabError`.
 */
export async function checkPhoto(input: BrowserImageInput, maxPixels: number): Promise<void> {
  if (!(input instanceof Blob)) {
    checkSize(...sizeOf(input), maxPixels);
    return;
  }
  if (input.type && !input.type.startsWith('image/')) {
    throw new KlasLabError('IMAGE_UNSUPPORTED', `Not an image: ${input.type}`);
  }
  const { readImageSize } = await loadColorizeModule();
  const head = new Uint8Array(await input.slice(0, 262_144).arrayBuffer());
  const size = readImageSize(head);
  if (!size && !input.type)
    throw new KlasLabError('IMAGE_UNSUPPORTED', 'Not a known image format.');
  if (size) checkSize(size.width, size.height, maxPixels);
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
 * Decodes a photo file once, for showing it and for colorizing it. A file the browser cannot
 * decode (a damaged JPEG behind a good header) gets `IMAGE_DECODE_FAILED` with its name.
 */
export async function decodePhoto(file: Blob, name: string): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (cause) {
    throw new KlasLabError('IMAGE_DECODE_FAILED', `${name} could not be read as an image.`, {
      cause,
      details: {
        file: name,
        hint: 'Use a JPEG, PNG, WebP or AVIF photo; re-export it if it is damaged.',
      },
    });
  }
}
