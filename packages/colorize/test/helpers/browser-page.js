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
  async run({
    model,
    image,
    options = {},
    alternatives,
    setup = {},
    abort = false,
    blob,
    file = { type: 'image/png' },
  }) {
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
      if (blob !== undefined) {
        // A Blob, or a File when `file.name` is given (as a file picker or a drop gives it).
        const bytes = [Uint8Array.from(atob(blob), (c) => c.charCodeAt(0))];
        input = file.name
          ? new File(bytes, file.name, { type: file.type })
          : new Blob(bytes, { type: file.type });
      }
      const signal = abort ? AbortSignal.abort() : undefined;
      const result = await colorizer.colorize(input, { ...options, ...(signal ? { signal } : {}) });
      const first = performance.now();
      const out = {
        progress,
        backend: colorizer.backend,
        threads: colorizer.threads,
        load: colorizer.load,
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

  /**
   * Explores one image and runs every exploration call: recolor at `temperatures`, alternatives,
   * probes (`probes`: [x, y] pairs, bad ones included), dispose and a call after it; `recolorRuns`
   * times that many re-decodes (for the benchmark).
   */
  async explore({ model, image, setup = {}, temperatures = [], probes = [], recolorRuns = 0 }) {
    const colorizer = await createColorizer({ model, wasmPaths: '/ort/', ...setup });
    const attempt = async (call) => {
      try {
        return { value: await call() };
      } catch (error) {
        return { error: { ...describe(error), details: error?.details } };
      }
    };
    try {
      const input = { width: image.width, height: image.height, data: fromBase64(image.rgba) };
      const exploration = await colorizer.explore(input);
      const out = {
        result: summary(exploration.result),
        size: [exploration.width, exploration.height],
      };
      out.recolored = [];
      for (const temperature of temperatures)
        out.recolored.push(summary(await exploration.recolor({ temperature })));
      out.alternatives = (await exploration.alternatives({ count: 2, seed: 5 })).map(summary);
      out.probes = [];
      for (const [x, y] of probes) out.probes.push(await attempt(() => exploration.probe(x, y)));
      const times = [];
      for (let i = 0; i < recolorRuns; i++) {
        const t0 = performance.now();
        await exploration.recolor({ temperature: 0.2 + (i % 5) * 0.2 });
        times.push(performance.now() - t0);
      }
      out.recolorMs = times;
      await exploration.dispose();
      out.afterDispose = await attempt(() => exploration.recolor());
      const other = await colorizer.explore(input);
      await colorizer.dispose();
      out.afterColorizerDispose = await attempt(() => other.probe(0, 0));
      return out;
    } catch (error) {
      colorizer.dispose();
      return { error: describe(error) };
    }
  },
};
globalThis.klaslabReady = true;
