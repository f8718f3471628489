import { describe, expect, it } from 'vitest';
import {
  brokenRelativeLinks,
  checkPackedFiles,
  checkSourceMap,
  copiesOfShared,
  filesEntryMatcher,
  looseInternalRanges,
} from '../lib/pack-policy.mjs';

const rules = (problems) => problems.map((p) => `${p.file} ${p.rule}`);

describe('filesEntryMatcher', () => {
  it('matches a folder and everything below it, as npm does', () => {
    const m = filesEntryMatcher('dist');
    expect(m('dist/index.js')).toBe(true);
    expect(m('dist/node/index.d.ts')).toBe(true);
    expect(m('dist')).toBe(true);
    expect(m('distribution/x.js')).toBe(false);
    expect(m('src/dist/x.js')).toBe(false);
  });
  it('handles ./ prefixes, trailing slashes, * and **', () => {
    expect(filesEntryMatcher('./models/default/')('models/default/model.onnx')).toBe(true);
    expect(filesEntryMatcher('models/default')('models/other/model.onnx')).toBe(false);
    expect(filesEntryMatcher('dist/*.js')('dist/index.js')).toBe(true);
    expect(filesEntryMatcher('dist/*.js')('dist/node/index.js')).toBe(false);
    expect(filesEntryMatcher('dist/**/*.js')('dist/node/index.js')).toBe(true);
    expect(filesEntryMatcher('dist/**/*.js')('dist/index.js')).toBe(true);
    expect(filesEntryMatcher('a.b')('axb')).toBe(false);
  });
});

describe('checkPackedFiles', () => {
  const files = ['dist', 'README.md'];

  it('accepts a clean package', () => {
    const paths = [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/index.js',
      'dist/index.js.map',
      'dist/index.d.ts',
      'dist/node/index.d.mts',
    ];
    expect(checkPackedFiles(paths, { files })).toEqual([]);
  });

  it('flags files outside the "files" list but not those npm always packs', () => {
    const problems = checkPackedFiles(['CHANGELOG.md', 'licence.txt', 'src/index.js', 'x.js'], {
      files,
    });
    expect(rules(problems)).toEqual(['src/index.js outside-files', 'x.js outside-files']);
  });

  it('accepts main and bin targets outside "files" (npm packs them)', () => {
    expect(
      checkPackedFiles(['bin/cli.js', 'main.js'], {
        files,
        main: './main.js',
        bin: { x: './bin/cli.js' },
      }),
    ).toEqual([]);
  });

  it('flags tests, fixtures, snapshots and benchmarks even when "files" covers them', () => {
    const problems = checkPackedFiles(
      [
        'dist/test/helpers.js',
        'dist/fixtures/bad.json',
        'dist/__snapshots__/a.snap',
        'dist/parse.test.js',
        'dist/bench/run.js',
      ],
      { files },
    );
    expect(problems.map((p) => p.rule)).toEqual([
      'test-data',
      'test-data',
      'test-data',
      'test-data',
      'test-data',
    ]);
  });

  it('flags the event corpus and event, calendar and photo files', () => {
    const problems = checkPackedFiles(
      [
        'dist/corpus/events/dwengo/2025-01-13_x.md',
        'dist/events.corpus.js',
        'dist/sample.ics',
        'dist/photo.jpg',
        'dist/shared/seeds/a.txt',
      ],
      { files },
    );
    expect(rules(problems)).toEqual([
      'dist/corpus/events/dwengo/2025-01-13_x.md corpus',
      'dist/corpus/events/dwengo/2025-01-13_x.md data-file',
      'dist/events.corpus.js corpus',
      'dist/sample.ics data-file',
      'dist/photo.jpg data-file',
      'dist/shared/seeds/a.txt corpus',
    ]);
  });

  it('keeps documentation Markdown and declaration files, flags .ts sources', () => {
    const problems = checkPackedFiles(
      ['dist/MODEL_CARD.md', 'dist/index.d.ts', 'dist/index.ts', 'dist/view.tsx', 'dist/a.mts'],
      { files },
    );
    expect(rules(problems)).toEqual([
      'dist/index.ts ts-source',
      'dist/view.tsx ts-source',
      'dist/a.mts ts-source',
    ]);
  });

  it('lets "allow" keep intended files, but never outside "files"', () => {
    const options = { files: ['dist', 'models/default'], allow: ['models/default/**'] };
    expect(checkPackedFiles(['models/default/sample.png'], options)).toEqual([]);
    expect(rules(checkPackedFiles(['models/other/sample.png'], options))).toEqual([
      'models/other/sample.png outside-files',
      'models/other/sample.png data-file',
    ]);
  });

  it('refuses paths that leave the package', () => {
    expect(rules(checkPackedFiles(['../shared/x.md'], { files }))).toEqual([
      '../shared/x.md outside-package',
    ]);
  });
});

