import { type ImageBuffer, type PlanarImage, rgbaToLightness } from '@klaslab/core';

let greyTable: Float32Array | undefined;

/** L* of the 256 grey levels, computed once by core's own `rgbaToLightness` (so values are identical). */
function greyLightness(): Float32Array {
  if (!greyTable) {
    const ramp = new Uint8ClampedArray(256 * 4);
    for (let v = 0; v < 256; v++) ramp.set([v, v, v, 255], v * 4);
    greyTable = rgbaToLightness({ width: 256, height: 1, data: ramp }).data;
  }
  return greyTable;
}

/**
 * `rgbaToLightness` with a fast path for what a colorizer mostly sees, black-and-white photos:
 * when every pixel has R = G = B, L* is one lookup per pixel in a 256-entry table built by
 * `rgbaToLightness` itself, so the result is bit-identical. Colour images take the general path.
 */
export function lightnessOf(image: ImageBuffer, out: PlanarImage): PlanarImage {
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i] !== d[i + 1] || d[i] !== d[i + 2]) return rgbaToLightness(image, out);
  }
  const table = greyLightness();
  const L = out.data;
  for (let p = 0, i = 0; p < L.length; p++, i += 4) L[p] = table[d[i]!]!;
  return out;
}
