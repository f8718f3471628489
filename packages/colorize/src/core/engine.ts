import {
  assertImageBuffer,
  type ImageBuffer,
  KlasLabError,
  linearToSrgb,
  type PlanarImage,
  recombineLab,
  rgbaToLightnessArea,
  srgbToLabInto,
  yFromLightness,
} from '@klaslab/core';
import {
  createDecodeScratch,
  type DecodeScratch,
  decodeDistribution,
  decodeRegression,
  flattenBins,
  regionGumbelField,
} from './decode.js';
import {
  type ColorProbe,
  type ExplorationAlternativesOptions,
  type ProbeOptions,
  probeDistribution,
  probeOutside,
  type RecolorOptions,
} from './exploration.js';
import { DEFAULT_MAX_PIXELS, inputSizeProblem, tooLarge } from './limits.js';
import type { LightnessNormalization, ModelManifest, RgbNormalization } from './manifest.js';
import { nextTask, SerialQueue, throwIfAborted } from './queue.js';
import { coherentRegions, type Regions } from './regions.js';

/** A float32 tensor as the runtimes hand it over. */
export interface TensorLike {
  data: Float32Array;
  dims: readonly number[];
}

/** What the engine needs from an ONNX runtime (onnxruntime-node or onnxruntime-web): thin adapters. */
export interface InferenceBackend {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  /** The model's declared input shape (numbers, or strings for symbolic dims), when known. */
  readonly inputShape?: ReadonlyArray<number | string> | undefined;
  readonly outputShape?: ReadonlyArray<number | string> | undefined;
  run(input: Float32Array, dims: readonly number[]): Promise<TensorLike>;
  dispose(): Promise<void> | void;
}

export interface ColorizeOptions {
  /** Side of the square the model sees (default: the manifest's `inputSize`). */
  inputSize?: number;
  /** Classification: annealing temperature (default: the manifest's `decode.temperature`). */
  temperature?: number;
  /**
   * Multiplies the predicted chroma (a*, b*): 0 = grey, 1 = as predicted (default: the manifest's
   * `decode.saturation`, else 1).
   */
  saturation?: number;
  /**
   * Classification: where the confidence map is below this gate (0…1), the chroma is scaled by
   * confidence / gate, so pixels the model is unsure of fade towards grey; 0 = off (default: the
   * manifest's `decode.confidenceGate`, else 0). The default applies to the best guess only: a
   * sampled colouring (`seed`) shows one of the possibilities as it is, so it is not gated unless
   * this option is given.
   */
  confidenceGate?: number;
  /** Classification: sample a plausible colouring with this seed instead of the annealed mean. */
  seed?: number;
  /** Cancels the call: it rejects with `COLORIZE_ABORTED`. */
  signal?: AbortSignal;
}

export interface AlternativesOptions extends Omit<ColorizeOptions, 'seed'> {
  /** How many colourings (default 3). */
  count?: number;
  /** Seed of the first colouring; the others use seed + 1, seed + 2, … (default 1). */
  seed?: number;
  /** Strength of the sampling noise (default 1). */
  diversity?: number;
}

/** Milliseconds spent in each stage of one call. */
export interface Timings {
  /** Decoding the input file or blob to pixels (0 for pixel buffers). */
  decode: number;
  /** L*, resize and normalisation to the input tensor. */
  pre: number;
  /** ONNX Runtime. */
  infer: number;
  /** Decoding the output, upsampling the chroma and recombining it with the original L*. */
  post: number;
  total: number;
}

export interface ColorizeResult {
  /** RGBA at the original resolution: the original L* with the predicted a*b*, alpha kept. */
  image: ImageBuffer;
  /** The predicted a*, b* planes at the model's output resolution (for explainers). */
  ab: PlanarImage;
  /** Classification only: per-pixel confidence 0…1 (1 − normalised entropy), output resolution. */
  confidence?: PlanarImage;
  timings: Timings;
  /** The seed used, when the colouring was sampled. */
  seed?: number;
}

export interface ModelInfo {
  name: string;
  version: string;
  family: ModelManifest['family'];
  inputSize: number;
  license: string;
  citation: string;
  trainingData: string;
  sha256: string;
  /** Whether {@link Engine.alternatives} can sample several colourings. */
  alternatives: boolean;
}

