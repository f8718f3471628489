#!/usr/bin/env node
// `npm run release:check` (also run by `npm run release` before `changeset publish`): everything
// that must hold before a package goes to npm, checked on what would actually be published.
//
//   1. build every package (turbo, cached)
//   2. the pending changesets parse (a changeset that does not parse stops `changeset version`)
//   3. per public package: publint --strict, @arethetypeswrong/cli (profile esm-only: the packages
//      are ESM-only, so CommonJS resolution is not checked), `npm pack --dry-run --json`, and the
//      file policy of scripts/lib/pack-policy.mjs on the packed files and their source maps
//   4. bundle size per entry and condition against scripts/size-budget.json
//
// Options: --no-build (use the dist/ already there), --skip-attw (offline or in a hurry: attw is
// the slow step). Exit status 1 when anything fails; the report ends with the packed sizes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import {
  brokenRelativeLinks,
  checkPackedFiles,
  checkSourceMap,
  copiesOfShared,
  looseInternalRanges,
} from './lib/pack-policy.mjs';
import { formatBytes } from './lib/size.mjs';
import { publicPackages, ROOT, table } from './lib/workspace.mjs';
import { sizeCheck } from './size.mjs';

/**
 * Files a package may ship although the policy would flag them (paths or `files`-style patterns).
 * Keep this short and say why.
 */
export const ALLOW = {
  // The bundled models (default = KlasLab-small, and KlasLab-tiny by name): weights, manifest,
  // model card, attribution list and the explainers' facts.
  '@klaslab/colorize': ['models/default/**', 'models/klaslab-tiny/**'],
  // The colorizer's sample photos (licences in dist/samples/LICENSE.md) and the lesson kit's
  // optional gallery folder (photos, quiz pictures, training thumbnails; licences per file in
  // dist/gallery/ATTRIBUTION.md and gallery.json), fetched only by the elements that use them.
  '@klaslab/elements': ['dist/samples/**', 'dist/gallery/**'],
};

const args = new Set(process.argv.slice(2));
const failures = [];
const warnings = [];
const fail = (what) => failures.push(what);

function run(command, commandArgs, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sha1 = (bytes) => createHash('sha1').update(bytes).digest('hex');

/** Hashes of every file in the shared corpus folder (`$KLASLAB_SHARED`, else ../shared). */
async function sharedHashes() {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by this script only, never by a turbo task
  const dir = resolve(process.env.KLASLAB_SHARED ?? join(ROOT, '../shared'));
  const byHash = new Map();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return { dir, byHash, found: false };
    throw error;
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    byHash.set(sha1(await readFile(path)), relative(dir, path));
  }
  return { dir, byHash, found: true };
}

const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const indent = (text, by = '    ') =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => by + line)
    .join('\n');

function step(title) {
  console.log(`\n▸ ${title}`);
}

async function build() {
  step('build (turbo run build)');
  const { code, stdout, stderr } = await run(bin('turbo'), [
    'run',
    'build',
    '--output-logs=errors-only',
  ]);
  const summary = stdout.split('\n').filter((line) => /Tasks:|Cached:|Time:/.test(line));
  console.log(indent(summary.join('\n').replace(/^\s+/gm, '')));
  if (code !== 0) {
    console.log(indent(stdout + stderr));
    fail('build failed');
    return false;
  }
  return true;
}

async function checkChangesets(packageNames) {
  step('changesets');
  const dir = join(ROOT, '.changeset');
  const { default: parse } = await import('@changesets/parse');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const bumps = new Map();
  const order = { patch: 1, minor: 2, major: 3 };
  for (const file of files) {
    try {
      const { releases } = parse(await readFile(join(dir, file), 'utf8'));
      for (const { name, type } of releases) {
        if (!packageNames.has(name)) {
          fail(`.changeset/${file}: "${name}" is not a public package of this repository`);
        }
        if ((order[type] ?? 0) > (order[bumps.get(name)] ?? 0)) bumps.set(name, type);
      }
      console.log(`    ✓ ${file}: ${releases.map((r) => `${r.name} ${r.type}`).join(', ') || '—'}`);
    } catch (error) {
      const first = String(error.message).split('\n')[0];
      console.log(`    ✗ ${file}: ${first}`);
      fail(`.changeset/${file} does not parse (frontmatter must be ---, "name": bump, ---)`);
    }
  }
  if (files.length === 0)
    console.log('    no pending changesets: `changeset publish` has nothing new');
  return bumps;
}

