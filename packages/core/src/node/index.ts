/**
 * @packageDocumentation
 * Node-only file guards shared by KlasLab's command-line tools: read only regular input files of
 * bounded size, open a bounded number at once, check outputs against inputs by file identity, and
 * write outputs without renaming over devices or losing the old file on failure. Not part of the
 * runtime-neutral main entry: import `@klaslab/core/node`.
 */
export { DEFAULT_OPEN_CONCURRENCY, mapBounded } from './bounded.js';
export { FILE_ERROR_TEXTS } from './file-error-texts.js';
export { checkOutputs, type InputFolder, type OutputCheck } from './output-guard.js';
export { DEFAULT_MAX_INPUT_BYTES, type ReadInputOptions, readInputFile } from './read-input.js';
export { writeOutputFile } from './write-output.js';