/**
 * The per-pixel work at the photo's full resolution: core's `rgbaToLightnessArea` and
 * `recombineLab` on this thread ({@link singleThreadPixelWork}), or a runtime adapter's version
 * split over worker threads (the same numbers).
 */
export interface PixelWork {
  /** The photo's L* area-resampled to size×size (into `out` when it fits). */
  lightness(
    image: ImageBuffer,
    size: number,
    out?: PlanarImage,
  ): PlanarImage | Promise<PlanarImage>;
  /**
   * The photo's L* recombined with the chroma `ab`, alpha from the photo, into `out` (which may be
   * the photo itself: then the photo is overwritten) or a new image.
   */
  recombine(
    image: ImageBuffer,
    ab: PlanarImage,
    out?: ImageBuffer,
  ): ImageBuffer | Promise<ImageBuffer>;
}

export const singleThreadPixelWork: PixelWork = {
  lightness: (image, size, out) => rgbaToLightnessArea(image, size, size, out),
  recombine: (image, ab, out) =>
    recombineLab(image, ab, { alphaFrom: image, ...(out ? { out } : {}) }),
};

export interface EngineOptions {
  /** Replaces the single-threaded per-pixel work, e.g. by work split over worker threads. */
  pixels?: PixelWork;
  /** Refuse images with more pixels than this (default 50 megapixels). */
  maxPixels?: number;
}

const now = () => globalThis.performance.now();

function signatureError(message: string, hint: string, extra: Record<string, unknown> = {}) {
  return new KlasLabError('MODEL_SIGNATURE_MISMATCH', message, { details: { hint, ...extra } });
}

/** Checks the backend's tensor names and declared shapes against the manifest. */
export function checkSignature(manifest: ModelManifest, backend: InferenceBackend): void {
  const { input, output } = manifest;
  if (!backend.inputNames.includes(input.name)) {
    throw signatureError(
      `The model has no input named "${input.name}" (it has ${backend.inputNames.join(', ') || 'none'}).`,
      'Fix input.name in model.json.',
      { expected: input.name, actual: [...backend.inputNames] },
    );
  }
  if (!backend.outputNames.includes(output.name)) {
    throw signatureError(
      `The model has no output named "${output.name}" (it has ${backend.outputNames.join(', ') || 'none'}).`,
      'Fix output.name in model.json.',
      { expected: output.name, actual: [...backend.outputNames] },
    );
  }
  const check = (
    shape: ReadonlyArray<number | string> | undefined,
    channels: number,
    what: string,
    fixedSize?: number,
  ) => {
    if (!shape || shape.length === 0) return;
    const ok =
      shape.length === 4 &&
      (typeof shape[0] !== 'number' || shape[0] === 1 || shape[0] === -1) &&
      (typeof shape[1] !== 'number' || shape[1] === channels);
    if (!ok) {
      throw signatureError(
        `The model's ${what} has shape [${shape.join(', ')}]; the manifest expects [1, ${channels}, H, W] (NCHW).`,
        `Fix ${what}.channels or the export.`,
        { shape: [...shape] },
      );
    }
    if (fixedSize !== undefined) {
      for (const d of [shape[2], shape[3]]) {
        if (typeof d === 'number' && d > 0 && d !== fixedSize) {
          throw signatureError(
            `The model's ${what} is fixed at ${shape[2]}×${shape[3]}; the manifest says inputSize ${fixedSize}.`,
            'Set inputSize in model.json to the size the model was exported with.',
            { shape: [...shape] },
          );
        }
      }
    }
  };
  check(backend.inputShape, input.channels, 'input', manifest.inputSize);
  check(backend.outputShape, output.channels, 'output');
}

function isFixed(shape: ReadonlyArray<number | string> | undefined): boolean {
  return (
    !!shape &&
    shape.length === 4 &&
    typeof shape[2] === 'number' &&
    shape[2] > 0 &&
    typeof shape[3] === 'number' &&
    shape[3] > 0
  );
}

/**
 * A colorization's kept model output (see {@link Engine.explore}): the photo, the output tensor,
 * the options it was explored with, and the current decoding (for probes).
 */
export interface KeptOutput {
  readonly image: ImageBuffer;
  readonly prepared: Prepared;
  readonly options: Readonly<Omit<ColorizeOptions, 'signal'>>;
  readonly confidence: PlanarImage;
  /** The last decoding's temperature and chroma (saturation applied). */
  current: { temperature: number; ab: PlanarImage };
}

