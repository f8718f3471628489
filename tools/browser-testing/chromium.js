// Which Chromium the browser tests launch, and how `npm test` brings one to a machine that has none.
// Order: CHROMIUM_PATH, a system browser, Playwright's download cache, the Chromium shipped inside
// the npm package @sparticuz/chromium (a devDependency, so it installs from the registry like any
// other package), and last Debian's package through apt-get when running as root.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDebianPackages } from './debian.js';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Where @sparticuz/chromium unpacks its binary (it always uses the OS temp folder). */
const SPARTICUZ_BINARY = join(tmpdir(), 'chromium');

/** The one line printed when no Chromium can be found or brought. */
export const NO_CHROMIUM =
  'No Chromium for the browser tests: install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.';

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Chromium builds Playwright downloaded before (`npx playwright install`), newest first. */
function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  let dirs;
  try {
    dirs = readdirSync(root).filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d));
  } catch {
    return [];
  }
  const build = (d) => Number(d.slice(d.lastIndexOf('-') + 1));
  return dirs
    .sort((a, b) => build(b) - build(a))
    .flatMap((d) => [
      join(root, d, 'chrome-linux64', 'chrome'),
      join(root, d, 'chrome-linux', 'chrome'),
      join(root, d, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
      join(root, d, 'chrome-linux', 'headless_shell'),
    ]);
}

/**
 * The Chromium already on this machine, or null. Synchronous and side-effect free, so test
 * configs can call it while loading. A CHROMIUM_PATH that does not exist is an error, not a
 * reason to look elsewhere.
 * @returns {{ path: string, source: string } | null}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const path of SYSTEM_PATHS) if (isExecutable(path)) return { path, source: 'system' };
  for (const path of playwrightCache())
    if (isExecutable(path)) return { path, source: "Playwright's cache" };
  if (isExecutable(SPARTICUZ_BINARY))
    return { path: SPARTICUZ_BINARY, source: '@sparticuz/chromium (unpacked)' };
  return null;
}

/** Shared libraries the binary needs that the machine lacks (empty when it can start). */
function missingLibraries(path) {
  const r = spawnSync('ldd', [path], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  return [...r.stdout.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]);
}

/** Unpacks the Chromium inside the @sparticuz/chromium npm package; null when that cannot run here. */
async function unpackSparticuz(log) {
  let chromium;
  try {
    chromium = (await import('@sparticuz/chromium')).default;
  } catch {
    return null;
  }
  log(
    `No Chromium on this machine: unpacking the one inside the npm package @sparticuz/chromium to ${SPARTICUZ_BINARY} …`,
  );
  const path = await chromium.executablePath();
  const missing = missingLibraries(path);
  if (missing.length > 0) {
    log(`That Chromium cannot start here: missing ${missing.join(', ')}.`);
    return null;
  }
  return { path, source: '@sparticuz/chromium (unpacked)' };
}

/** Debian's chromium through apt-get, only as root. */
function installWithApt(log) {
  const installed = installDebianPackages(['chromium'], { log, why: 'no usable Chromium' });
  return installed && isExecutable('/usr/bin/chromium')
    ? { path: '/usr/bin/chromium', source: 'system (just installed with apt-get)' }
    : null;
}

/**
 * The Chromium on this machine, else one brought here (npm package, then apt-get as root).
 * Says what it does through `log`; throws an Error whose message is {@link NO_CHROMIUM} when
 * nothing works.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ path: string, source: string }>}
 */
export async function provisionChromium({ log = console.log } = {}) {
  const found = findChromium() ?? (await unpackSparticuz(log)) ?? installWithApt(log);
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}
