// The WebAssembly text of the SIMD kernels behind `recombineLab` and `rgbaToLightnessArea`, the
// per-pixel loops of a colorizer (see src/color/simd/). It is written as a template because V8
// does not inline WebAssembly calls: the small helpers below ("gather", "cube", …) are expanded in
// place, so the hot loops make no calls. `npm run build:wasm` assembles it into
// src/color/simd/photo-kernels.wasm.ts.
//
// Memory layout (bytes), shared with recombine-kernel.ts:
//   0      4096 buckets of 8 bytes: f32 threshold, i32 code (see srgb-transfer.ts)
//   32768  256 × f32: f(Y) = (L* + 16) / 116 of each grey level
//   33792  256 × f32: linear value of each 8-bit sRGB code
//   34816  f32 constants: XYZ → linear sRGB matrix (× white point, row-major), ε, 1/κ, and the
//          Y row of linear sRGB → XYZ
//   35840  the rows, laid out by photo-kernels.ts

export const LAYOUT = {
  buckets: 0,
  greyFy: 32768,
  linear: 33792,
  constants: 34816,
  rows: 35840,
};

const C = LAYOUT.constants;
const f32 = (x) => `(f32x4.splat (f32.const ${x}))`;
const i32 = (x) => `(i32x4.splat (i32.const ${x}))`;
const get = (name) => `(local.get $${name})`;
const set = (name, value) => `(local.set $${name} ${value})`;

/** Four f32 loads from `base + 4 × lane` of an i32x4 of indices, as one f32x4. */
const gatherF32 = (base, index) => `(block (result v128)
    ${set('gi', `(i32x4.shl ${index} (i32.const 2))`)}
    (v128.load32_lane offset=${base} 3 (i32x4.extract_lane 3 ${get('gi')})
      (v128.load32_lane offset=${base} 2 (i32x4.extract_lane 2 ${get('gi')})
        (v128.load32_lane offset=${base} 1 (i32x4.extract_lane 1 ${get('gi')})
          (v128.load32_zero offset=${base} (i32x4.extract_lane 0 ${get('gi')}))))))`;

/** The inverse of CIE f: t³ above ε, (116 t − 16) / κ below. */
const finv = (t) => `(block (result v128)
    ${set('f', t)}
    ${set('t', `(f32x4.mul (f32x4.mul ${get('f')} ${get('f')}) ${get('f')})`)}
    (v128.bitselect ${get('t')}
      (f32x4.mul (f32x4.sub (f32x4.mul ${f32(116)} ${get('f')}) ${f32(16)}) ${constantOf('invKappa')})
      (f32x4.gt ${get('t')} ${constantOf('epsilon')})))`;

/**
 * CIE f(Y): ∛Y above ε (three Halley steps from ∜Y, within 2 float32 ulp for Y in ε…1),
 * (κY + 16) / 116 below.
 */
const cieF = (y) => `(block (result v128)
    ${set('t', `(f32x4.sqrt (f32x4.sqrt ${y}))`)}
    ${[0, 1, 2].map(() => halley(y)).join('\n    ')}
    (v128.bitselect ${get('t')}
      (f32x4.div (f32x4.add (f32x4.mul ${constantOf('kappa')} ${y}) ${f32(16)}) ${f32(116)})
      (f32x4.gt ${y} ${constantOf('epsilon')})))`;
const halley = (y) =>
  `${set('c', `(f32x4.mul (f32x4.mul ${get('t')} ${get('t')}) ${get('t')})`)}
    ${set(
      't',
      `(f32x4.div (f32x4.mul ${get('t')} (f32x4.add ${get('c')} (f32x4.add ${y} ${y})))
      (f32x4.add (f32x4.add ${get('c')} ${get('c')}) ${y}))`,
    )}`;

/**
 * Linear light (f32x4) to 8-bit sRGB codes (i32x4). The value is first clamped to 0…1 − 2⁻²⁴
 * (NaN to 0); one 8-byte gather per lane from the bucket table then gives the code at the bucket's
 * start and the bucket's only threshold, and the code goes up by one when the value reaches it.
 * The last bucket starts above the last threshold and its "threshold" is +∞, so values ≥ 1 give
 * 255; the first bucket's code is 0 and its threshold above 0, so values ≤ 0 give 0.
 */