describe('checkSourceMap', () => {
  const packed = new Set(['dist/index.js', 'dist/index.js.map']);

  it('accepts sources inside the package with embedded content', () => {
    const map = { sources: ['../src/index.ts'], sourcesContent: ['export {}'] };
    expect(checkSourceMap('dist/index.js.map', map, packed)).toEqual([]);
  });

  it('flags sources outside the package, e.g. ../shared or a sibling package', () => {
    const map = {
      sources: ['../../../../shared/corpus/events/a.md', '../../core/src/x.ts', '/home/me/y.ts'],
      sourcesContent: ['x', 'y', 'z'],
    };
    expect(rules(checkSourceMap('dist/index.js.map', map, packed))).toEqual([
      'dist/index.js.map map-outside',
      'dist/index.js.map map-outside',
      'dist/index.js.map map-outside',
    ]);
  });

  it('applies sourceRoot and allows bundled node_modules', () => {
    const map = {
      sourceRoot: '../../',
      sources: ['src/a.ts', '../../node_modules/yaml/dist/index.js'],
      sourcesContent: ['a', 'b'],
    };
    expect(checkSourceMap('dist/node/index.js.map', map, packed)).toEqual([]);
    expect(
      rules(
        checkSourceMap('dist/index.js.map', { sourceRoot: '../..', sources: ['a.ts'] }, packed),
      ),
    ).toEqual(['dist/index.js.map map-outside']);
  });

  it('flags a source that is neither shipped nor embedded', () => {
    const map = { sources: ['../src/index.ts', 'index.js'], sourcesContent: [null, null] };
    expect(rules(checkSourceMap('dist/index.js.map', map, packed))).toEqual([
      'dist/index.js.map map-missing-source',
    ]);
  });
});

describe('copiesOfShared', () => {
  it('finds packed files with the bytes of a shared corpus file', () => {
    const shared = new Map([['abc', 'corpus/events/dwengo/a.md']]);
    const problems = copiesOfShared(
      [
        { path: 'dist/data/renamed.txt', hash: 'abc', size: 500 },
        { path: 'dist/index.js', hash: 'def', size: 500 },
        { path: 'dist/empty.txt', hash: 'abc', size: 3 },
      ],
      shared,
    );
    expect(rules(problems)).toEqual(['dist/data/renamed.txt corpus']);
  });
});

describe('looseInternalRanges', () => {
  it('reports @klaslab dependencies published as "*"', () => {
    expect(
      looseInternalRanges({
        dependencies: { '@klaslab/core': '*', yaml: '*', '@klaslab/events': '^0.1.0' },
        peerDependencies: { '@klaslab/colorize': '' },
      }),
    ).toEqual([
      'dependencies["@klaslab/core"] is "*"',
      'peerDependencies["@klaslab/colorize"] is ""',
    ]);
  });
});

describe('brokenRelativeLinks', () => {
  it('reports relative links to files the package does not ship', () => {
    const packed = new Set(['README.md', 'models/default/MODEL_CARD.md', 'models/default/a.tsv']);
    const text =
      '[a](a.tsv) [m](../data/manifest.tsv) [web](https://x.org/a) [top](#intro) ' +
      '[d](../default/) [img](<pics/x.png> "title")';
    expect(brokenRelativeLinks('models/default/MODEL_CARD.md', text, packed)).toEqual([
      'models/default/MODEL_CARD.md: link to ../data/manifest.tsv is not shipped',
      'models/default/MODEL_CARD.md: link to pics/x.png is not shipped',
    ]);
  });
});
