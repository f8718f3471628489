// A worker of the Node recombination pool: computes a strip of rows of `recombineLab` into a
// shared output. The maths is core's, identical to the single-threaded call.
import { parentPort } from 'node:worker_threads';
import { recombineLab } from '@klaslab/core';
import type { StripTask } from './recombine-pool.js';

parentPort!.on('message', (task: StripTask) => {
  try {
    const image = {
      width: task.width,
      height: task.height,
      data: new Uint8ClampedArray(task.image),
    };
    const out = { width: task.width, height: task.height, data: new Uint8ClampedArray(task.out) };
    const ab = { width: task.abWidth, height: task.abHeight, channels: 2, data: task.ab };
    recombineLab(image, ab, {
      alphaFrom: image,
      out,
      rowStart: task.rowStart,
      rowEnd: task.rowEnd,
    });
    parentPort!.postMessage({ id: task.id });
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: String((error as Error)?.message ?? error) });
  }
});