const encode = (v, out) => `
    ${set('v', `(f32x4.pmin ${f32('0x1.fffffep-1')} (f32x4.pmax ${f32(0)} ${v}))`)}
    ${set('k', `(i32x4.shl (i32x4.trunc_sat_f32x4_u (f32x4.mul ${get('v')} ${f32(4096)})) (i32.const 3))`)}
    ${set(
      'p',
      `(v128.load64_lane offset=${LAYOUT.buckets} 1 (i32x4.extract_lane 1 ${get('k')})
        (v128.load64_zero offset=${LAYOUT.buckets} (i32x4.extract_lane 0 ${get('k')})))`,
    )}
    ${set(
      'q',
      `(v128.load64_lane offset=${LAYOUT.buckets} 1 (i32x4.extract_lane 3 ${get('k')})
        (v128.load64_zero offset=${LAYOUT.buckets} (i32x4.extract_lane 2 ${get('k')})))`,
    )}
    ${set(
      out,
      `(i32x4.sub
        (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 ${get('p')} ${get('q')})
        (f32x4.le (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 ${get('p')} ${get('q')}) ${get('v')}))`,
    )}`;

/** One row of linear sRGB: m[3c] X + m[3c + 1] Y + m[3c + 2] Z, in the order the JS kernel uses. */
const channel = (c) =>
  `(f32x4.add (f32x4.add (f32x4.mul ${constantOf(`m${3 * c}`)} ${get('X')}) (f32x4.mul ${constantOf(`m${3 * c + 1}`)} ${get('Y')}))
      (f32x4.mul ${constantOf(`m${3 * c + 2}`)} ${get('Z')}))`;

// The constants live in memory, in this order (photo-kernels.ts writes them), each loaded and
// broadcast where it is used: held in vector locals they would outnumber the 16 SIMD registers of
// x86-64 and spill in the hot loop.
const CONSTANTS = [
  'm0',
  'm1',
  'm2',
  'm3',
  'm4',
  'm5',
  'm6',
  'm7',
  'm8',
  'epsilon',
  'invKappa',
  'kappa',
  'w0',
  'w1',
  'w2',
];
const constantOf = (name) => `(v128.load32_splat (i32.const ${C + 4 * CONSTANTS.indexOf(name)}))`;

/** Chroma between the two upsampled source rows at `top` and `bottom`: top + (bottom − top) × fy. */
const chroma = (top, bottom) => `(block (result v128)
    ${set('h', `(v128.load (i32.add ${get(top)} ${get('o')}))`)}
    (f32x4.add ${get('h')} (f32x4.mul (f32x4.sub (v128.load (i32.add ${get(bottom)} ${get('o')})) ${get('h')}) ${get('wy')})))`;

/**
 * f(Y) = (L* + 16) / 116 of the four RGBA pixels in $px: a lookup when they are grey (the usual
 * case), else from their linear values.
 */
const photoFy = () => `
        ${set('r', `(v128.and ${get('px')} ${i32(255)})`)}
        ${set('g', `(v128.and (i32x4.shr_u ${get('px')} (i32.const 8)) ${i32(255)})`)}
        ${set('b', `(v128.and (i32x4.shr_u ${get('px')} (i32.const 16)) ${i32(255)})`)}
        (if (i32x4.all_true (v128.and (i32x4.eq ${get('r')} ${get('g')}) (i32x4.eq ${get('r')} ${get('b')})))
          (then ${set('fy', gatherF32(LAYOUT.greyFy, get('r')))})
          (else
            ${set(
              'Y',
              `(f32x4.add
              (f32x4.add (f32x4.mul ${constantOf('w0')} ${gatherF32(LAYOUT.linear, get('r'))})
                (f32x4.mul ${constantOf('w1')} ${gatherF32(LAYOUT.linear, get('g'))}))
              (f32x4.mul ${constantOf('w2')} ${gatherF32(LAYOUT.linear, get('b'))}))`,
            )}
            ${set('fy', cieF(get('Y')))}))`;

/**
 * e^t in float32: t = n ln 2 + r with |r| ≤ ln 2 / 2, e^r by its degree-6 Taylor polynomial
 * (relative error below 2·10⁻⁷), 2^n from the exponent bits. t is clamped to −87…88, where
 * float32 stays normal; a softmax weight below e^−87 is nothing next to the largest one, 1.
 */
const exp = (t) => `(block (result v128)
    ${set('et', `(f32x4.pmin ${f32(88)} (f32x4.pmax ${f32(-87)} ${t}))`)}
    ${set('en', `(f32x4.nearest (f32x4.mul ${get('et')} ${f32('0x1.715476p+0')}))`)}
    ${set(
      'et',
      `(f32x4.sub (f32x4.sub ${get('et')} (f32x4.mul ${get('en')} ${f32('0x1.62e4p-1')}))
      (f32x4.mul ${get('en')} ${f32('0x1.7f7d1cp-20')}))`,
    )}
    (f32x4.mul
      ${[1 / 120, 1 / 24, 1 / 6, 0.5, 1, 1].reduce((acc, c) => `(f32x4.add ${f32(c)} (f32x4.mul ${get('et')} ${acc}))`, f32(1 / 720))}
      (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s ${get('en')}) ${i32(127)}) (i32.const 23))))`;

