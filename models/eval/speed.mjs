#!/usr/bin/env node
// Inference time of model.onnx files at 256x256 in onnxruntime-node (2 intra-op threads), the
// figure the issue budgets (<= 150 ms): 3 warm-up runs, then the median and minimum of 15.
//
//   node models/eval/speed.mjs models/klaslab-small/model.onnx models/klaslab-tiny/model.onnx
//
// onnxruntime-node is resolved from the current directory (the workspace root has it).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ort = createRequire(join(process.cwd(), 'noop.js'))('onnxruntime-node');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: speed.mjs MODEL.onnx [MODEL.onnx ...]');
  process.exit(2);
}
for (const file of files) {
  const session = await ort.InferenceSession.create(file, { intraOpNumThreads: 2 });
  const L = new Float32Array(256 * 256).map((_, i) => ((i * 7919) % 1000) / 1000 - 0.5);
  const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', L, [1, 1, 256, 256]) };
  for (let i = 0; i < 3; i++) await session.run(feeds);
  const times = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    await session.run(feeds);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${file}: median ${times[7].toFixed(1)} ms, min ${times[0].toFixed(1)} ms (256x256)`);
}
