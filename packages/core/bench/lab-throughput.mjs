// Throughput of the colour and resize primitives on a 12-megapixel photo-sized buffer (4000×3000),
// next to a naive per-pixel implementation that allocates objects, in the same run.
// Run: npm run bench --workspace @klaslab/core   (after npm run build)
import {
  colorCloseness,
  labToRgba,
  photoKernels,
  recombineLab,
  resizeArea,
  resizeBilinear,
  rgbaToLab,
  rgbaToLightness,
  rgbaToLightnessArea,
} from '../dist/index.js';

const WIDTH = 4000;
const HEIGHT = 3000;
const MP = (WIDTH * HEIGHT) / 1e6;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function makeImage() {
  const data = new Uint8ClampedArray(WIDTH * HEIGHT * 4);
  let seed = 12345;
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0; // deterministic, photo-unlike but covers the gamut
    data[i] = i % 4 === 3 ? 255 : seed >>> 24;
  }
  return { width: WIDTH, height: HEIGHT, data };
}

// The textbook way: objects per pixel and per step, Math.pow everywhere.
const naive = {
  toLinear: (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4),
  rgbToLab(r, g, b) {
    const lin = {
      r: naive.toLinear(r / 255),
      g: naive.toLinear(g / 255),
      b: naive.toLinear(b / 255),
    };
    const xyz = {
      x: 0.4123908 * lin.r + 0.35758434 * lin.g + 0.18048079 * lin.b,
      y: 0.21263901 * lin.r + 0.71516868 * lin.g + 0.07219232 * lin.b,
      z: 0.01933082 * lin.r + 0.11919478 * lin.g + 0.95053215 * lin.b,
    };
    const f = (t) => (t > 216 / 24389 ? t ** (1 / 3) : ((24389 / 27) * t + 16) / 116);
    const w = { x: 0.95045593, y: 1, z: 1.08905775 };
    const fx = f(xyz.x / w.x);
    const fy = f(xyz.y / w.y);
    const fz = f(xyz.z / w.z);
    return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
  },
  imageToLab(image) {
    const pixels = [];
    const { data } = image;
    for (let i = 0; i < data.length; i += 4)
      pixels.push(naive.rgbToLab(data[i], data[i + 1], data[i + 2]));
    return pixels;
  },
};

function time(fn) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const image = makeImage();
let lab = rgbaToLab(image);
let back = labToRgba(lab);
let light;
const fast = time(() => {
  lab = rgbaToLab(image, lab);
});
const slow = time(() => naive.imageToLab(image));
const inverse = time(() => {
  back = labToRgba(lab, { out: back });
});
const lightness = time(() => {
  light = rgbaToLightness(image, light);
});
const area = time(() => resizeArea(lab, 256, 192));
const small = resizeArea(lab, 256, 192);
const bilinear = time(() => resizeBilinear(small, WIDTH, HEIGHT));

// A colorizer's two per-pixel steps on a black-and-white photo: its L* at the model's size, and
// the recombination with 64×64 predicted chroma. WebAssembly SIMD kernels against the float64
// JavaScript reference ({ exact: true }).
const grey = { width: WIDTH, height: HEIGHT, data: new Uint8ClampedArray(WIDTH * HEIGHT * 4) };
for (let y = 0, i = 0; y < HEIGHT; y++) {
  for (let x = 0; x < WIDTH; x++, i += 4) {
    const v = 128 + 100 * Math.sin(x / 400) * Math.cos(y / 300) + ((x * 7 + y * 13) % 17) - 8;
    grey.data[i] = grey.data[i + 1] = grey.data[i + 2] = v;
    grey.data[i + 3] = 255;
  }
}
const chroma = { width: 64, height: 64, channels: 2, data: new Float32Array(2 * 64 * 64) };
for (let i = 0; i < 4096; i++) {
  chroma.data[i] = 25 * Math.sin(i / 300); // a*
  chroma.data[4096 + i] = 30 * Math.cos(i / 500); // b*
}
const out = { width: WIDTH, height: HEIGHT, data: new Uint8ClampedArray(WIDTH * HEIGHT * 4) };
const model = { width: 256, height: 256, channels: 1, data: new Float32Array(256 * 256) };
const simd = photoKernels() !== null;
const areaSimd = time(() => rgbaToLightnessArea(grey, 256, 256, model));
const areaExact = time(() => rgbaToLightnessArea(grey, 256, 256, model, { exact: true }));
const recombineSimd = time(() => recombineLab(grey, chroma, { alphaFrom: grey, out }));
const recombineExact = time(() =>
  recombineLab(grey, chroma, { alphaFrom: grey, out, exact: true }),
);

const rows = [
  ['rgbaToLab (allocation-free, reused buffer)', fast],
  ['naive per-pixel objects + Math.pow', slow],
  ['labToRgba (reused buffer)', inverse],
  ['rgbaToLightness (L* only)', lightness],
  ['resizeArea 3ch 4000×3000 → 256×192', area],
  ['resizeBilinear 3ch 256×192 → 4000×3000', bilinear],
  [`rgbaToLightnessArea grey → 256² (${simd ? 'SIMD' : 'no SIMD here'})`, areaSimd],
  ['rgbaToLightnessArea grey → 256² (exact)', areaExact],
  [`recombineLab 64² chroma → 4000×3000 (${simd ? 'SIMD' : 'no SIMD here'})`, recombineSimd],
  ['recombineLab 64² chroma → 4000×3000 (exact)', recombineExact],
];
console.log(
  `@klaslab/core bench: ${WIDTH}×${HEIGHT} (${MP} MP), best of ${ROUNDS}, node ${process.version}`,
);
for (const [name, ms] of rows) {
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(MP / (ms / 1000)).toFixed(1).padStart(6)} MP/s`,
  );
}
// colorCloseness (ΔE2000 per pixel, the truth view's score) on two different 1 MP slices of the image.
const oneMp = { width: 1224, height: 816 };
const truth = { ...oneMp, data: image.data.slice(0, 1224 * 816 * 4) };
const guess = { ...oneMp, data: image.data.slice(4 * 1224 * 100, 4 * 1224 * 916) };
console.log(
  `colorCloseness 1224×816 (1 MP)                ${time(() => colorCloseness(truth, guess))
    .toFixed(0)
    .padStart(6)} ms`,
);
console.log(`speed-up of rgbaToLab over the naive implementation: ${(slow / fast).toFixed(1)}×`);
console.log(
  `speed-up of the SIMD kernels: rgbaToLightnessArea ${(areaExact / areaSimd).toFixed(1)}×, recombineLab ${(recombineExact / recombineSimd).toFixed(1)}×`,
);
