#!/usr/bin/env node
// Runs KlasLab-small's frozen encoder (an ONNX file written by models/small/cache.py) on a batch of
// L views in onnxruntime-node, for the feature cache: Debian's PyTorch CPU build runs MobileNetV2's
// depthwise convolutions ~40x slower than onnxruntime (measured: 0.45 s against ~0.01 s a view).
//
//   node models/small/encode.mjs ENCODER.onnx IN.f32 N SIZE OUT_PREFIX
//
// IN.f32: N x 1 x SIZE x SIZE float32 (little-endian, C order). Writes OUT_PREFIX.<output>.f32 for
// each model output (f4, f8, f16), N views each, in the same order.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [onnxPath, inPath, nArg, sizeArg, outPrefix] = process.argv.slice(2);
if (!outPrefix) {
  console.error('usage: encode.mjs ENCODER.onnx IN.f32 N SIZE OUT_PREFIX');
  process.exit(2);
}
const ort = createRequire(join(resolve(process.cwd()), 'noop.js'))('onnxruntime-node');
const n = Number(nArg);
const size = Number(sizeArg);
const buf = readFileSync(inPath);
const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
if (all.length !== n * size * size) {
  console.error(`${inPath}: ${all.length} values, expected ${n} x ${size} x ${size}`);
  process.exit(2);
}
const session = await ort.InferenceSession.create(onnxPath, { intraOpNumThreads: 2 });
const chunks = Object.fromEntries(session.outputNames.map((k) => [k, []]));
const B = 16;
for (let i = 0; i < n; i += B) {
  const m = Math.min(B, n - i);
  const x = all.subarray(i * size * size, (i + m) * size * size);
  const out = await session.run({ L: new ort.Tensor('float32', x, [m, 1, size, size]) });
  for (const k of session.outputNames)
    chunks[k].push(Buffer.from(out[k].data.buffer, out[k].data.byteOffset, out[k].data.byteLength));
}
for (const k of session.outputNames)
  writeFileSync(`${outPrefix}.${k}.f32`, Buffer.concat(chunks[k]));