interface Prepared {
  width: number;
  height: number;
  size: number;
  output: TensorLike;
  /** Classification: the model input's L* average-pooled to the output size (for regions). */
  lightness?: Float32Array;
  /** Classification: the coherent regions alternatives are sampled by, once computed. */
  regions?: Regions;
  /** Classification: the confidence map, once computed. */
  confidence?: Float32Array;
  pre: number;
  infer: number;
}

/** Average-pools a size×size plane by `stride` (size divisible by it). */
function poolPlane(plane: Float32Array, size: number, stride: number): Float32Array {
  const side = size / stride;
  const out = new Float32Array(side * side);
  for (let y = 0; y < size; y++) {
    const row = ((y / stride) | 0) * side;
    for (let x = 0; x < size; x++) out[row + ((x / stride) | 0)]! += plane[y * size + x]!;
  }
  const inv = 1 / (stride * stride);
  for (let i = 0; i < out.length; i++) out[i]! *= inv;
  return out;
}

/**
 * The runtime-neutral colorization pipeline: pure TypeScript pre- and post-processing around an
 * {@link InferenceBackend}. One call runs at a time (calls queue); scratch buffers are reused.
 */
export class Engine {
  readonly manifest: ModelManifest;
  readonly info: ModelInfo;
  private readonly backend: InferenceBackend;
  private readonly queue = new SerialQueue();
  private readonly maxPixels: number;
  private readonly bins: Float32Array | undefined;
  private readonly fixedInput: boolean;
  private readonly pixels: PixelWork;
  private disposed = false;
  // Reused scratch buffers.
  private small: PlanarImage | undefined;
  private input: Float32Array | undefined;
  private scratch: DecodeScratch | undefined;
  private noise: Float32Array | undefined;

  constructor(manifest: ModelManifest, backend: InferenceBackend, options: EngineOptions = {}) {
    checkSignature(manifest, backend);
    this.manifest = manifest;
    this.backend = backend;
    this.maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
    this.bins = manifest.decode ? flattenBins(manifest.decode.bins) : undefined;
    this.fixedInput = isFixed(backend.inputShape);
    this.pixels = options.pixels ?? singleThreadPixelWork;
    this.info = {
      name: manifest.name,
      version: manifest.version,
      family: manifest.family,
      inputSize: manifest.inputSize,
      license: manifest.license,
      citation: manifest.citation,
      trainingData: manifest.trainingData,
      sha256: manifest.sha256,
      alternatives: manifest.family === 'lab-ab-classification',
    };
  }

  /** Calls queued or running. */
  get pending(): number {
    return this.queue.size;
  }

  /**
   * `disposable`: the caller hands over `image` (e.g. pixels it decoded itself), so the result may
   * be written over it instead of into 48 MB of new memory for a 12 MP photo.
   */
  colorize(
    image: ImageBuffer,
    options: ColorizeOptions = {},
    decodeMs = 0,
    disposable = false,
  ): Promise<ColorizeResult> {
    this.checkOptions(options);
    return this.queue.run(async () => {
      const t0 = now();
      const prepared = await this.prepare(image, options);
      const out = disposable ? image : undefined;
      const result = await this.finish(image, prepared, options, options.seed, 1, out);
      result.timings.decode = decodeMs;
      result.timings.total = decodeMs + (now() - t0);
      return result;
    }, options.signal);
  }

  alternatives(
    image: ImageBuffer,
    options: AlternativesOptions = {},
    decodeMs = 0,
  ): Promise<ColorizeResult[]> {
    const problem = this.samplingProblem(options);
    if (problem) return Promise.reject(problem);
    return this.queue.run(async () => {
      const t0 = now();
      const prepared = await this.prepare(image, options);
      return this.sample(image, prepared, options, decodeMs, t0);
    }, options.signal);
  }

