import { type ImageBuffer, labToSrgb, type PlanarImage } from '@klaslab/core';

/** RGBA pixels to a PNG blob (for downloads). */
export async function toPngBlob(image: ImageBuffer): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.putImageData(
    new ImageData(new Uint8ClampedArray(image.data), image.width, image.height),
    0,
    0,
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}

/** A one-channel 0…1 map (confidence) as grey pixels: 1 = white. */
export function mapToImage(map: PlanarImage, channel = 0): ImageBuffer {
  const { width, height } = map;
  const n = width * height;
  const data = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const v = Math.round(Math.min(1, Math.max(0, map.data[channel * n + i] ?? 0)) * 255);
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

/**
 * One chroma channel of a Lab image made visible: a* (channel 0) or b* (channel 1) at a fixed
 * lightness, the other chroma channel zero, so a* shows as green↔red and b* as blue↔yellow.
 */
export function chromaToImage(ab: PlanarImage, channel: 0 | 1, lightness = 65): ImageBuffer {
  const { width, height } = ab;
  const n = width * height;
  const data = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const v = ab.data[channel * n + i] ?? 0;
    const [r, g, b] = channel === 0 ? labToSrgb(lightness, v, 0) : labToSrgb(lightness, 0, v);
    data[i * 4] = Math.round(r * 255);
    data[i * 4 + 1] = Math.round(g * 255);
    data[i * 4 + 2] = Math.round(b * 255);
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

/** What the colorizer shows: pixels it computed, or a photo the browser decoded. */
export type Picture = ImageBuffer | ImageBitmap;

/**
 * Draws a picture on a canvas at its own size. The colorizer shows pictures on canvases, not as
 * `blob:` URLs in `<img>`: a page with `default-src 'self'` (so `img-src 'self'`) blocks those.
 */
export function drawPicture(canvas: HTMLCanvasElement, picture: Picture): void {
  canvas.width = picture.width;
  canvas.height = picture.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  if ('data' in picture) {
    context.putImageData(
      new ImageData(new Uint8ClampedArray(picture.data), picture.width, picture.height),
      0,
      0,
    );
  } else context.drawImage(picture, 0, 0);
}

/**
 * Where the model is unsure, as a purple veil: alpha = 1 − confidence (0…1 map at the model's
 * output size; the canvas is stretched over the photo).
 */
export function uncertaintyOverlay(confidence: PlanarImage): ImageBuffer {
  const { width, height } = confidence;
  const n = width * height;
  const data = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const unsure = 1 - Math.min(1, Math.max(0, confidence.data[i] ?? 0));
    data[i * 4] = 128;
    data[i * 4 + 1] = 0;
    data[i * 4 + 2] = 160;
    data[i * 4 + 3] = Math.round(unsure * 255);
  }
  return { width, height, data };
}

/** The photo's pixels at `width` × `height` (the result's size). */
export function picturePixels(picture: Picture, width: number, height: number): ImageBuffer {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d canvas');
  if ('data' in picture) {
    if (picture.width !== width || picture.height !== height) throw new Error('size mismatch');
    return picture;
  }
  context.drawImage(picture, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height);
  return { width, height, data };
}

/**
 * Whether a photo has colour: the mean spread of its R, G, B channels is above `level` (8-bit).
 * JPEG noise in a grey photo stays well under 2.
 */
export function hasColour(image: ImageBuffer, level = 4): boolean {
  const d = image.data;
  let spread = 0;
  for (let i = 0; i < d.length; i += 4) {
    const r = d[i]!;
    const g = d[i + 1]!;
    const b = d[i + 2]!;
    spread += Math.max(r, g, b) - Math.min(r, g, b);
  }
  return spread / (d.length / 4) > level;
}
