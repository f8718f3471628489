import { describe, expect, it } from 'vitest';
import { CONDITIONS, checkBudgets, entriesOf, formatBytes, resolveExport } from '../lib/size.mjs';

describe('resolveExport', () => {
  const colorize = {
    types: './dist/node/index.d.ts',
    node: './dist/node/index.js',
    browser: { types: './dist/browser/index.d.ts', default: './dist/browser/index.js' },
    default: { types: './dist/browser/index.d.ts', default: './dist/browser/index.js' },
  };
  it('follows the key order and skips types', () => {
    expect(resolveExport(colorize, CONDITIONS.node)).toBe('./dist/node/index.js');
    expect(resolveExport(colorize, CONDITIONS.browser)).toBe('./dist/browser/index.js');
    expect(resolveExport({ types: './a.d.ts' }, CONDITIONS.node)).toBeUndefined();
    expect(resolveExport(['./a.js'], CONDITIONS.node)).toBe('./a.js');
  });
});

describe('entriesOf', () => {
  it('lists JS entries per condition and merges identical ones', () => {
    const pkg = {
      exports: {
        '.': { types: './dist/node/index.d.ts', node: './n.js', default: './b.js' },
        './worker': { types: './w.d.ts', default: './w.js' },
        './models/*': './models/*',
        './data.json': './data.json',
        './package.json': './package.json',
      },
    };
    expect(entriesOf(pkg)).toEqual([
      { subpath: '.', condition: 'node', file: './n.js' },
      { subpath: '.', condition: 'browser', file: './b.js' },
      { subpath: './worker', condition: 'node+browser', file: './w.js' },
    ]);
  });
  it('falls back to main without exports', () => {
    expect(entriesOf({ main: './index.js' })).toEqual([
      { subpath: '.', condition: 'node+browser', file: './index.js' },
    ]);
  });
});

describe('checkBudgets', () => {
  it('fails entries over budget or without one', () => {
    const rows = [
      { name: 'a', subpath: '.', condition: 'node', gzip: 100 },
      { name: 'a', subpath: '.', condition: 'browser', gzip: 101 },
      { name: 'b', subpath: '.', condition: 'node', gzip: 1 },
    ];
    const budgets = { a: { '.': { node: 100, browser: 100 } } };
    expect(checkBudgets(rows, budgets).map((r) => r.ok)).toEqual([true, false, false]);
  });
});

describe('formatBytes', () => {
  it('uses B, KiB and MiB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MiB');
  });
});
