/**
 * Coherent regions of a colorization at the model's output resolution, for sampling alternatives
 * region by region: a SLIC-style k-means (Achanta et al., "SLIC superpixels compared to
 * state-of-the-art superpixel methods", TPAMI 2012) on each output pixel's L*, predicted a*b* and
 * position. Pixels of one object (similar lightness and predicted colour, near each other) share a
 * region; a region may be in several pieces when they look alike, which is what sampling wants.
 */

export interface Regions {
  /** Region of each output pixel (row-major), 0 … count − 1. */
  labels: Int32Array;
  count: number;
  /** Width of the label plane. */
  width: number;
}

export interface RegionOptions {
  /** Seeds per side: grid × grid starting centres (default 4). */
  grid?: number;
  /** Weight of position against colour (SLIC's m, in CIELAB units per grid step; default 10). */
  compactness?: number;
  /** k-means iterations (default 6). */
  iterations?: number;
}

/**
 * Regions from a width × height lightness plane and a*, b* planes (`ab`: a* at p, b* at
 * pixels + p). Deterministic: grid-seeded centres, a fixed number of iterations.
 */
export function coherentRegions(
  lightness: Float32Array,
  ab: Float32Array,
  width: number,
  height: number,
  options: RegionOptions = {},
): Regions {
  const pixels = width * height;
  const grid = Math.max(1, Math.min(options.grid ?? 4, width, height));
  const count = grid * grid;
  const step = Math.max(width, height) / grid;
  const spatial = ((options.compactness ?? 10) / step) ** 2;
  const iterations = options.iterations ?? 6;
  // Centres: L, a, b, x, y each.
  const centres = new Float64Array(count * 5);
  for (let gy = 0; gy < grid; gy++) {
    for (let gx = 0; gx < grid; gx++) {
      const x = Math.min(width - 1, Math.floor(((gx + 0.5) * width) / grid));
      const y = Math.min(height - 1, Math.floor(((gy + 0.5) * height) / grid));
      const p = y * width + x;
      centres.set([lightness[p]!, ab[p]!, ab[pixels + p]!, x, y], (gy * grid + gx) * 5);
    }
  }
  const labels = new Int32Array(pixels);
  const sums = new Float64Array(count * 6);
  for (let it = 0; it < iterations; it++) {
    sums.fill(0);
    for (let p = 0; p < pixels; p++) {
      const x = p % width;
      const y = (p - x) / width;
      const L = lightness[p]!;
      const a = ab[p]!;
      const b = ab[pixels + p]!;
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < count; c++) {
        const o = c * 5;
        const dl = L - centres[o]!;
        const da = a - centres[o + 1]!;
        const db = b - centres[o + 2]!;
        const dx = x - centres[o + 3]!;
        const dy = y - centres[o + 4]!;
        const d = dl * dl + da * da + db * db + spatial * (dx * dx + dy * dy);
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      labels[p] = best;
      const s = best * 6;
      sums[s]! += L;
      sums[s + 1]! += a;
      sums[s + 2]! += b;
      sums[s + 3]! += x;
      sums[s + 4]! += y;
      sums[s + 5]! += 1;
    }
    for (let c = 0; c < count; c++) {
      const n = sums[c * 6 + 5]!;
      if (n === 0) continue; // an empty region keeps its centre
      for (let i = 0; i < 5; i++) centres[c * 5 + i] = sums[c * 6 + i]! / n;
    }
  }
  return { labels, count, width };
}
