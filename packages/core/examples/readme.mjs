// The README's examples, runnable: `npm run build --workspace @klaslab/core && node packages/core/examples/readme.mjs`
import {
  createCatalog,
  KlasLabError,
  labToRgba,
  resizeArea,
  rgbaToLab,
  srgbToLab,
} from '@klaslab/core';

// One colour (sRGB channels 0…1) → CIELAB (D65)
console.log(srgbToLab(1, 0, 0)); // ≈ [53.24, 80.09, 67.20]

// A whole image (RGBA, like DOM ImageData) → planar Lab, and back, losslessly for 8-bit colours
const image = {
  width: 2,
  height: 1,
  data: new Uint8ClampedArray([255, 0, 0, 255, 0, 128, 255, 255]),
};
const lab = rgbaToLab(image); // { width, height, channels: 3, data: Float32Array [L…, a…, b…] }
const back = labToRgba(lab); // same bytes as image
const small = resizeArea(lab, 1, 1); // block average per channel
console.log(lab.channels, [...back.data], small.width, small.height);

// Errors: match on `code`
try {
  resizeArea(lab, 0, 1);
} catch (error) {
  if (KlasLabError.is(error)) console.log(error.code);
}

// i18n
const catalog = createCatalog({
  nl: { photos: { one: '{count} foto', other: '{count} foto’s' } },
  en: { photos: { one: '{count} photo', other: '{count} photos' } },
});
console.log(catalog.t('en-GB', 'photos', { count: 3 })); // '3 photos'
console.log(catalog.t('fr', 'photos', { count: 3 })); // falls back to Dutch: '3 foto’s'
