// Builds small ONNX models with random weights and the real KlasLab signatures, for tests and
// benchmarks. Real graphs (Conv, Relu, Resize, Softmax, Tanh) run by real ONNX Runtime: no fakes.
// Plain JavaScript so that both the vitest suites and the `bench/*.mjs` scripts can import it.
import { createHash } from 'node:crypto';

// --- a minimal protobuf writer (just what ONNX's ModelProto needs) -------------------------------

class Writer {
  constructor() {
    /** @type {number[]} */
    this.bytes = [];
  }
  varint(value) {
    let v = BigInt(value);
    if (v < 0n) v += 1n << 64n;
    while (v >= 0x80n) {
      this.bytes.push(Number((v & 0x7fn) | 0x80n));
      v >>= 7n;
    }
    this.bytes.push(Number(v));
    return this;
  }
  tag(field, wire) {
    return this.varint((field << 3) | wire);
  }
  int(field, value) {
    return this.tag(field, 0).varint(value);
  }
  float(field, value) {
    this.tag(field, 5);
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, value, true);
    this.bytes.push(...b);
    return this;
  }
  raw(field, bytes) {
    this.tag(field, 2).varint(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.bytes.push(bytes[i]);
    return this;
  }
  string(field, text) {
    return this.raw(field, new TextEncoder().encode(text));
  }
  message(field, writer) {
    return this.raw(field, writer.finish());
  }
  finish() {
    return Uint8Array.from(this.bytes);
  }
}

const FLOAT = 1;

function tensor(name, dims, values) {
  const w = new Writer();
  for (const d of dims) w.int(1, d);
  w.int(2, FLOAT);
  w.string(8, name);
  w.raw(9, new Uint8Array(Float32Array.from(values).buffer));
  return w;
}