  /**
   * Colorizes once and keeps the model's output, so {@link recolor}, {@link sampleKept} and
   * {@link probe} need no new inference. Classification models only. `handedOver`: the caller
   * gives up `image` (else it is copied: the kept photo must not change under later decodings).
   */
  explore(
    image: ImageBuffer,
    options: ColorizeOptions = {},
    decodeMs = 0,
    handedOver = false,
  ): Promise<{ kept: KeptOutput; result: ColorizeResult }> {
    if (!this.info.alternatives) return Promise.reject(this.noDistribution('explore()'));
    this.checkOptions(options);
    return this.queue.run(async () => {
      const t0 = now();
      this.checkImage(image);
      const photo = handedOver ? image : { ...image, data: image.data.slice() };
      const prepared = await this.prepare(photo, options);
      const result = await this.finish(photo, prepared, options, options.seed, 1);
      result.timings.decode = decodeMs;
      result.timings.total = decodeMs + (now() - t0);
      const { signal: _signal, ...kept } = options;
      return {
        kept: {
          image: photo,
          prepared,
          options: kept,
          confidence: copyPlane(result.confidence!),
          current: { temperature: this.temperatureOf(options), ab: copyPlane(result.ab) },
        },
        result,
      };
    }, options.signal);
  }

  /**
   * Decodes a kept output again: the same maths as {@link colorize} with the explored options
   * overridden by these, without inference. Becomes the current decoding of `kept`.
   */
  recolor(kept: KeptOutput, options: RecolorOptions = {}): Promise<ColorizeResult> {
    const merged = mergeOptions(kept.options, options);
    this.checkOptions(merged);
    return this.queue.run(async () => {
      this.checkOpen();
      const t0 = now();
      const result = await this.finish(kept.image, kept.prepared, merged, merged.seed, 1);
      kept.current = { temperature: this.temperatureOf(merged), ab: copyPlane(result.ab) };
      return redecoded(result, now() - t0);
    }, options.signal);
  }

  /** {@link alternatives} of a kept output, without inference. */
  sampleKept(
    kept: KeptOutput,
    options: ExplorationAlternativesOptions = {},
  ): Promise<ColorizeResult[]> {
    const merged: AlternativesOptions = {
      ...mergeOptions(kept.options, { ...options, seed: options.seed ?? 1 }),
      ...pickSampling(options),
    };
    const problem = this.samplingProblem(merged);
    if (problem) return Promise.reject(problem);
    return this.queue.run(async () => {
      this.checkOpen();
      const results = await this.sample(kept.image, kept.prepared, merged, 0, now());
      for (const r of results)
        Object.assign(r.timings, { pre: 0, infer: 0, total: r.timings.post });
      return results;
    }, options.signal);
  }

  /** The model's probabilities at pixel (x, y) of a kept output's image (no inference, no queue). */
  probe(kept: KeptOutput, x: number, y: number, options: ProbeOptions = {}): ColorProbe {
    this.checkOpen();
    const { width, height } = kept.image;
    if (
      !(Number.isFinite(x) && Number.isFinite(y) && x >= 0 && y >= 0 && x < width && y < height)
    ) {
      throw probeOutside(x, y, width, height);
    }
    const channels = this.manifest.output.channels;
    const top = options.top ?? Math.min(5, channels);
    if (!Number.isInteger(top) || top < 1 || top > channels) {
      throw badOption('top', top, `a whole number from 1 to ${channels}`);
    }
    const temperature = options.temperature ?? kept.current.temperature;
    this.checkOptions({ temperature });
    const { output } = kept.prepared;
    return probeDistribution(
      {
        values: output.data,
        kind: this.manifest.output.kind ?? 'logits',
        channels,
        outputWidth: output.dims[3]!,
        outputHeight: output.dims[2]!,
        bins: this.bins!,
        image: kept.image,
        ab: kept.current.ab,
        confidence: kept.confidence,
      },
      Math.floor(x),
      Math.floor(y),
      top,
      temperature,
    );
  }

  /** `count` sampled colourings of one prepared output (seed, seed + 1, …). */
  private async sample(
    image: ImageBuffer,
    prepared: Prepared,
    options: AlternativesOptions,
    decodeMs: number,
    t0: number,
  ): Promise<ColorizeResult[]> {
    const count = options.count ?? 3;
    const seed = options.seed ?? 1;
    const results: ColorizeResult[] = [];
    for (let i = 0; i < count; i++) {
      // A newer call (a temperature change in the lab) may be waiting: see its abort first.
      if (i > 0) await nextTask();
      throwIfAborted(options.signal);
      const r = await this.finish(image, prepared, options, seed + i, options.diversity ?? 1);
      r.timings.decode = decodeMs;
      results.push(r);
    }
    const total = decodeMs + (now() - t0);
    for (const r of results) r.timings.total = total;
    return results;
  }

