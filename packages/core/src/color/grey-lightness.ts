import { lightnessFromY } from './cielab.js';
import { LINEAR_SRGB_TO_XYZ as M } from './rgb-matrix.js';
import { SRGB8_TO_LINEAR } from './srgb-transfer.js';
import { D65 } from './white-point.js';

/** L* of the 256 grey levels (R = G = B), by the exact expression of `rgbaToLightness`. */
export const GREY_LIGHTNESS: Float32Array = (() => {
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) {
    const y = M[3] * SRGB8_TO_LINEAR[v]! + M[4] * SRGB8_TO_LINEAR[v]! + M[5] * SRGB8_TO_LINEAR[v]!;
    table[v] = lightnessFromY(y / D65[1]);
  }
  return table;
})();
