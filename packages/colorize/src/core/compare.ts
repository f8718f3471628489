import { type ImageBuffer, labToRgba, planeOf, rgbaToLightness } from '@klaslab/core';

/** What the model sees: the image's L* with a* = b* = 0, as RGBA (alpha kept). */
export function greyOf(image: ImageBuffer): ImageBuffer {
  const { width, height } = image;
  const lab = { width, height, channels: 3, data: new Float32Array(width * height * 3) };
  rgbaToLightness(image, { width, height, channels: 1, data: planeOf(lab, 0) });
  return labToRgba(lab, { alphaFrom: image });
}

/** Two images of the same size next to each other: grey on the left, colorized on the right. */
export function sideBySide(original: ImageBuffer, colorized: ImageBuffer): ImageBuffer {
  const { width, height } = colorized;
  const grey = greyOf(original);
  const out = new Uint8ClampedArray(width * 2 * height * 4);
  const row = width * 4;
  for (let y = 0; y < height; y++) {
    out.set(grey.data.subarray(y * row, (y + 1) * row), y * row * 2);
    out.set(colorized.data.subarray(y * row, (y + 1) * row), y * row * 2 + row);
  }
  return { width: width * 2, height, data: out };
}
