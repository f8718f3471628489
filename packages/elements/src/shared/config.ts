/**
 * Where the colorizer's heavy assets come from when the page does not say (`model-src`,
 * `wasm-path`). The per-element ESM build leaves them to `@klaslab/colorize` (its bundled model,
 * onnxruntime-web beside your bundle); the standalone `klaslab-elements.js` points them at the
 * files it ships beside itself.
 */
export interface ElementDefaults {
  modelSrc?: string;
  wasmPath?: string;
  workerUrl?: string;
  /** The offline service worker (`<ai-colorizer offline>`); the standalone build ships one. */
  serviceWorkerUrl?: string;
  /** Folder of the bundled sample photos (with `samples.json`). */
  samplesBase?: string;
  /** Folder of the gallery, quiz and training-data pictures (with `gallery.json`). */
  galleryBase?: string;
}

const KEY = Symbol.for('@klaslab/elements/defaults');

export function getDefaults(): ElementDefaults {
  const g = globalThis as Record<symbol, ElementDefaults | undefined>;
  g[KEY] ??= {};
  return g[KEY];
}

/** Sets page-wide defaults (the standalone script does this for the files beside it). */
export function setDefaults(values: ElementDefaults): void {
  Object.assign(getDefaults(), values);
}
