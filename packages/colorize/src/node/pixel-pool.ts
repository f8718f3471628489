import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type ImageBuffer,
  KlasLabError,
  recombineLab,
  reusePlanarImage,
  rgbaToLightnessArea,
} from '@klaslab/core';
import { type PixelWork, singleThreadPixelWork } from '../core/engine.js';

/** One band of rows for a pool worker (structured-cloned; the pixel buffers are shared). */
export type PixelTask = {
  id: number;
  width: number;
  height: number;
  image: SharedArrayBuffer;
  rowStart: number;
  rowEnd: number;
} & (
  | { kind: 'lightness'; size: number; out: SharedArrayBuffer }
  | {
      kind: 'recombine';
      ab: Float32Array;
      abWidth: number;
      abHeight: number;
      out: SharedArrayBuffer;
    }
);

type Task = PixelTask extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/** Below this many pixels the copy into shared memory and the messages cost more than they save. */
const MIN_PIXELS = 1_000_000;

/**
 * The Node adapter's {@link PixelWork}: `rgbaToLightnessArea` and `recombineLab` split into bands of
 * rows, computed by the main thread and `availableParallelism() − 1` workers (at most 3) in shared
 * memory. Same kernels, same numbers as on one thread; small images stay on the main thread.
 *
 * The photo is copied once per call into a staging buffer the workers share, kept between calls
 * (a fresh 48 MB buffer costs about 20 ms in page faults alone).
 */
export function createPixelPool(
  threads = Math.min(availableParallelism(), 4),
): PixelWork & { dispose(): Promise<void> } {
  const script = new URL('./pixel-worker.js', import.meta.url);
  // Run from the TypeScript sources (tests), there is no built worker: stay on the main thread.
  if (!existsSync(fileURLToPath(script))) threads = 1;
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve: () => void; reject: (e: unknown) => void }>();
  let nextId = 0;
  const spawn = () => {
    const worker = new Worker(script);
    worker.unref();
    worker.on('message', (m: { id: number; error?: string }) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) p?.reject(new KlasLabError('COLORIZE_WORKER_FAILED', m.error));
      else p?.resolve();
    });
    worker.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      workers.splice(workers.indexOf(worker), 1);
    });
    return worker;
  };
  const run = (worker: Worker, task: Task) =>
    new Promise<void>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...task, id });
    });

  // The staging copy of the photo, and which photo it holds.
  let staging: Uint8ClampedArray | undefined;
  let staged: ImageBuffer | undefined;
  const stage = (image: ImageBuffer): ImageBuffer => {
    const d = image.data;
    if (d.buffer instanceof SharedArrayBuffer) return image;
    if (staged !== image) {
      if (!staging || staging.length < d.length) {
        staging = new Uint8ClampedArray(new SharedArrayBuffer(d.length));
      }
      staging.set(d);
      staged = image;
    }
    return { width: image.width, height: image.height, data: staging!.subarray(0, d.length) };
  };
  const parallel = (image: ImageBuffer, rows: number) =>
    threads > 1 && image.width * image.height >= MIN_PIXELS && rows >= threads;
  // Band k of `rows` rows; band 0 is the main thread's.
  const band = (rows: number, k: number) => [
    Math.round((rows * k) / threads),
    Math.round((rows * (k + 1)) / threads),
  ];
  const ready = () => {
    while (workers.length < threads - 1) workers.push(spawn());
  };

  const lightness: PixelWork['lightness'] = async (image, size, out) => {
    if (!parallel(image, size)) return singleThreadPixelWork.lightness(image, size, out);
    ready();
    const source = stage(image);
    const plane = new Float32Array(new SharedArrayBuffer(4 * size * size));
    const shared = { width: size, height: size, channels: 1, data: plane };
    const jobs = workers.map((worker, k) => {
      const [rowStart, rowEnd] = band(size, k + 1);
      return run(worker, {
        kind: 'lightness',
        width: image.width,
        height: image.height,
        image: source.data.buffer as SharedArrayBuffer,
        size,
        out: plane.buffer as SharedArrayBuffer,
        rowStart: rowStart!,
        rowEnd: rowEnd!,
      });
    });
    const [rowStart, rowEnd] = band(size, 0);
    rgbaToLightnessArea(source, size, size, shared, { rowStart, rowEnd });
    await Promise.all(jobs);
    const result = reusePlanarImage(out, size, size, 1);
    result.data.set(plane);
    return result;
  };

  const recombine: PixelWork['recombine'] = async (image, ab, out) => {
    const { width, height } = image;
    if (!parallel(image, height)) return singleThreadPixelWork.recombine(image, ab, out);
    ready();
    const source = stage(image);
    // Over the photo itself: compute in place in the staging copy, then copy the result back
    // (the staging copy no longer holds the photo). Otherwise: into new shared memory.
    const inPlace = out === image;
    const target = inPlace
      ? source
      : { width, height, data: new Uint8ClampedArray(new SharedArrayBuffer(width * height * 4)) };
    const jobs = workers.map((worker, k) => {
      const [rowStart, rowEnd] = band(height, k + 1);
      return run(worker, {
        kind: 'recombine',
        width,
        height,
        image: source.data.buffer as SharedArrayBuffer,
        out: target.data.buffer as SharedArrayBuffer,
        ab: ab.data,
        abWidth: ab.width,
        abHeight: ab.height,
        rowStart: rowStart!,
        rowEnd: rowEnd!,
      });
    });
    const [rowStart, rowEnd] = band(height, 0);
    recombineLab(source, ab, { alphaFrom: source, out: target, rowStart, rowEnd });
    await Promise.all(jobs);
    if (!inPlace) return target;
    staged = undefined;
    if (source !== image) image.data.set(source.data);
    return image;
  };

  return {
    lightness,
    recombine,
    async dispose() {
      staging = undefined;
      staged = undefined;
      const all = workers.splice(0);
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
