// Installing a Debian package for the tests, the way .ci/run does: only as root, only with apt-get.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/**
 * Installs Debian packages with apt-get (after `apt-get update`), saying so through `log`.
 * Returns false, without trying, where this process is not root or there is no apt-get.
 * @param {string[]} names
 * @param {{ log?: (line: string) => void, why?: string }} [options]
 */
export function installDebianPackages(names, { log = console.log, why = '' } = {}) {
  try {
    accessSync('/usr/bin/apt-get', constants.X_OK);
  } catch {
    return false;
  }
  if (process.getuid?.() !== 0) return false;
  log(
    `Installing Debian's ${names.join(', ')} with apt-get (running as root)${why ? `: ${why}` : ''} …`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return (
    apt(['update', '-qq']) && apt(['install', '-y', '-qq', '--no-install-recommends', ...names])
  );
}
