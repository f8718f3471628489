import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recombineLab, rgbaToLightnessArea } from '@klaslab/core';
import { beforeAll, describe, expect, it } from 'vitest';

// The pool's workers run the built file (dist/node/pixel-worker.js): test the build (the pool is
// built as an internal file beside it; the package does not export it).
const dist = fileURLToPath(new URL('../dist/node/pixel-pool.js', import.meta.url));

describe('createPixelPool (Node worker threads)', () => {
  beforeAll(() => {
    expect(existsSync(dist), `${dist} is missing: build the package first (npm test does)`).toBe(
      true,
    );
  });

  it('gives the same numbers as single-threaded core on a 1.2 MP colour image with alpha, in place too', async () => {
    const { createPixelPool } = await import(/* @vite-ignore */ dist);
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
    const pool = createPixelPool(2);
    const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
      Buffer.compare(
        Buffer.from(new Uint8Array(a as Uint8Array)),
        Buffer.from(new Uint8Array(b as Uint8Array)),
      );
    try {
      const original = Uint8ClampedArray.from(data);
      const L = await pool.lightness(image, 256);
      expect(L.data).toEqual(rgbaToLightnessArea(image, 256, 256).data);
      const single = recombineLab(image, ab, { alphaFrom: image });
      const parallel = await pool.recombine(image, ab);
      expect(parallel.width).toBe(width);
      expect(same(parallel.data, single.data)).toBe(0);
      expect(same(image.data, original)).toBe(0); // the photo is untouched
      // Another photo through the same staging buffer, then the first one in place.
      const other = { width, height, data: original.map((v, i) => ((i & 3) === 3 ? v : 255 - v)) };
      expect(
        same(
          (await pool.recombine(other, ab)).data,
          recombineLab(other, ab, { alphaFrom: other }).data,
        ),
      ).toBe(0);
      expect(await pool.recombine(image, ab, image)).toBe(image);
      expect(same(image.data, single.data)).toBe(0);
    } finally {
      await pool.dispose();
    }
  });
});
