// The page the browser tests and benchmarks load: the built browser entry, exactly as a school's
// site would import it (bundled by esbuild with the worker beside it).
import { createColorizer } from '../../dist/browser/index.js';

const fromBase64 = (text) => Uint8ClampedArray.from(atob(text), (c) => c.charCodeAt(0));
const toBase64 = (bytes) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};
const summary = (r) => ({
  width: r.image.width,
  height: r.image.height,
  rgba: toBase64(r.image.data),
  ab: Array.from(r.ab.data.slice(0, 8)),
  confidence: r.confidence ? r.confidence.data.length : undefined,
  seed: r.seed,
  timings: r.timings,
});
const describe = (error) => ({
  code: error?.code ?? 'UNEXPECTED',
  message: String(error?.message ?? error),
});

globalThis.klaslab = {
  /** Loads a model, colorizes one image (and optionally alternatives), reports everything. */
  async run({ model, image, options = {}, alternatives, setup = {}, abort = false, blob }) {
    const progress = [];
    const t0 = performance.now();
    let colorizer;
    try {
      colorizer = await createColorizer({
        model,
        wasmPaths: '/ort/',
        ...setup,
        onProgress: (p) => progress.push(p.stage),
      });
    } catch (error) {
      return { loadError: describe(error), progress };
    }
    const loaded = performance.now();
    try {
      let input = { width: image.width, height: image.height, data: fromBase64(image.rgba) };
      if (blob)
        input = new Blob([Uint8Array.from(atob(blob), (c) => c.charCodeAt(0))], {
          type: 'image/png',
        });
      const signal = abort ? AbortSignal.abort() : undefined;
      const result = await colorizer.colorize(input, { ...options, ...(signal ? { signal } : {}) });
      const first = performance.now();
      const out = {
        progress,
        backend: colorizer.backend,
        threads: colorizer.threads,
        info: colorizer.info,
        result: summary(result),
        loadMs: loaded - t0,
        firstMs: first - t0,
        isolated: globalThis.crossOriginIsolated === true,
      };
      if (alternatives)
        out.alternatives = (await colorizer.alternatives(input, alternatives)).map(summary);
      return out;
    } catch (error) {
      return { error: describe(error), progress };
    } finally {
      colorizer.dispose();
    }
  },
};
globalThis.klaslabReady = true;
