// What both runtime entries export, written once: the Colorizer API, its types and the helpers a
// page or script needs around it. Internals (the engine, decoders, runtime adapters) stay private;
// tests import them from source.
export { BUNDLED_MODELS, type BundledModelName } from './bundled-models.js';
export type {
  ColorizerOptions,
  LoadProgress,
  ModelSource,
} from './colorizer.js';
export { greyOf, sideBySide } from './compare.js';
export type {
  AlternativesOptions,
  ColorizeOptions,
  ColorizeResult,
  ModelInfo,
  Timings,
} from './engine.js';
export type {
  ColorProbe,
  Exploration,
  ExplorationAlternativesOptions,
  ProbeColor,
  ProbeOptions,
  RecolorOptions,
} from './exploration.js';
export { DEFAULT_MAX_EXPLORATIONS } from './exploration-store.js';
export { readImageSize } from './image-header.js';
export { type ModelFamily, type ModelManifest, parseManifest } from './manifest.js';