async function checkPackage({ dir, pkg }, shared) {
  const name = pkg.name;
  const where = relative(ROOT, dir);
  step(`${name} (${where})`);
  const result = { name, version: pkg.version, ok: true };
  const problem = (what) => {
    result.ok = false;
    fail(`${name}: ${what}`);
  };

  // publint --strict: warnings count as errors; suggestions are printed only.
  const { messages, pkg: linted } = await publint({ pkgDir: dir, strict: true, pack: 'npm' });
  const errors = messages.filter((m) => m.type === 'error');
  result.publint = errors.length ? `${errors.length} error(s)` : 'ok';
  console.log(`    publint --strict: ${result.publint}`);
  for (const m of messages) {
    console.log(indent(`${m.type}: ${formatMessage(m, linted, { color: false })}`, '      '));
  }
  if (errors.length) problem(`publint reported ${errors.length} error(s)`);

  // attw on the packed tarball, ESM-only profile.
  if (args.has('--skip-attw')) {
    result.attw = 'skipped';
    console.log('    attw: skipped (--skip-attw)');
  } else {
    const attw = await run(
      bin('attw'),
      ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii', '--no-emoji'],
      {
        cwd: dir,
      },
    );
    result.attw = attw.code === 0 ? 'ok' : 'problems';
    console.log(`    attw --profile esm-only: ${result.attw}`);
    if (attw.code !== 0) {
      console.log(indent(attw.stdout + attw.stderr, '      '));
      problem('@arethetypeswrong/cli found type resolution problems');
    }
  }

  // What npm would publish.
  const packed = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
  });
  if (packed.code !== 0) {
    console.log(indent(packed.stderr));
    problem('npm pack --dry-run failed');
    return result;
  }
  const [info] = JSON.parse(packed.stdout);
  const paths = info.files.map((f) => f.path);
  Object.assign(result, {
    files: info.entryCount,
    size: info.size,
    unpackedSize: info.unpackedSize,
  });
  const problems = checkPackedFiles(paths, {
    files: pkg.files,
    main: pkg.main,
    bin: pkg.bin,
    allow: ALLOW[name],
  });
  const hashed = [];
  for (const f of info.files) {
    hashed.push({ path: f.path, size: f.size, hash: sha1(await readFile(join(dir, f.path))) });
  }
  problems.push(...copiesOfShared(hashed, shared.byHash));
  const set = new Set(paths);
  for (const mapPath of paths.filter((p) => p.endsWith('.map'))) {
    const map = JSON.parse(await readFile(join(dir, mapPath), 'utf8'));
    problems.push(...checkSourceMap(mapPath, map, set));
  }
  console.log(
    `    npm pack --dry-run: ${info.entryCount} files, ${formatBytes(info.size)} packed, ` +
      `${formatBytes(info.unpackedSize)} unpacked`,
  );
  if (!pkg.files) problem('package.json has no "files" list: say what is published');
  if (problems.length) {
    for (const p of problems) console.log(`      ✗ ${p.file}: ${p.rule}: ${p.message}`);
    problem(`${problems.length} file(s) break the release policy`);
  } else {
    console.log(
      '    file policy: ok (no tests, fixtures, corpus, data or .ts sources; maps inside)',
    );
  }
  result.policy = problems.length ? `${problems.length} problem(s)` : 'ok';
  for (const md of paths.filter((p) => /\.(md|markdown)$/i.test(p))) {
    const text = await readFile(join(dir, md), 'utf8');
    for (const broken of brokenRelativeLinks(md, text, set)) warnings.push(`${name}: ${broken}`);
  }
  for (const loose of looseInternalRanges(pkg)) {
    warnings.push(`${name}: ${loose} (publishes as "any version"; prefer ^x.y.z)`);
  }
  return result;
}

const started = performance.now();
console.log('KlasLab release check');
if (!args.has('--no-build') && !(await build())) {
  console.log('\n✗ stopped: the build failed');
  process.exit(1);
}
const packages = await publicPackages();
const bumps = await checkChangesets(new Set(packages.map((p) => p.pkg.name)));
const shared = await sharedHashes();
console.log(
  shared.found
    ? `\n  comparing packed files with the ${shared.byHash.size} files of ${shared.dir}`
    : `\n  ⚠ no shared corpus at ${shared.dir}: packed files are not compared with it`,
);
const results = [];
for (const entry of packages) results.push(await checkPackage(entry, shared));

step('bundle size (min+gzip per entry and condition)');
if (!(await sizeCheck({ log: (text) => console.log(indent(text)) }))) {
  fail('bundle size over budget (scripts/size-budget.json)');
}

step('summary');
console.log(
  indent(
    table(
      ['package', 'version', 'next', 'files', 'packed', 'unpacked', 'publint', 'attw', 'policy'],
      results.map((r) => [
        r.name,
        r.version,
        bumps.get(r.name) ?? '—',
        r.files ?? '?',
        r.size === undefined ? '?' : formatBytes(r.size),
        r.unpackedSize === undefined ? '?' : formatBytes(r.unpackedSize),
        r.publint ?? '?',
        r.attw ?? '?',
        r.policy ?? '?',
      ]),
      ['l', 'l', 'l', 'r', 'r', 'r', 'l', 'l', 'l'],
    ),
  ),
);
for (const w of warnings) console.log(`    ⚠ ${w}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.log(`\n✗ release check failed (${seconds} s):`);
  for (const f of failures) console.log(`    - ${f}`);
  process.exitCode = 1;
} else {
  console.log(`\n✓ release check passed (${seconds} s)`);
}
