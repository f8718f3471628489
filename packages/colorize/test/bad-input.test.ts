import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Colorizer,
  colorizeFile,
  createColorizer,
  decodeImage,
  sideBySide,
} from '../src/node/index.js';
import { generateModel, syntheticImage } from './helpers/onnx-model.js';
import { tempDir } from './helpers/setup.js';

let dir: string;
let cleanup: () => Promise<void>;
let colorizer: Colorizer;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const { manifest, bytes } = generateModel({ family: 'lab-ab-classification', inputSize: 32 });
  colorizer = await createColorizer({ model: { manifest, model: bytes } });
});
afterAll(async () => {
  await colorizer.dispose();
  await cleanup();
});

function rawPixels(width: number, height: number, alpha = false) {
  const img = syntheticImage(width, height, { alpha });
  return sharp(Buffer.from(img.data.buffer), { raw: { width, height, channels: 4 } });
}

/** CRC-32 (PNG chunks). */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** A tiny PNG whose header claims width × height greyscale pixels: a decompression bomb. */
function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width); // filter byte + zeros
  const idat = deflateSync(Buffer.concat(Array.from({ length: 64 }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ]);
}

describe('bad image files', () => {
  it('refuses truncated, corrupt and non-image files with IMAGE_DECODE_FAILED', async () => {
    const jpeg = await rawPixels(64, 64).jpeg().toBuffer();
    const truncated = join(dir, 'truncated.jpg');
    await writeFile(truncated, jpeg.subarray(0, jpeg.length / 2));
    const png = await rawPixels(64, 64).png().toBuffer();
    const corrupt = Buffer.from(png);
    for (let i = 60; i < corrupt.length - 20; i += 7) corrupt[i] = corrupt[i]! ^ 0x5a;
    const corruptPath = join(dir, 'corrupt.png');
    await writeFile(corruptPath, corrupt);
    const text = join(dir, 'notes.jpg');
    await writeFile(text, 'these are not pixels\n');
    const empty = join(dir, 'empty.png');
    await writeFile(empty, '');
    for (const file of [truncated, corruptPath, text, empty]) {
      await expect(colorizeFile(file, join(dir, 'out.png'), { colorizer })).rejects.toMatchObject({
        code: 'IMAGE_DECODE_FAILED',
        details: expect.objectContaining({ file }),
      });
    }
    await expect(colorizer.colorize(Buffer.from('GIF89a broken'))).rejects.toMatchObject({
      code: 'IMAGE_DECODE_FAILED',
    });
    await expect(decodeImage(join(dir, 'missing.png'))).rejects.toMatchObject({
      code: 'IMAGE_NOT_FOUND',
    });
  });

  it('refuses 0×0 pixel buffers and handles 1×1 images', async () => {
    await expect(
      colorizer.colorize({ width: 0, height: 0, data: new Uint8ClampedArray(0) }),
    ).rejects.toMatchObject({ code: 'IMAGE_EMPTY' });
    await expect(
      colorizer.colorize({ width: 2, height: 2, data: new Uint8ClampedArray(3) }),
    ).rejects.toMatchObject({ code: 'IMAGE_SIZE_MISMATCH' });
    await expect(colorizer.colorize({ nope: true } as never)).rejects.toMatchObject({
      code: 'IMAGE_NOT_A_BUFFER',
    });
    const one = await colorizer.colorize({
      width: 1,
      height: 1,
      data: new Uint8ClampedArray([90, 90, 90, 255]),
    });
    expect(one.image.width * one.image.height).toBe(1);
    const onePng = join(dir, 'one.png');
    await rawPixels(1, 1).png().toFile(onePng);
    const out = await colorizeFile(onePng, join(dir, 'one-out.png'), { colorizer });
    expect([out.width, out.height]).toEqual([1, 1]);
  });

  it('refuses huge images from the header, before decoding (decompression bomb)', async () => {
    const bomb = join(dir, 'bomb.png');
    await writeFile(bomb, bombPng(60_000, 60_000)); // 3.6 gigapixels in a few kilobytes
    const before = process.memoryUsage().rss;
    await expect(
      colorizeFile(bomb, join(dir, 'bomb-out.png'), { colorizer }),
    ).rejects.toMatchObject({
      code: 'IMAGE_TOO_LARGE',
      details: expect.objectContaining({ width: 60_000, height: 60_000, limit: 50_000_000 }),
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    // The limit is configurable, for files and pixel buffers alike.
    const small = join(dir, 'small.png');
    await rawPixels(40, 40).png().toFile(small);
    await expect(
      colorizeFile(small, join(dir, 'small-out.png'), { colorizer, maxPixels: 1000 }),
    ).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
    const strict = await createColorizer({
      model: { ...generateModel({ inputSize: 32 }), model: generateModel({ inputSize: 32 }).bytes },
      maxPixels: 100,
    });
    await expect(strict.colorize(syntheticImage(11, 10))).rejects.toMatchObject({
      code: 'IMAGE_TOO_LARGE',
    });
    await strict.dispose();
  });

  it('handles greyscale, RGB, RGBA, 16-bit and CMYK inputs and EXIF orientation', async () => {
    const cases: Array<[string, Sharp]> = [
      ['grey.png', rawPixels(30, 20).removeAlpha().toColourspace('b-w').png()],
      ['rgb.jpg', rawPixels(30, 20).removeAlpha().jpeg()],
      ['rgba.png', rawPixels(30, 20, true).png()],
      ['deep.png', rawPixels(30, 20).removeAlpha().toColourspace('rgb16').png()],
      ['cmyk.jpg', rawPixels(30, 20).removeAlpha().toColourspace('cmyk').jpeg()],
      ['photo.webp', rawPixels(30, 20, true).webp()],
      ['photo.tif', rawPixels(30, 20).removeAlpha().tiff()],
    ];
    for (const [name, pipeline] of cases) {
      const file = join(dir, name);
      await pipeline.toFile(file);
      const decoded = await decodeImage(file);
      expect([decoded.width, decoded.height], name).toEqual([30, 20]);
      const out = join(dir, `out-${name}.png`);
      await colorizeFile(file, out, { colorizer });
      const meta = await sharp(out).metadata();
      expect([meta.width, meta.height], name).toEqual([30, 20]);
      expect(meta.hasAlpha, name).toBe(name === 'rgba.png' || name === 'photo.webp');
    }
    // 16-bit input is reduced to 8-bit faithfully.
    const deep = await decodeImage(join(dir, 'deep.png'));
    const flat = await decodeImage(await rawPixels(30, 20).png().toBuffer());
    let maxDiff = 0;
    for (let i = 0; i < deep.data.length; i++)
      maxDiff = Math.max(maxDiff, Math.abs(deep.data[i]! - flat.data[i]!));
    expect(maxDiff).toBeLessThanOrEqual(1);
    // Alpha survives exactly.
    const rgba = await decodeImage(join(dir, 'rgba.png'));
    const colored = await sharp(join(dir, 'out-rgba.png.png')).ensureAlpha().raw().toBuffer();
    for (let i = 3; i < colored.length; i += 4) expect(colored[i]).toBe(rgba.data[i]);
    // EXIF orientation 6 (rotate 90° clockwise): a 30×20 file shows as 20×30.
    const rotated = join(dir, 'rotated.jpg');
    await rawPixels(30, 20).removeAlpha().jpeg().withMetadata({ orientation: 6 }).toFile(rotated);
    expect(await decodeImage(rotated)).toMatchObject({ width: 20, height: 30 });
    const out = await colorizeFile(rotated, join(dir, 'rotated-out.jpg'), { colorizer });
    expect([out.width, out.height]).toEqual([20, 30]);
    expect(await sharp(join(dir, 'rotated-out.jpg')).metadata()).toMatchObject({
      width: 20,
      height: 30,
    });
  });

  it('never overwrites its input and refuses unknown output formats', async () => {
    const input = join(dir, 'keep.png');
    await rawPixels(8, 8).png().toFile(input);
    await expect(colorizeFile(input, input, { colorizer })).rejects.toMatchObject({
      code: 'OUTPUT_IS_INPUT',
    });
    await expect(
      colorizeFile(input, join(dir, '.', 'keep.png'), { colorizer }),
    ).rejects.toMatchObject({
      code: 'OUTPUT_IS_INPUT',
    });
    await expect(colorizeFile(input, join(dir, 'out.gif'), { colorizer })).rejects.toMatchObject({
      code: 'OUTPUT_UNSUPPORTED_FORMAT',
    });
    await expect(
      colorizeFile(input, join(dir, 'no-such-dir', 'out.png'), { colorizer }),
    ).rejects.toMatchObject({
      code: 'OUTPUT_WRITE_FAILED',
    });
  });
});

describe('abort and concurrency', () => {
  it('rejects aborted runs with COLORIZE_ABORTED, before and while queued', async () => {
    const image = syntheticImage(64, 64);
    const aborted = AbortSignal.abort(new Error('user left the page'));
    await expect(colorizer.colorize(image, { signal: aborted })).rejects.toMatchObject({
      code: 'COLORIZE_ABORTED',
    });
    const controller = new AbortController();
    const first = colorizer.colorize(image);
    const second = colorizer.colorize(image, { signal: controller.signal });
    const third = colorizer.colorize(image);
    controller.abort();
    await expect(second).rejects.toMatchObject({ code: 'COLORIZE_ABORTED' });
    const [a, c] = await Promise.all([first, third]);
    expect(a.image.data).toEqual(c.image.data);
    await expect(
      createColorizer({
        model: { ...generateModel(), model: generateModel().bytes },
        signal: aborted,
      }),
    ).rejects.toMatchObject({ code: 'COLORIZE_ABORTED' });
  });

  it('queues many concurrent calls without crashing, each with the right result', async () => {
    const images = Array.from({ length: 24 }, (_, i) =>
      syntheticImage(20 + i, 16 + (i % 5), { seed: i }),
    );
    const parallel = await Promise.all(images.map((img) => colorizer.colorize(img)));
    for (let i = 0; i < images.length; i += 6) {
      const single = await colorizer.colorize(images[i]!);
      expect(parallel[i]!.image.data).toEqual(single.image.data);
    }
    expect(colorizer.pending).toBe(0);
  });

  it('keeps memory flat over 200 runs', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    const image = syntheticImage(96, 64);
    // V8 frees ArrayBuffer backing stores on a background thread after a collection, so collect,
    // let that finish, and collect again before reading the counters.
    const measure = async () => {
      for (let i = 0; i < 3; i++) {
        gc?.();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    for (let i = 0; i < 20; i++) await colorizer.colorize(image);
    const start = await measure();
    for (let i = 0; i < 200; i++)
      await colorizer.colorize(image, { seed: i % 3 === 0 ? i : undefined });
    const growth = (await measure()) - start;
    expect(growth).toBeLessThan(8 * 1024 * 1024);
  });
});

describe('colorizeFile output', () => {
  it('writes the pixels colorize gives, with and without --compare (the decoded pixels are reused)', async () => {
    const input = join(dir, 'photo.png');
    await rawPixels(301, 203, true).png().toFile(input);
    const expected = await colorizer.colorize(await decodeImage(input));
    const plain = join(dir, 'photo-out.png');
    await colorizeFile(input, plain, { colorizer });
    expect((await decodeImage(plain)).data).toEqual(expected.image.data);
    // --compare needs the original after colorizing: the picture is sideBySide(original, result).
    const compared = join(dir, 'photo-compare.png');
    await colorizeFile(input, compared, { colorizer, compare: true });
    const side = await decodeImage(compared);
    expect(side.data).toEqual(sideBySide(await decodeImage(input), expected.image).data);
  });
});
