// Bundle size of every package entry per export condition (node, browser), min+gzip, measured with
// esbuild on the built dist/. What is measured: the entry file as an esbuild entry point (every
// export kept) and everything it imports statically, with @klaslab/*
// dependencies bundled in and third-party dependencies (onnxruntime, sharp, yaml…) left external.
// Relative dynamic imports (colorize's `worker: false` runtime chunk) are left out: they are not part
// of what a page loads first. Node built-ins are external; a browser row lists the ones it imports
// (an entry with no `browser` condition that resolves to Node-only code). When node and browser
// resolve to the same file the row's condition is `node+browser`.

import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const CONDITIONS = {
  node: ['node', 'import', 'default'],
  browser: ['browser', 'import', 'default'],
};

/**
 * Resolves an `exports` value for one set of conditions, in the object's key order as Node does.
 * @param {unknown} target
 * @param {string[]} conditions
 * @returns {string | undefined}
 */
export function resolveExport(target, conditions) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = resolveExport(item, conditions);
      if (found) return found;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    for (const [key, value] of Object.entries(target)) {
      if (key === 'types' || !conditions.includes(key)) continue;
      const found = resolveExport(value, conditions);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The JavaScript entries of a package per condition: `[{ subpath, condition, file }]`. Wildcard
 * subpaths, package.json and non-JS targets are skipped.
 * @param {Record<string, any>} pkg
 */
export function entriesOf(pkg) {
  const exportsField =
    typeof pkg.exports === 'string' || pkg.exports?.['.'] === undefined
      ? { '.': pkg.exports ?? pkg.main }
      : pkg.exports;
  const entries = [];
  for (const [subpath, target] of Object.entries(exportsField)) {
    if (subpath.includes('*') || subpath === './package.json') continue;
    const node = resolveExport(target, CONDITIONS.node);
    const browser = resolveExport(target, CONDITIONS.browser);
    const js = (file) => typeof file === 'string' && /\.[cm]?js$/.test(file);
    if (node === browser && js(node)) {
      entries.push({ subpath, condition: 'node+browser', file: node });
      continue;
    }
    if (js(node)) entries.push({ subpath, condition: 'node', file: node });
    if (js(browser)) entries.push({ subpath, condition: 'browser', file: browser });
  }
  return entries;
}

/**
 * Measures every entry of the package in `dir` (built). Returns rows with `min` and `gzip` bytes.
 * @param {string} dir
 */
export async function measurePackage(dir) {
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const external = Object.keys({
    ...pkg.dependencies,
    ...pkg.peerDependencies,
    ...pkg.optionalDependencies,
  }).filter((name) => !name.startsWith('@klaslab/'));
  const builtins = new RegExp(`^(node:|(${builtinModules.join('|')})(/|$))`);
  const rows = [];
  for (const entry of entriesOf(pkg)) {
    const usedBuiltins = new Set();
    const result = await build({
      entryPoints: [join(dir, entry.file)],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      // A file shared by both conditions is measured as the browser gets it (the stricter case).
      platform: entry.condition === 'node' ? 'node' : 'browser',
      external: [...external, ...external.map((name) => `${name}/*`)],
      logLevel: 'silent',
      plugins: [
        {
          name: 'skip-lazy-chunks',
          setup(b) {
            // Node built-ins stay external; under the browser condition they are reported.
            b.onResolve({ filter: builtins }, (args) => {
              usedBuiltins.add(args.path.replace(/^node:/, ''));
              return { path: args.path, external: true };
            });
            b.onResolve({ filter: /^\./ }, (args) =>
              args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
            );
          },
        },
      ],
    });
    const code = result.outputFiles[0].contents;
    rows.push({
      name: pkg.name,
      ...entry,
      min: code.byteLength,
      gzip: gzipSync(code, { level: 9 }).byteLength,
      builtins: [...usedBuiltins].sort(),
    });
  }
  return rows;
}

/**
 * Compares measured rows to budgets (`{ [name]: { [subpath]: { [condition]: gzipBytes } } }`).
 * An entry without a budget fails too, so that new entries get one.
 * @param {{ name: string, subpath: string, condition: string, gzip: number }[]} rows
 * @param {Record<string, Record<string, Record<string, number>>>} budgets
 */
export function checkBudgets(rows, budgets) {
  return rows.map((row) => {
    const budget = budgets[row.name]?.[row.subpath]?.[row.condition];
    const ok = typeof budget === 'number' && row.gzip <= budget;
    return { ...row, budget, ok };
  });
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}