const VECTORS = [
  ...['px', 'r', 'g', 'b', 'gi', 'fy', 'h', 'Y', 'X', 'Z', 'f', 't', 'c', 'v', 'k', 'p', 'q'],
  ...['cr', 'cg', 'cb'],
];
const locals = () => VECTORS.map((v) => `(local $${v} v128)`).join(' ');
/** for (x = 0; x < n; x += 4) with $o = 4x, the byte offset of an RGBA pixel or a float. */
const loop = (body) => `(block $done
      (loop $next
        (br_if $done (i32.ge_u ${get('x')} ${get('n')}))
        ${set('o', `(i32.shl ${get('x')} (i32.const 2))`)}
        ${body}
        ${set('x', `(i32.add ${get('x')} (i32.const 4))`)}
        (br $next)))`;

/** The module's text. Every function handles n pixels, a multiple of 4. */
export function photoKernelsWat() {
  return `(module
  (memory (export "memory") 1)

  ;; recombine(src, a0, a1, b0, b1, weight, dst, n): one row of recombineLab. RGBA at src; a* and b*
  ;; (f32) blended from the rows at a0, a1 and b0, b1 (the chroma map's rows above and below,
  ;; already upsampled across) with the given weight; RGBA with the source's alpha out at dst.
  (func (export "recombine") (param $src i32) (param $a0 i32) (param $a1 i32) (param $b0 i32)
    (param $b1 i32) (param $weight f32) (param $dst i32) (param $n i32)
    (local $x i32) (local $o i32) (local $wy v128) ${locals()}
    ${set('wy', `(f32x4.splat ${get('weight')})`)}
    ${loop(`${set('px', `(v128.load (i32.add ${get('src')} ${get('o')}))`)}
        ${photoFy()}
        ${set('Y', finv(get('fy')))}
        ${set('X', finv(`(f32x4.add ${get('fy')} (f32x4.mul ${chroma('a0', 'a1')} ${f32(0.002)}))`))}
        ${set('Z', finv(`(f32x4.sub ${get('fy')} (f32x4.mul ${chroma('b0', 'b1')} ${f32(0.005)}))`))}
        ${set('v', channel(0))} ${encode(get('v'), 'cr')}
        ${set('v', channel(1))} ${encode(get('v'), 'cg')}
        ${set('v', channel(2))} ${encode(get('v'), 'cb')}
        (v128.store (i32.add ${get('dst')} ${get('o')})
          (v128.or
            (v128.or (v128.and ${get('px')} ${i32('0xff000000')}) ${get('cr')})
            (v128.or (i32x4.shl ${get('cg')} (i32.const 8)) (i32x4.shl ${get('cb')} (i32.const 16)))))`)})

  ;; lightness(src, dst, n): L* (f32) of n RGBA pixels.
  (func (export "lightness") (param $src i32) (param $dst i32) (param $n i32)
    (local $x i32) (local $o i32) ${locals()}
    ${loop(`${set('px', `(v128.load (i32.add ${get('src')} ${get('o')}))`)}
        ${photoFy()}
        (v128.store (i32.add ${get('dst')} ${get('o')})
          (f32x4.sub (f32x4.mul ${f32(116)} ${get('fy')}) ${f32(16)}))`)})

  ;; accumulate(src, acc, weight, n): acc += weight × src, n floats.
  (func (export "accumulate") (param $src i32) (param $acc i32) (param $weight f32) (param $n i32)
    (local $x i32) (local $o i32) (local $w v128)
    ${set('w', `(f32x4.splat ${get('weight')})`)}
    ${loop(`(v128.store (i32.add ${get('acc')} ${get('o')})
          (f32x4.add (v128.load (i32.add ${get('acc')} ${get('o')}))
            (f32x4.mul ${get('w')} (v128.load (i32.add ${get('src')} ${get('o')})))))`)})

  ;; softmax_sums(z, noise, bins, acc, invT, channels, n, entropy): the sums of an annealed mean
  ;; the bins for n pixels. z: logits, channel-major (channels × n f32); noise: the
  ;; same shape, added to the tempered logits (0: none); bins: a*, b* per bin (f32 pairs); acc:
  ;; six rows of n f32 written: max, Σw, Σw·a*, Σw·b*, Σq, Σq·d with d = z − max, w = e^(d/T + noise)
  ;; and q = e^d (the untempered weights; only when entropy ≠ 0; entropy = 2: q = w, for T = 1
  ;; without noise).
  (func (export "softmax_sums") (param $z i32) (param $noise i32) (param $bins i32) (param $acc i32)
    (param $invT f32) (param $channels i32) (param $n i32) (param $entropy i32)
    (local $x i32) (local $o i32) (local $ch i32) (local $row i32) (local $rowBytes i32)
    (local $s i32) (local $d v128) (local $w v128) (local $q v128) (local $ba v128) (local $bb v128)
    (local $it v128) (local $t v128) (local $et v128) (local $en v128)
    ${set('rowBytes', `(i32.shl ${get('n')} (i32.const 2))`)}
    ${set('it', `(f32x4.splat ${get('invT')})`)}
    ;; Pass 1: the per-pixel maximum (NaN logits are skipped, as by a > comparison).
    ${loop(`(v128.store (i32.add ${get('acc')} ${get('o')}) ${f32('-inf')})`)}
    (block $chDone (loop $chNext
      (br_if $chDone (i32.ge_u ${get('ch')} ${get('channels')}))
      ${set('row', `(i32.add ${get('z')} (i32.mul ${get('ch')} ${get('rowBytes')}))`)}
      ${set('x', '(i32.const 0)')}
      ${loop(`(v128.store (i32.add ${get('acc')} ${get('o')})
          (f32x4.pmax (v128.load (i32.add ${get('acc')} ${get('o')})) (v128.load (i32.add ${get('row')} ${get('o')}))))`)}
      ${set('ch', `(i32.add ${get('ch')} (i32.const 1))`)}
      (br $chNext)))
    ;; Pass 2: the weighted sums, five rows after the maximum, zeroed first.
    ${set('x', '(i32.const 0)')}
    ${loop(`${[1, 2, 3, 4, 5].map((k) => `(v128.store (i32.add (i32.add ${get('acc')} (i32.mul ${get('rowBytes')} (i32.const ${k}))) ${get('o')}) ${f32(0)})`).join('\n        ')}`)}
    ${set('ch', '(i32.const 0)')}
    (block $chDone2 (loop $chNext2
      (br_if $chDone2 (i32.ge_u ${get('ch')} ${get('channels')}))
      ${set('row', `(i32.mul ${get('ch')} ${get('rowBytes')})`)}
      ${set('ba', `(v128.load32_splat (i32.add ${get('bins')} (i32.shl ${get('ch')} (i32.const 3))))`)}
      ${set('bb', `(v128.load32_splat offset=4 (i32.add ${get('bins')} (i32.shl ${get('ch')} (i32.const 3))))`)}
      ${set('x', '(i32.const 0)')}
      ${loop(`${set('d', `(f32x4.sub (v128.load (i32.add (i32.add ${get('z')} ${get('row')}) ${get('o')})) (v128.load (i32.add ${get('acc')} ${get('o')})))`)}
        ${set('t', `(f32x4.mul ${get('d')} ${get('it')})`)}
        (if ${get('noise')} (then
          ${set('t', `(f32x4.add ${get('t')} (v128.load (i32.add (i32.add ${get('noise')} ${get('row')}) ${get('o')})))`)}))
        ${set('w', exp(get('t')))}
        ${set('s', `(i32.add ${get('acc')} ${get('o')})`)}
        (v128.store offset=0 (i32.add ${get('s')} ${get('rowBytes')})
          (f32x4.add (v128.load (i32.add ${get('s')} ${get('rowBytes')})) ${get('w')}))
        ${set('s', `(i32.add ${get('s')} ${get('rowBytes')})`)}
        (v128.store (i32.add ${get('s')} ${get('rowBytes')})
          (f32x4.add (v128.load (i32.add ${get('s')} ${get('rowBytes')})) (f32x4.mul ${get('w')} ${get('ba')})))
        ${set('s', `(i32.add ${get('s')} ${get('rowBytes')})`)}
        (v128.store (i32.add ${get('s')} ${get('rowBytes')})
          (f32x4.add (v128.load (i32.add ${get('s')} ${get('rowBytes')})) (f32x4.mul ${get('w')} ${get('bb')})))
        (if ${get('entropy')} (then
          ${set('q', `(if (result v128) (i32.eq ${get('entropy')} (i32.const 2)) (then ${get('w')}) (else ${exp(get('d'))}))`)}
          ${set('s', `(i32.add ${get('s')} ${get('rowBytes')})`)}
          (v128.store (i32.add ${get('s')} ${get('rowBytes')})
            (f32x4.add (v128.load (i32.add ${get('s')} ${get('rowBytes')})) ${get('q')}))
          ${set('s', `(i32.add ${get('s')} ${get('rowBytes')})`)}
          (v128.store (i32.add ${get('s')} ${get('rowBytes')})
            (f32x4.add (v128.load (i32.add ${get('s')} ${get('rowBytes')})) (f32x4.mul ${get('q')} ${get('d')})))))`)}
      ${set('ch', `(i32.add ${get('ch')} (i32.const 1))`)}
      (br $chNext2)))))`;
}
