// A worker of the Node pixel pool: computes a band of rows of `rgbaToLightnessArea` or
// `recombineLab` in shared memory. The maths is core's, identical to the single-threaded call.
import { parentPort } from 'node:worker_threads';
import { recombineLab, rgbaToLightnessArea } from '@klaslab/core';
import type { PixelTask } from './pixel-pool.js';

parentPort!.on('message', (task: PixelTask) => {
  try {
    const { width, height, rowStart, rowEnd } = task;
    const image = { width, height, data: new Uint8ClampedArray(task.image, 0, width * height * 4) };
    if (task.kind === 'lightness') {
      const { size } = task;
      const out = { width: size, height: size, channels: 1, data: new Float32Array(task.out) };
      rgbaToLightnessArea(image, size, size, out, { rowStart, rowEnd });
    } else {
      const out = { width, height, data: new Uint8ClampedArray(task.out, 0, width * height * 4) };
      const ab = { width: task.abWidth, height: task.abHeight, channels: 2, data: task.ab };
      recombineLab(image, ab, { alphaFrom: image, out, rowStart, rowEnd });
    }
    parentPort!.postMessage({ id: task.id });
  } catch (error) {
    parentPort!.postMessage({ id: task.id, error: String((error as Error)?.message ?? error) });
  }
});
