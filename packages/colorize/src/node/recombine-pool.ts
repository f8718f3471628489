import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ImageBuffer, KlasLabError, type PlanarImage, recombineLab } from '@klaslab/core';
import type { Recombiner } from '../core/engine.js';

/** One strip of rows for a pool worker (structured-cloned; the pixel buffers are shared). */
export interface StripTask {
  id: number;
  width: number;
  height: number;
  image: SharedArrayBuffer;
  out: SharedArrayBuffer;
  ab: Float32Array;
  abWidth: number;
  abHeight: number;
  rowStart: number;
  rowEnd: number;
}

/** Below this many pixels the copy into shared memory and the messages cost more than they save. */
const MIN_PIXELS = 1_000_000;

/**
 * The Node adapter's parallel `recombineLab`: the main thread and `availableParallelism() − 1`
 * workers (at most 3) each compute a horizontal strip of the output in shared memory. Same kernel,
 * same numbers as the single-threaded call; small images stay on the main thread.
 */
export function createRecombinePool(
  threads = Math.min(availableParallelism(), 4),
): Recombiner & { dispose(): Promise<void> } {
  const script = new URL('./recombine-worker.js', import.meta.url);
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
  const run = (worker: Worker, task: Omit<StripTask, 'id'>) =>
    new Promise<void>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...task, id });
    });
  const recombine = async (image: ImageBuffer, ab: PlanarImage): Promise<ImageBuffer> => {
    const { width, height } = image;
    if (threads < 2 || width * height < MIN_PIXELS || height < threads) {
      return recombineLab(image, ab, { alphaFrom: image });
    }
    while (workers.length < threads - 1) workers.push(spawn());
    let source = image;
    const d = image.data;
    if (
      !(d.buffer instanceof SharedArrayBuffer) ||
      d.byteOffset !== 0 ||
      d.length !== d.buffer.byteLength
    ) {
      const shared = new Uint8ClampedArray(new SharedArrayBuffer(d.length));
      shared.set(d);
      source = { width, height, data: shared };
    }
    const imageSab = source.data.buffer as SharedArrayBuffer;
    const out = {
      width,
      height,
      data: new Uint8ClampedArray(new SharedArrayBuffer(width * height * 4)),
    };
    const rows = (k: number) => Math.round((height * k) / threads);
    const jobs = workers.map((worker, k) =>
      run(worker, {
        width,
        height,
        image: imageSab,
        out: out.data.buffer as SharedArrayBuffer,
        ab: ab.data,
        abWidth: ab.width,
        abHeight: ab.height,
        rowStart: rows(k + 1),
        rowEnd: rows(k + 2),
      }),
    );
    recombineLab(source, ab, { alphaFrom: source, out, rowStart: 0, rowEnd: rows(1) });
    await Promise.all(jobs);
    return out;
  };
  return Object.assign(recombine, {
    async dispose() {
      const all = workers.splice(0);
      await Promise.all(all.map((w) => w.terminate()));
    },
  });
}