function valueInfo(name, dims) {
  const shape = new Writer();
  for (const d of dims) {
    const dim = new Writer();
    if (typeof d === 'number') dim.int(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new Writer().int(1, FLOAT).message(2, shape);
  const type = new Writer().message(1, tensorType);
  return new Writer().string(1, name).message(2, type);
}

function attribute(name, value) {
  const w = new Writer().string(1, name);
  if (Array.isArray(value)) {
    for (const v of value) w.int(8, v);
    w.int(20, 7); // INTS
  } else if (typeof value === 'string') {
    w.string(4, value).int(20, 3); // STRING
  } else if (Number.isInteger(value)) {
    w.int(3, value).int(20, 2); // INT
  } else {
    w.float(2, value).int(20, 1); // FLOAT
  }
  return w;
}

function node(op, inputs, outputs, attrs = {}) {
  const w = new Writer();
  for (const i of inputs) w.string(1, i);
  for (const o of outputs) w.string(2, o);
  w.string(3, `${op}_${outputs[0]}`);
  w.string(4, op);
  for (const [k, v] of Object.entries(attrs)) w.message(5, attribute(k, v));
  return w;
}

/** Mulberry32: a tiny seeded PRNG, so generated weights are the same on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class GraphBuilder {
  constructor(seed) {
    this.random = prng(seed);
    this.nodes = [];
    this.initializers = [];
    this.count = 0;
  }
  name(prefix) {
    this.count += 1;
    return `${prefix}${this.count}`;
  }
  /** Conv with He-initialised random weights. */
  conv(input, inChannels, outChannels, { kernel = 3, stride = 1, gain = 1 } = {}) {
    const w = this.name('w');
    const b = this.name('b');
    const fanIn = inChannels * kernel * kernel;
    const std = gain * Math.sqrt(2 / fanIn);
    const weights = [];
    for (let i = 0; i < outChannels * fanIn; i++) weights.push((this.random() * 2 - 1) * std * 1.7);
    const bias = [];
    for (let i = 0; i < outChannels; i++) bias.push((this.random() * 2 - 1) * 0.1);
    this.initializers.push(tensor(w, [outChannels, inChannels, kernel, kernel], weights));
    this.initializers.push(tensor(b, [outChannels], bias));
    const out = this.name('conv');
    const pad = Math.floor(kernel / 2);
    this.nodes.push(
      node('Conv', [input, w, b], [out], {
        kernel_shape: [kernel, kernel],
        strides: [stride, stride],
        pads: [pad, pad, pad, pad],
      }),
    );
    return out;
  }
  op(type, inputs, attrs, outName) {
    const out = outName ?? this.name(type.toLowerCase());
    this.nodes.push(node(type, inputs, [out], attrs));
    return out;
  }
  upsample(input, factor, outName) {
    const scales = this.name('scales');
    this.initializers.push(tensor(scales, [4], [1, 1, factor, factor]));
    return this.op('Resize', [input, '', scales], { mode: 'linear' }, outName);
  }
  scale(input, factor, outName) {
    const k = this.name('k');
    this.initializers.push(tensor(k, [], [factor]));
    return this.op('Mul', [input, k], {}, outName);
  }
  model(inputs, outputs) {
    const graph = new Writer();
    for (const n of this.nodes) graph.message(1, n);
    graph.string(2, 'klaslab-test');
    for (const t of this.initializers) graph.message(5, t);
    for (const [name, dims] of inputs) graph.message(11, valueInfo(name, dims));
    for (const [name, dims] of outputs) graph.message(12, valueInfo(name, dims));
    const opset = new Writer().string(1, '').int(2, 17);
    return new Writer()
      .int(1, 8)
      .string(2, 'klaslab-test-helpers')
      .message(7, graph)
      .message(8, opset)
      .finish();
  }
}

/** The 313 in-gamut ab bins of Zhang et al. (ECCV 2016), ordered by a, then b. */
export function zhangBins() {
  const rows = [
    [-90, 50, 90],
    [-80, 20, 90],
    [-70, 0, 90],
    [-60, -20, 90],
    [-50, -30, 100],
    [-40, -40, 100],
    [-30, -50, 100],
    [-20, -50, 100],
    [-10, -60, 100],
    [0, -70, 100],
    [10, -80, 90],
    [20, -80, 90],
    [30, -90, 90],
    [40, -100, 90],
    [50, -100, 80],
    [60, -110, 80],
    [70, -110, 80],
    [80, -110, 70],
    [90, -110, 70],
    [100, -90, 0],
  ];
  const bins = [];
  for (const [a, b0, b1] of rows) for (let b = b0; b <= b1; b += 10) bins.push([a, b]);
  return bins;
}

/** The 529 bins of the SIGGRAPH 2017 model: the full 23×23 ab grid, step 10, −110…110. */
export function gridBins() {
  const bins = [];
  for (let a = -110; a <= 110; a += 10) for (let b = -110; b <= 110; b += 10) bins.push([a, b]);
  return bins;
}

const BASE = {
  schema: 1,
  version: '0.0.0-test',
  file: 'model.onnx',
  license: 'MIT (random weights generated by the KlasLab test helpers)',
  citation: 'none: random weights',
  trainingData: 'none: random weights',
};

/**
 * Generates a model of one family with random weights.
 * @param {import('./onnx-model.js').GenerateOptions} options
 */
export function generateModel(options = {}) {
  const family = options.family ?? 'lab-ab-classification';
  const seed = options.seed ?? 1;
  const size = options.inputSize ?? 64;
  const dynamic = options.dynamic ?? true;
  const g = new GraphBuilder(seed);
  const hw = dynamic ? ['height', 'width'] : [size, size];
  /** @type {any} */
  let manifest;
  let bytes;
  if (family === 'lab-ab-classification') {
    const bins = options.bins ?? zhangBins();
    const kind = options.kind ?? 'logits';
    const h1 = g.op('Relu', [g.conv('L', 1, 8, { stride: 2 })]);
    const h2 = g.op('Relu', [g.conv(h1, 8, 16, { stride: 2 })]);
    const logits = g.conv(h2, 16, bins.length, { kernel: 1, gain: options.gain ?? 3 });
    const outName = kind === 'logits' ? 'logits' : 'probs';
    if (kind === 'logits') g.op('Identity', [logits], {}, outName);
    else g.op('Softmax', [logits], { axis: 1 }, outName);
    const outHw = dynamic ? ['oh', 'ow'] : [size / 4, size / 4];
    bytes = g.model([['L', [1, 1, ...hw]]], [[outName, [1, bins.length, ...outHw]]]);
    manifest = {
      ...BASE,
      name: options.name ?? `test-classification-${bins.length}`,
      family,
      inputSize: size,
      input: { name: 'L', layout: 'NCHW', channels: 1, normalization: { offset: 50, scale: 100 } },
      output: { name: outName, layout: 'NCHW', channels: bins.length, stride: 4, kind },
      decode: { temperature: 0.38, bins },
    };
  } else if (family === 'lab-ab-regression') {
    const h1 = g.op('Relu', [g.conv('L', 1, 8, { stride: 2 })]);
    const h2 = g.conv(h1, 8, 2, { gain: 2 });
    const up = g.upsample(h2, 2);
    g.op('Tanh', [up], {}, 'ab');
    bytes = g.model([['L', [1, 1, ...hw]]], [['ab', [1, 2, ...hw]]]);
    manifest = {
      ...BASE,
      name: options.name ?? 'test-regression',
      family,
      inputSize: size,
      input: { name: 'L', layout: 'NCHW', channels: 1, normalization: { offset: 50, scale: 100 } },
      output: { name: 'ab', layout: 'NCHW', channels: 2, stride: 1, scale: 110 },
    };
  } else if (family === 'rgb-to-rgb') {
    const h1 = g.op('Relu', [g.conv('rgb', 3, 8, { stride: 2 })]);
    const up = g.upsample(g.conv(h1, 8, 3), 2);
    g.scale(g.op('Tanh', [up]), 2, 'out');
    bytes = g.model([['rgb', [1, 3, ...hw]]], [['out', [1, 3, ...hw]]]);
    manifest = {
      ...BASE,
      name: options.name ?? 'test-rgb',
      family,
      inputSize: size,
      input: {
        name: 'rgb',
        layout: 'NCHW',
        channels: 3,
        normalization: { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] },
      },
      output: {
        name: 'out',
        layout: 'NCHW',
        channels: 3,
        stride: 1,
        normalization: { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] },
      },
    };
  } else {
    throw new Error(`unknown family ${family}`);
  }
  manifest.sha256 = createHash('sha256').update(bytes).digest('hex');
  manifest.bytes = bytes.length;
  return { manifest, bytes };
}

/**
 * Writes `model.onnx` + `model.json` into `dir` and returns the manifest path.
 * @param {string} dir
 * @param {import('./onnx-model.js').GenerateOptions} [options]
 */
export async function writeModel(dir, options = {}) {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  await mkdir(dir, { recursive: true });
  const { manifest, bytes } = generateModel(options);
  await writeFile(join(dir, 'model.onnx'), bytes);
  await writeFile(join(dir, 'model.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return join(dir, 'model.json');
}

/** A deterministic test photo: smooth gradients, shapes and a little noise, RGBA. */
export function syntheticImage(width, height, { seed = 7, alpha = false } = {}) {
  const random = prng(seed);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const u = x / Math.max(1, width - 1);
      const v = y / Math.max(1, height - 1);
      const disc = (u - 0.6) ** 2 + (v - 0.4) ** 2 < 0.05 ? 80 : 0;
      data[i] = 40 + 180 * u + disc + random() * 12;
      data[i + 1] = 30 + 150 * v + random() * 12;
      data[i + 2] = 200 - 120 * u * v - disc + random() * 12;
      data[i + 3] = alpha ? Math.round(255 * (0.25 + 0.75 * u)) : 255;
    }
  }
  return { width, height, data };
}
