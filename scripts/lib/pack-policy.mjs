// What a published @klaslab package may contain. Pure functions (no file system), so that the rules
// are unit-tested in scripts/test/pack-policy.test.mjs; scripts/release-check.mjs feeds them the
// file list of `npm pack --dry-run --json` and the source maps it finds there.
import { posix } from 'node:path';

/** Files npm always packs, whatever `files` says (matched on the base name at the package root). */
const ALWAYS_PACKED = /^(package\.json|(readme|licen[cs]e|changelog)(\.[a-z0-9]+)?)$/i;

/** Markdown that is documentation, not data (event files are Markdown too). */
const DOC_MARKDOWN = /^(readme|licen[cs]e|changelog|notice|model_card|security)\.(md|markdown)$/i;

/** Folder names that only tests, benchmarks and fixtures live in. */
const TEST_FOLDERS =
  /^(test|tests|__tests__|spec|__fixtures__|fixtures?|__snapshots__|__mocks__|coverage|bench|benchmarks?)$/i;

/** Test, spec and benchmark files wherever they are. */
const TEST_FILES = /\.(test|spec|bench)\.[cm]?[jt]sx?$|\.snap$/i;

/** Folder names that hold the shared event corpus or other data from `../shared`. */
const DATA_FOLDERS = /^(corpus|shared|seeds|eval)$/i;

/** Extensions of event files, calendars and photos: data, not code. */
const DATA_EXTENSIONS = /\.(md|markdown|ics|jsonld|jpe?g|png|gif|webp|avif|tiff?|bmp|heic)$/i;

/** TypeScript sources (declaration files are fine). */
const TS_SOURCE = /\.[cm]?tsx?$/i;
const TS_DECLARATION = /\.d\.[cm]?ts$/i;

/**
 * Turns one entry of package.json `files` into a matcher. Entries are paths relative to the
 * package root, optionally with `*` (one path segment) and `**` (any depth); a plain name matches
 * that file or everything under that folder, as npm does.
 * @param {string} entry
 * @returns {(path: string) => boolean}
 */
