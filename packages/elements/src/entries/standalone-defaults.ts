import { getDefaults } from '../shared/config.js';

// Elements already in the page upgrade while standalone.ts is still evaluating; the colorizer reads
// these defaults only after an await, so it sees them whichever module runs first.
const defaults = getDefaults();
const here = (path: string) => new URL(path, import.meta.url).href;
defaults.workerUrl ??= here('./colorize-worker.js');
defaults.wasmPath ??= here('./ort/');
defaults.modelSrc ??= here('./models/default/model.json');
defaults.samplesBase ??= here('./samples/');
defaults.galleryBase ??= here('./gallery/');
defaults.serviceWorkerUrl ??= here('./klaslab-offline.js');

/** The defaults this file set (exported so bundlers keep this module: it has side effects). */
export const standaloneDefaults = defaults;
