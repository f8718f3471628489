import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recombineLab } from '@klaslab/core';
import { describe, expect, it } from 'vitest';

// The pool's workers run the built file (dist/node/recombine-worker.js): test the build.
const dist = fileURLToPath(new URL('../dist/node/index.js', import.meta.url));

describe.skipIf(!existsSync(dist))('createRecombinePool (Node worker threads)', () => {
  it('gives the same bytes as the single-threaded recombineLab on a 1.2 MP colour image with alpha', async () => {
    const { createRecombinePool } = await import(/* @vite-ignore */ dist);
    const width = 1201;
    const height = 1000;
    const data = new Uint8ClampedArray(width * height * 4);
    let s = 7;
    for (let i = 0; i < data.length; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      // Mostly grey pixels with some colour ones, and varied alpha.
      data[i] = (i & 3) === 3 ? s >>> 24 : (i >> 2) % 7 === 0 ? s >>> 24 : ((i >> 2) * 13) & 255;
    }
    for (let p = 0; p < width * height; p++) {
      if (p % 7 !== 0) data[p * 4 + 1] = data[p * 4 + 2] = data[p * 4]!;
    }
    const image = { width, height, data };
    const ab = {
      width: 64,
      height: 64,
      channels: 2,
      data: Float32Array.from({ length: 8192 }, (_, i) => ((i * 37) % 200) - 100),
    };
    const pool = createRecombinePool(2);
    try {
      const parallel = await pool(image, ab);
      const single = recombineLab(image, ab, { alphaFrom: image });
      expect(parallel.width).toBe(width);
      expect(Buffer.compare(Buffer.from(parallel.data), Buffer.from(single.data))).toBe(0);
    } finally {
      await pool.dispose();
    }
  });
});
