import { getDefaults } from '../shared/config.js';

// Every built file sits in dist/ (entries and chunks alike), so the sample photos shipped in
// dist/samples/ are found relative to this module wherever the package is served from.
const defaults = getDefaults();
defaults.samplesBase ??= new URL('./samples/', import.meta.url).href;
defaults.galleryBase ??= new URL('./gallery/', import.meta.url).href;

/** Exported so bundlers keep this module (it has side effects). */
export const elementDefaults = defaults;