  /** Why these sampling options cannot run, if they cannot. */
  private samplingProblem(options: AlternativesOptions): KlasLabError | undefined {
    if (!this.info.alternatives) return this.noDistribution('alternatives');
    const count = options.count ?? 3;
    if (!Number.isInteger(count) || count < 1 || count > 64) {
      return badOption('count', count, 'a whole number from 1 to 64');
    }
    const { diversity } = options;
    if (diversity !== undefined && !(diversity >= 0 && diversity <= 10)) {
      return badOption('diversity', diversity, 'a number from 0 to 10');
    }
    try {
      this.checkOptions(options);
    } catch (error) {
      return error as KlasLabError;
    }
    return undefined;
  }

  private noDistribution(what: string): KlasLabError {
    return new KlasLabError(
      'COLORIZE_NO_ALTERNATIVES',
      `The ${this.manifest.family} family predicts one colouring; ${what} needs the per-pixel distribution of a lab-ab-classification model.`,
      {
        details: {
          family: this.manifest.family,
          hint: 'Use colorize(), or a classification model.',
        },
      },
    );
  }

  /** Regions of the plain colouring at the model's own temperature (the same for every option). */
  private regionsOf(prepared: Prepared): Regions {
    const { output } = prepared;
    const oh = output.dims[2]!;
    const ow = output.dims[3]!;
    const ab = new Float32Array(2 * ow * oh);
    decodeDistribution(output.data, this.manifest.output.channels, ow * oh, {
      kind: this.manifest.output.kind ?? 'logits',
      temperature: this.manifest.decode!.temperature,
      bins: this.bins!,
      ab,
    });
    return coherentRegions(prepared.lightness!, ab, ow, oh);
  }

  private temperatureOf(options: ColorizeOptions): number {
    return options.temperature ?? this.manifest.decode!.temperature;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.small = undefined;
    this.input = undefined;
    this.scratch = undefined;
    this.noise = undefined;
    await this.backend.dispose();
  }

  private checkOptions(options: ColorizeOptions): void {
    const { inputSize, temperature, saturation, confidenceGate, seed } = options;
    const stride = this.manifest.output.stride;
    if (inputSize !== undefined) {
      if (!Number.isInteger(inputSize) || inputSize < stride || inputSize % stride !== 0) {
        throw badOption('inputSize', inputSize, `a whole multiple of ${stride}`);
      }
      const tooBig = inputSizeProblem(inputSize, this.manifest.output);
      if (tooBig) throw badOption('inputSize', inputSize, tooBig);
      if (this.fixedInput && inputSize !== this.manifest.inputSize) {
        throw badOption(
          'inputSize',
          inputSize,
          `${this.manifest.inputSize}: this model was exported with a fixed input size`,
        );
      }
    }
    if (temperature !== undefined && !(temperature > 0 && temperature <= 10)) {
      throw badOption('temperature', temperature, 'a number above 0 and at most 10');
    }
    if (saturation !== undefined && !(saturation >= 0 && saturation <= 10)) {
      throw badOption('saturation', saturation, 'a number from 0 to 10');
    }
    if (confidenceGate !== undefined && !(confidenceGate >= 0 && confidenceGate <= 1)) {
      throw badOption('confidenceGate', confidenceGate, 'a number from 0 to 1');
    }
    if (seed !== undefined && !Number.isInteger(seed))
      throw badOption('seed', seed, 'a whole number');
  }

  private checkOpen(): void {
    if (this.disposed) {
      throw new KlasLabError('COLORIZE_DISPOSED', 'This colorizer was disposed.', {
        details: { hint: 'Create a new colorizer with createColorizer().' },
      });
    }
  }

  private checkImage(image: ImageBuffer): void {
    this.checkOpen();
    assertImageBuffer(image);
    if (image.width === 0 || image.height === 0) {
      throw new KlasLabError(
        'IMAGE_EMPTY',
        `The image has no pixels (${image.width}×${image.height}).`,
        {
          details: { width: image.width, height: image.height },
        },
      );
    }
    if (image.width * image.height > this.maxPixels)
      throw tooLarge(image.width, image.height, this.maxPixels);
  }

