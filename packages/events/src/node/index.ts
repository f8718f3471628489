/**
 * @packageDocumentation
 * Node-only helpers: find and read event files on disk, and write outputs atomically.
 */

export { EVENTS_ERROR_TEXTS } from './error-texts.js';
export { type FindOptions, findEventFiles, readEventFiles, writeFileAtomic } from './files.js';
