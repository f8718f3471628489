/**
 * @packageDocumentation
 * Runtime-neutral primitives shared by every KlasLab package: RGBA and planar float image buffers,
 * sRGB ⇄ CIELAB colour science (D65), resampling, one typed error class, and a small i18n helper.
 * No DOM, no Node built-ins: works unchanged in browsers, workers and Node.
 */
export {
  type Lab,
  labToXyz,
  labToXyzInto,
  lightnessFromY,
  xyzToLab,
  xyzToLabInto,
  yFromLightness,
} from './color/cielab.js';
export {
  type ColorCloseness,
  type ColorClosenessOptions,
  colorCloseness,
  DEFAULT_CLOSE_DELTA_E,
} from './color/closeness.js';
export { deltaE2000 } from './color/delta-e.js';
export { GREY_LIGHTNESS } from './color/grey-lightness.js';
export { type LabToRgbaOptions, labToRgba, rgbaToLab, rgbaToLightness } from './color/image-lab.js';
export { type LightnessAreaOptions, rgbaToLightnessArea } from './color/lightness.js';
export { type RecombineLabOptions, recombineLab } from './color/recombine.js';
export {
  invertMatrix3,
  LINEAR_SRGB_TO_XYZ,
  type Matrix3,
  multiplyMatrix3,
  rgbToXyzMatrix,
  XYZ_TO_LINEAR_SRGB,
} from './color/rgb-matrix.js';
export {
  type LightnessRows,
  type PhotoKernels,
  photoKernels,
  type RecombineRows,
  type SoftmaxSums,
} from './color/simd/photo-kernels.js';
export { labToSrgb, labToSrgbInto, srgbToLab, srgbToLabInto } from './color/srgb-lab.js';
export {
  linearToSrgb,
  linearToSrgb8,
  SRGB8_TO_LINEAR,
  srgbToLinear,
} from './color/srgb-transfer.js';
export { D50, D65, type Xyz, xyToXyz } from './color/white-point.js';
export {
  type ErrorDetails,
  KlasLabError,
  type KlasLabErrorOptions,
} from './errors/klaslab-error.js';
export {
  type ErrorText,
  type ErrorTexts,
  localizeError,
} from './errors/localize-error.js';
export {
  type Catalog,
  type CatalogInput,
  createCatalog,
  DEFAULT_LOCALE,
  interpolate,
  type Locale,
  type Message,
  type Messages,
  type Params,
  type PluralMessage,
  resolveLocale,
  SUPPORTED_LOCALES,
} from './i18n/catalog.js';
export {
  assertImageBuffer,
  assertPlanarImage,
  createImageBuffer,
  createPlanarImage,
  type ImageBuffer,
  MAX_PIXELS_HARD_LIMIT,
  type PlanarImage,
  planeOf,
  reusePlanarImage,
} from './image/image-buffer.js';
export { resizeArea, resizeBilinear, sampleBilinear } from './resize/resize.js';