  /** Pre-processing and inference: everything that does not depend on the decoding options. */
  private async prepare(image: ImageBuffer, options: ColorizeOptions): Promise<Prepared> {
    this.checkImage(image);
    throwIfAborted(options.signal);
    const t0 = now();
    const { width, height } = image;
    const size = options.inputSize ?? this.manifest.inputSize;
    // L* straight to the model's size: no full-resolution float plane (grey pixels by lookup).
    const small = await this.pixels.lightness(image, size, this.small);
    this.small = small;
    const { input } = this.manifest;
    const values = input.channels * size * size;
    if (this.input?.length !== values) this.input = new Float32Array(values);
    const tensor = this.input;
    const L = small.data;
    if ('offset' in input.normalization) {
      const { offset, scale } = input.normalization as LightnessNormalization;
      const inv = 1 / scale;
      for (let i = 0; i < L.length; i++) tensor[i] = (L[i]! - offset) * inv;
    } else {
      // A grey sRGB picture with exactly this L*, normalised per channel.
      const { mean, std } = input.normalization as RgbNormalization;
      const plane = size * size;
      for (let i = 0; i < plane; i++) {
        const grey = linearToSrgb(yFromLightness(L[i]!));
        tensor[i] = (grey - mean[0]) / std[0];
        tensor[plane + i] = (grey - mean[1]) / std[1];
        tensor[2 * plane + i] = (grey - mean[2]) / std[2];
      }
    }
    const t1 = now();
    throwIfAborted(options.signal);
    const output = await this.backend.run(tensor, [1, input.channels, size, size]);
    const t2 = now();
    throwIfAborted(options.signal);
    this.checkOutput(output, size);
    const prepared: Prepared = { width, height, size, output, pre: t1 - t0, infer: t2 - t1 };
    if (this.bins) prepared.lightness = poolPlane(L, size, this.manifest.output.stride);
    return prepared;
  }

  private checkOutput(output: TensorLike, size: number): void {
    const { channels, stride, name } = this.manifest.output;
    const expected = [1, channels, size / stride, size / stride];
    const d = output.dims;
    if (d.length !== 4 || d.some((v, i) => v !== expected[i])) {
      throw signatureError(
        `The model's output "${name}" has shape [${d.join(', ')}]; the manifest implies [${expected.join(', ')}].`,
        'Check output.channels and output.stride in model.json.',
        { shape: [...d], expected },
      );
    }
  }

  /** Decoding and recombination for one colouring. */
  private async finish(
    image: ImageBuffer,
    prepared: Prepared,
    options: ColorizeOptions,
    seed: number | undefined,
    diversity: number,
    out?: ImageBuffer,
  ): Promise<ColorizeResult> {
    const t0 = now();
    const { output } = prepared;
    const manifest = this.manifest;
    const oh = output.dims[2]!;
    const ow = output.dims[3]!;
    const pixels = oh * ow;
    const ab: PlanarImage = {
      width: ow,
      height: oh,
      channels: 2,
      data: new Float32Array(2 * pixels),
    };
    let confidence: PlanarImage | undefined;
    if (manifest.family === 'lab-ab-classification') {
      const decode = manifest.decode!;
      confidence = { width: ow, height: oh, channels: 1, data: new Float32Array(pixels) };
      this.scratch = createDecodeScratch(pixels, this.scratch);
      const channels = manifest.output.channels;
      let noise: Float32Array | undefined;
      const temperature = this.temperatureOf(options);
      if (seed !== undefined) {
        prepared.regions ??= this.regionsOf(prepared);
        // Strength 1/T: the tempered weights exp((z + g) / T) are a soft sample of softmax(z).
        noise = regionGumbelField(seed, channels, prepared.regions, {
          strength: diversity / temperature,
          out: this.noise,
        });
        this.noise = noise;
      }
      // The confidence does not depend on the decoding options: computed once per output (its
      // entropy costs a second exponential per value), then copied.
      const known = prepared.confidence;
      decodeDistribution(output.data, channels, pixels, {
        kind: manifest.output.kind ?? 'logits',
        temperature,
        bins: this.bins!,
        ab: ab.data,
        scratch: this.scratch,
        ...(known ? {} : { confidence: confidence.data }),
        ...(noise ? { noise } : {}),
      });
      if (known) confidence.data.set(known);
      else prepared.confidence = confidence.data.slice();
      // The gate makes the best guess cautious; fading a sample would erase the very differences
      // between possible colourings that alternatives are for.
      const gate = options.confidenceGate ?? (seed === undefined ? decode.confidenceGate : 0);
      gateByConfidence(ab.data, confidence.data, gate);
    } else if (manifest.family === 'lab-ab-regression') {
      decodeRegression(output.data, manifest.output.scale ?? 1, ab.data);
    } else {
      rgbToAb(output.data, pixels, manifest.output.normalization!, ab.data);
    }
    const saturation = options.saturation ?? manifest.decode?.saturation ?? 1;
    if (saturation !== 1) for (let i = 0; i < ab.data.length; i++) ab.data[i]! *= saturation;
    // Upsample the chroma and recombine it with the original L* in one pass over the pixels.
    const rgba = await this.pixels.recombine(image, ab, out);
    const post = now() - t0;
    const result: ColorizeResult = {
      image: rgba,
      ab,
      timings: { decode: 0, pre: prepared.pre, infer: prepared.infer, post, total: 0 },
    };
    if (confidence) result.confidence = confidence;
    if (seed !== undefined) result.seed = seed;
    return result;
  }
}

