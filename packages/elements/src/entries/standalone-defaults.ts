import { getDefaults } from '../shared/config.js';

// Runs before the elements register (imported first by standalone.ts), so an eager colorizer
// already in the page sees these defaults when it upgrades.
const defaults = getDefaults();
const here = (path: string) => new URL(path, import.meta.url).href;
defaults.workerUrl ??= here('./colorize-worker.js');
defaults.wasmPath ??= here('./ort/');
defaults.modelSrc ??= here('./models/default/model.json');
defaults.samplesBase ??= here('./samples/');

/** The defaults this file set (exported so bundlers keep this module: it has side effects). */
export const standaloneDefaults = defaults;
