import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './helpers/load.js';

describe('the library entry is isomorphic', () => {
  it('bundles for the browser with no Node built-ins', async () => {
    const out = await build({
      entryPoints: [join(PACKAGE_ROOT, 'src/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((i) => i.includes('src/node/') || i.includes('src/cli/'))).toBe(false);
    expect(out.outputFiles[0]!.text).not.toMatch(/from ["']node:/);
  });
});