/**
 * Confidence-gated chroma: where `confidence` (per pixel, 0…1) is below `gate`, a*b* are scaled by
 * confidence / gate — an unsure guess fades towards grey, the safest colour. `gate` 0 leaves `ab`
 * as it is. `ab` holds a* then b* planes of `confidence.length` pixels each.
 */
export function gateByConfidence(ab: Float32Array, confidence: Float32Array, gate: number): void {
  if (!(gate > 0)) return;
  const pixels = confidence.length;
  for (let p = 0; p < pixels; p++) {
    const c = confidence[p]!;
    if (c >= gate) continue;
    const f = c / gate;
    ab[p]! *= f;
    ab[pixels + p]! *= f;
  }
}

function copyPlane(plane: PlanarImage): PlanarImage {
  return { ...plane, data: plane.data.slice() };
}

/** The explored options with a call's overrides (`undefined` keeps the explored value). */
function mergeOptions(
  base: Readonly<Omit<ColorizeOptions, 'signal'>>,
  overrides: { temperature?: number; saturation?: number; seed?: number },
): ColorizeOptions {
  const merged: ColorizeOptions = { ...base };
  for (const key of ['temperature', 'saturation', 'seed'] as const) {
    if (overrides[key] !== undefined) merged[key] = overrides[key];
  }
  return merged;
}

function pickSampling(options: ExplorationAlternativesOptions): AlternativesOptions {
  const picked: AlternativesOptions = {};
  if (options.count !== undefined) picked.count = options.count;
  if (options.diversity !== undefined) picked.diversity = options.diversity;
  if (options.signal) picked.signal = options.signal;
  return picked;
}

/** A re-decoded result's timings: no decoding, pre-processing or inference, only `post`. */
function redecoded(result: ColorizeResult, post: number): ColorizeResult {
  result.timings = { decode: 0, pre: 0, infer: 0, post, total: post };
  return result;
}

/** rgb-to-rgb outputs: undo the normalisation, clamp to 0…1 and keep only a*, b*. */
export function rgbToAb(
  values: Float32Array,
  pixels: number,
  normalization: RgbNormalization,
  ab: Float32Array,
): void {
  const { mean, std } = normalization;
  const lab = new Float64Array(3);
  const clamp = (v: number) => (v < 0 ? 0 : Math.min(v, 1));
  for (let p = 0; p < pixels; p++) {
    const r = clamp(values[p]! * std[0] + mean[0]);
    const g = clamp(values[pixels + p]! * std[1] + mean[1]);
    const b = clamp(values[2 * pixels + p]! * std[2] + mean[2]);
    srgbToLabInto(r, g, b, lab);
    ab[p] = lab[1]!;
    ab[pixels + p] = lab[2]!;
  }
}

export function badOption(name: string, value: unknown, expected: string): KlasLabError {
  return new KlasLabError(
    'COLORIZE_BAD_OPTION',
    `Option ${name} must be ${expected} (got ${JSON.stringify(value)}).`,
    { details: { option: name, value } },
  );
}

export { DEFAULT_MAX_PIXELS, tooLarge } from './limits.js';
