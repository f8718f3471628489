import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from './helpers/harness.js';

/** What `npm pack` would publish (built dist/ included). */
let files: string[];
beforeAll(async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json'], {
    cwd: packageRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  files = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map(
    (f) => f.path,
  );
});

describe('the published package', () => {
  it('ships ONNX Runtime’s plain WASM build only: the elements never ask for WebGPU', async () => {
    expect(files.filter((f) => f.startsWith('dist/ort/')).sort()).toEqual([
      'dist/ort/ort-wasm-simd-threaded.mjs',
      'dist/ort/ort-wasm-simd-threaded.wasm',
    ]);
    // Nor the JavaScript of ONNX Runtime's WebGPU (JSEP) build, which the worker would import for it.
    const scripts = files.filter((f) => /\.m?js$/.test(f));
    expect(scripts.length).toBeGreaterThan(10);
    for (const file of scripts) {
      expect(await readFile(join(packageRoot, file), 'utf8'), file).not.toContain('jsepInit');
    }
  });

  it('keeps what the one-tag bundle fetches: worker, runtime chunk, model, samples, gallery', () => {
    for (const pattern of [
      /^dist\/klaslab-elements\.js$/,
      /^dist\/colorize-worker\.js$/,
      /^dist\/colorize-ort\.wasm\.bundle\.min-[\w-]+\.js$/,
      /^dist\/models\/default\/model\.(json|onnx)$/,
      /^dist\/samples\/\w+\.jpg$/,
      /^dist\/gallery\/gallery\.json$/,
      /^dist\/klaslab-offline\.js$/,
    ]) {
      expect(
        files.some((f) => pattern.test(f)),
        String(pattern),
      ).toBe(true);
    }
  });
});
