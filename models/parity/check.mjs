#!/usr/bin/env node
// Parity check: run each model.onnx in onnxruntime-node on the committed fixtures (inputs and the
// PyTorch outputs written by models/export.py) and require max |diff| <= tolerance (1e-4).
//
//   node models/parity/check.mjs                 # every models/*/parity/cases.json
//   node models/parity/check.mjs models/klaslab-small/parity/cases.json
//
// Needs the npm package `onnxruntime-node` resolvable from the current directory (the colorize
// workspace depends on it) or from ORT_NODE_PATH (a directory containing node_modules).
// On a machine without internet, install it with `--ignore-scripts`: its install script only
// fetches optional CUDA binaries; the CPU runtime ships inside the npm package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modelsDir = join(here, '..');
const casesPaths = process.argv[2]
  ? [resolve(process.argv[2])]
  : readdirSync(modelsDir)
      .sort()
      .map((d) => join(modelsDir, d, 'parity', 'cases.json'))
      .filter((p) => existsSync(p));
if (casesPaths.length === 0) {
  console.error(`no parity fixtures (models/*/parity/cases.json) under ${modelsDir}`);
  process.exit(2);
}

// biome-ignore lint/suspicious/noUndeclaredEnvVars: a plain node script, not a turbo task
const bases = [process.env.ORT_NODE_PATH, process.cwd(), here].filter(Boolean);
let ort;
for (const b of bases) {
  try {
    ort = createRequire(join(resolve(b), 'noop.js'))('onnxruntime-node');
    break;
  } catch {
    /* try the next place */
  }
}
if (!ort) {
  console.error('onnxruntime-node not found (set ORT_NODE_PATH or install it in the workspace)');
  process.exit(2);
}

const readF32 = (base, file) => {
  const buf = readFileSync(join(base, file));
  return new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
};

let passed = 0;
let failed = 0;
for (const casesPath of casesPaths) {
  const spec = JSON.parse(readFileSync(casesPath, 'utf8'));
  const base = dirname(casesPath);
  const model = basename(dirname(base));
  const session = await ort.InferenceSession.create(join(base, spec.model));
  for (const [name, c] of Object.entries(spec.cases)) {
    const input = new ort.Tensor('float32', readF32(base, c.L), c.L_shape);
    const out = (await session.run({ [spec.input]: input }))[spec.output];
    const ref = readF32(base, c.logits);
    const sameShape =
      out.dims.length === c.logits_shape.length &&
      out.dims.every((d, i) => d === c.logits_shape[i]);
    let maxDiff = 0;
    for (let i = 0; i < ref.length; i++)
      maxDiff = Math.max(maxDiff, Math.abs(out.data[i] - ref[i]));
    const ok = sameShape && out.data.length === ref.length && maxDiff <= spec.tolerance;
    console.log(
      `${ok ? 'ok' : 'FAIL'} ${model}/${name}: dims [${out.dims}] max|diff| ${maxDiff.toExponential(2)} (tolerance ${spec.tolerance})`,
    );
    if (ok) passed++;
    else failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