export function filesEntryMatcher(entry) {
  const clean = entry.replace(/^\.\//, '').replace(/\/+$/, '');
  let source = '';
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (c === '*' && clean[i + 1] === '*') {
      source += '.*';
      i++;
      if (clean[i + 1] === '/') i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(`^${source}(/.*)?$`);
  return (path) => re.test(path);
}

/**
 * @typedef {{ file: string, rule: string, message: string }} Problem
 * @typedef {{
 *   files?: string[],            // package.json `files`
 *   main?: string,
 *   bin?: string | Record<string, string>,
 *   allow?: string[],            // paths (or `files`-style patterns) allowed despite the data/test/TS rules
 * }} PolicyOptions
 */

/**
 * Checks a packed file list against the release policy: every file is covered by `files` (or is
 * one npm always packs), and no tests, fixtures, benchmarks, corpus data, photos or TypeScript
 * sources are shipped unless `allow` names them.
 * @param {string[]} paths packed paths relative to the package root (`npm pack --json` files[].path)
 * @param {PolicyOptions} options
 * @returns {Problem[]}
 */
export function checkPackedFiles(paths, options = {}) {
  const problems = [];
  const listed = (options.files ?? []).map(filesEntryMatcher);
  const bins = typeof options.bin === 'string' ? [options.bin] : Object.values(options.bin ?? {});
  const implicit = new Set([options.main, ...bins].filter(Boolean).map(normalise));
  const allowed = (options.allow ?? []).map(filesEntryMatcher);
  for (const raw of paths) {
    const file = normalise(raw);
    const segments = file.split('/');
    const base = segments[segments.length - 1] ?? '';
    const folders = segments.slice(0, -1);
    const add = (rule, message) => problems.push({ file, rule, message });

    if (segments.includes('..') || file.startsWith('/')) {
      add('outside-package', 'path leaves the package folder');
      continue;
    }
    const atRoot = segments.length === 1;
    if (!(atRoot && ALWAYS_PACKED.test(base)) && !implicit.has(file) && options.files) {
      if (!listed.some((match) => match(file))) {
        add('outside-files', 'not covered by the package.json "files" list');
      }
    }
    if (allowed.some((match) => match(file))) continue;

    const testFolder = folders.find((folder) => TEST_FOLDERS.test(folder));
    if (testFolder)
      add('test-data', `inside a "${testFolder}/" folder (tests, fixtures, benchmarks)`);
    else if (TEST_FILES.test(base)) add('test-data', 'a test, spec or benchmark file');
    const dataFolder = folders.find((folder) => DATA_FOLDERS.test(folder));
    if (dataFolder) add('corpus', `inside a "${dataFolder}/" folder (shared corpus or data)`);
    else if (/corpus/i.test(base)) add('corpus', 'looks like the event corpus');
    if (DATA_EXTENSIONS.test(base) && !DOC_MARKDOWN.test(base)) {
      add('data-file', 'an event file, calendar or photo (data, not code)');
    }
    if (TS_SOURCE.test(base) && !TS_DECLARATION.test(base)) {
      add('ts-source', 'a TypeScript source file (ship dist/ output and .d.ts only)');
    }
  }
  return problems;
}

/**
 * Checks one source map from the pack: every source must resolve inside the package folder
 * (never `../shared`, a sibling package or the repository root; bundled node_modules are fine), and
 * a source that is not shipped must be embedded in `sourcesContent` so debuggers can show it.
 * @param {string} mapPath path of the .map relative to the package root
 * @param {{ sources?: (string|null)[], sourceRoot?: string, sourcesContent?: (string|null)[] }} map
 * @param {Set<string>} packed every packed path
 * @returns {Problem[]}
 */
export function checkSourceMap(mapPath, map, packed) {
  const problems = [];
  const dir = posix.dirname(normalise(mapPath));
  const sources = map.sources ?? [];
  sources.forEach((source, i) => {
    if (source == null) return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(source) && !source.startsWith('file:')) return; // webpack://, data:
    const local = source.replace(/^file:\/\//, '');
    const resolved = posix.normalize(posix.join(dir, map.sourceRoot ?? '', local));
    const viaNodeModules = resolved.split('/').includes('node_modules');
    if ((local.startsWith('/') || resolved.startsWith('../')) && !viaNodeModules) {
      problems.push({
        file: mapPath,
        rule: 'map-outside',
        message: `source "${source}" points outside the package (${resolved})`,
      });
      return;
    }
    const content = map.sourcesContent?.[i];
    if (typeof content !== 'string' && !packed.has(resolved)) {
      problems.push({
        file: mapPath,
        rule: 'map-missing-source',
        message: `source "${source}" is neither shipped nor embedded in sourcesContent`,
      });
    }
  });
  return problems;
}

/**
 * Internal dependencies (`@klaslab/*`) published with an open range such as `*`: a consumer could
 * get any future major. Returned as warnings, not failures.
 * @param {Record<string, any>} pkg
 * @param {string} scope
 * @returns {string[]}
 */
export function looseInternalRanges(pkg, scope = '@klaslab/') {
  const found = [];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (name.startsWith(scope) && /^(\*|x|latest|)$/i.test(String(range).trim())) {
        found.push(`${field}["${name}"] is "${range}"`);
      }
    }
  }
  return found;
}

/** @param {string} path */
function normalise(path) {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * Packed files whose bytes equal a file of the shared corpus (`../shared`): catches a corpus
 * file copied into the package under any name. Tiny files (under `minBytes`) are ignored.
 * @param {{ path: string, hash: string, size: number }[]} packed
 * @param {Map<string, string>} sharedByHash hash → path in the shared folder
 * @returns {Problem[]}
 */
export function copiesOfShared(packed, sharedByHash, minBytes = 64) {
  return packed
    .filter((f) => f.size >= minBytes && sharedByHash.has(f.hash))
    .map((f) => ({
      file: f.path,
      rule: 'corpus',
      message: `same bytes as ../shared/${sharedByHash.get(f.hash)}`,
    }));
}

/**
 * Relative links in a shipped Markdown file that point at files the package does not ship (they
 * work on GitHub, not on npm or in node_modules). Returned as warnings.
 * @param {string} mdPath path of the Markdown file relative to the package root
 * @param {string} text its content
 * @param {Set<string>} packed every packed path
 * @returns {string[]}
 */
export function brokenRelativeLinks(mdPath, text, packed) {
  const dir = posix.dirname(normalise(mdPath));
  const broken = [];
  for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    if (/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(target)) continue;
    const file = decodeURIComponent(target.split('#')[0] ?? '');
    if (!file) continue;
    const resolved = posix.normalize(posix.join(dir, file));
    const isFolder = [...packed].some((p) => p.startsWith(`${resolved.replace(/\/$/, '')}/`));
    if (!packed.has(resolved) && !isFolder)
      broken.push(`${mdPath}: link to ${target} is not shipped`);
  }
  return broken;
}
