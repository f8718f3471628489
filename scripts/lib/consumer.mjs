// A fresh consumer project installed from the workspace's packed tarballs, as `npm install` would
// install the published packages: used by the install test (no Node engines for a website) and
// the install-size benchmark. npm resolves third-party packages from its cache when it can.
import { execFile } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publicPackages, ROOT } from './workspace.mjs';

const run = promisify(execFile);

/** `npm pack`s every public package into `folder`; returns `{ name: tarball path }`. */
export async function packWorkspace(folder) {
  await mkdir(folder, { recursive: true });
  const packages = await publicPackages();
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--pack-destination', folder, ...packages.map(({ dir }) => dir)],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return Object.fromEntries(JSON.parse(stdout).map((p) => [p.name, join(folder, p.filename)]));
}

/**
 * Creates `folder/package.json` asking for `wanted` (package names) and installs it. Workspace
 * packages come from `tarballs` (all of them, as overrides, so internal dependencies resolve to
 * the tarballs too); other names are installed from the registry at `versions[name]`.
 */
export async function installConsumer(folder, wanted, tarballs, versions = {}) {
  await mkdir(folder, { recursive: true });
  const spec = (name) => (tarballs[name] ? `file:${tarballs[name]}` : versions[name]);
  const pkg = {
    name: 'klaslab-consumer',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(wanted.map((name) => [name, spec(name)])),
    overrides: Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, `file:${t}`])),
  };
  await writeFile(join(folder, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: folder,
    env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Bytes of every file below `folder` (symlinks not followed). */
export async function folderBytes(folder) {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The top-level package names installed in `folder/node_modules` (scoped ones as `@s/n`). */
export async function installedPackages(folder) {
  const modules = join(folder, 'node_modules');
  const names = [];
  for (const entry of await readdir(modules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      for (const sub of await readdir(join(modules, entry))) names.push(`${entry}/${sub}`);
    } else names.push(entry);
  }
  return names.sort();
}
