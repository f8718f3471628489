import type {
  BrowserImageInput,
  ColorizeResult,
  Colorizer,
  ColorProbe,
  LoadProgress,
  LoadTimings,
  ModelInfo,
} from '@klaslab/colorize/browser';
import { type ColorCloseness, colorCloseness, type ImageBuffer, KlasLabError } from '@klaslab/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { getDefaults } from '../../shared/config.js';
import { FileDropController } from '../../shared/controllers/file-drop.js';
import { ObjectUrlController } from '../../shared/controllers/object-urls.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { baseStyles } from '../../shared/styles.js';
import { colorizerStyles } from './ai-colorizer.styles.js';
import { describeError } from './describe-error.js';
import { KeptExploration } from './kept-exploration.js';
import { type ColorizerText, colorizerMessages } from './messages.js';
import { loadColorizeModule, ModelController } from './model-controller.js';
import { PhotoController } from './photo-controller.js';
import { checkPhotoSize, decodePhoto, stillOf } from './photo-input.js';
import {
  atMostPixels,
  chromaToImage,
  hasColour,
  mapToImage,
  picturePixels,
  toPngBlob,
  uncertaintyOverlay,
} from './pixels.js';
import { type CompareView, type Layer, renderCompare } from './render/compare.js';
import { renderLab, VIEWS, type View } from './render/lab.js';
import { panelSet, renderPanels } from './render/panels.js';
import { renderPicker } from './render/picker.js';
import { renderProbe } from './render/probe.js';
import { renderSamples } from './render/samples.js';
import { SampleFiles } from './sample-files.js';
import { SAMPLES, type Sample } from './samples.js';
import { readSharedState, type SharedState, writeSharedState } from './share-state.js';

const DEFAULT_MAX_PIXELS = 24_000_000;
/** The closeness score is computed on copies of at most this many pixels (a score, not a map). */
const CLOSENESS_PIXELS = 1_000_000;
/** A slider move re-decodes after this pause, so dragging does not queue a decode per pixel. */
const RECOLOR_DEBOUNCE_MS = 40;
/** How many other colourings "other possibilities" samples at once. */
const ALTERNATIVES = 3;

/** Events `<ai-colorizer>` fires, by name, with their `detail`. */
export interface AiColorizerEvents {
  'ai-colorizer-load': { info: ModelInfo; backend: string; load: LoadTimings };
  'ai-colorizer-progress': LoadProgress;
  'ai-colorizer-result': { result: ColorizeResult };
  'ai-colorizer-error': { error: unknown; code: string };
  'ai-colorizer-offline': { ready: true } | { ready: false; error: unknown; code: string };
  'ai-colorizer-probe': ColorProbe;
  'ai-colorizer-temperature': { temperature: number };
  'ai-colorizer-view': { view: View };
}

export type { View as AiColorizerView };

/** One colorized photo: the engine's result and the pictures made from it once. */
interface Run {
  /** The photo as given; a canvas or video as the frame it showed then (see `stillOf`). */
  input: BrowserImageInput;
  name: string;
  /** The sample's id, when the photo is one of the samples (for shared links). */
  sample: string | undefined;
  exploration: KeptExploration;
  /** The temperature the model's own settings decode at (when `temperature` is not set). */
  temperature: number;
  result: ColorizeResult;
  /** The photo's own colours at the result's size, when it had colour. */
  truth: ImageBuffer | undefined;
  overlay: ImageBuffer | undefined;
  grey: ImageBuffer;
  confidence: ImageBuffer | undefined;
  channels: Record<'L' | 'a' | 'b', ImageBuffer> | undefined;
}

/**
 * Colorizes a black-and-white photo in the visitor's browser with `@klaslab/colorize` (ONNX Runtime
 * in a Web Worker): choose a photo (file picker, drag and drop, paste) or a sample, compare grey and
 * colour with a keyboard-operable slider, see other possible colourings and where the model is
 * unsure, and download the result. The photo never leaves the device.
 *
 * With `loading="lazy"` (the default) neither the ONNX Runtime `.wasm` nor the model is fetched
 * until the element comes into view (or the visitor chooses a photo first), like `<img loading=lazy>`;
 * `loading="eager"` loads them as soon as the element is on the page; `preload()` loads them now.
 * All `<ai-colorizer>` elements on a page with the same model share one worker and one session.
 * With `offline`, a service worker keeps the runtime, the model and the samples for visits without
 * a network (see the README).
 *
 * It is also a lab: click, tap or use the arrow keys on the photo to see the model's probabilities
 * there (`no-probe` turns that off); move the temperature from bold to cautious (the stored model
 * output is re-decoded, no new inference); lay the model's uncertainty over the photo (`overlay`);
 * for a photo with real colours, compare grey, AI and real (`view`) with a closeness score; and
 * with `share-state` keep the sample, colouring, temperature and view in the page URL.
 *
 * @tag ai-colorizer
 *
 * @slot intro - Replaces the privacy statement at the top (keep saying that the photo stays local).
 * @slot picker - Replaces the file picker and drop hint.
 * @slot samples - Replaces the sample photo buttons.
 * @slot status - Replaces the progress text (the live region stays).
 * @slot error - Replaces the error message (the alert region stays).
 * @slot actions - Extra buttons next to "download".
 *
 * @event ai-colorizer-load - The model is loaded; `detail: { info, backend, load }` (`load`: milliseconds for the model, ONNX Runtime's download and compile, the session).
 * @event ai-colorizer-progress - Model download progress; `detail: { stage, loaded, total }`.
 * @event ai-colorizer-result - A photo was colorized; `detail: { result }`.
 * @event ai-colorizer-error - Something failed; `detail: { error, code }`.
 * @event ai-colorizer-probe - The visitor probed a pixel; `detail`: the model's probabilities there (`{ x, y, temperature, top: [{ a, b, rgb, probability }], other, chosen, confidence }`).
 * @event ai-colorizer-temperature - The visitor moved the temperature slider; `detail: { temperature }`.
 * @event ai-colorizer-view - The visitor chose what to compare; `detail: { view }` (`compare`, `truth` or `original`).
 * @event ai-colorizer-offline - With `offline`: the service worker is ready (`detail: { ready: true }`) or could not be registered (`detail: { ready: false, error, code }`).
 *
 * @csspart frame - The outer box.
 * @csspart privacy - The privacy statement.
 * @csspart picker - The file picker row.
 * @csspart choose - The "choose a photo" button.
 * @csspart samples - The sample photo row.
 * @csspart status - The live status line.
 * @csspart progress - The progress bar.
 * @csspart error - The error box.
 * @csspart compare - The before/after figure.
 * @csspart slider - The comparison range input.
 * @csspart alternatives - The alternatives panel.
 * @csspart confidence - The confidence panel.
 * @csspart channels - The L/a/b channels panel.
 * @csspart download - The download button.
 * @csspart lab - The lab's controls (temperature, view, overlay).
 * @csspart temperature - The temperature slider and its help.
 * @csspart views - The choice of what to compare (only for photos with real colours).
 * @csspart closeness - How close the AI's colours are to the real ones.
 * @csspart overlay-controls - The uncertainty overlay's toggle and strength.
 * @csspart overlay - The uncertainty veil over the photo.
 * @csspart probe - The probe's bar chart.
 *
 * @cssprop --ai-colorizer-max-width - Maximum width (default 48rem).
 * @cssprop --ai-colorizer-divider - Colour of the slider's divider line.
 * @cssprop --klaslab-accent - Buttons, links and focus colour.
 * @cssprop --klaslab-surface - Background.
 * @cssprop --klaslab-text - Text colour.
 */
export class AiColorizer extends KlasLabElement<AiColorizerEvents> {
  static override styles = [baseStyles, colorizerStyles];

  static override properties = {
    modelSrc: { type: String, attribute: 'model-src', reflect: true },
    wasmPath: { type: String, attribute: 'wasm-path', reflect: true },
    workerSrc: { type: String, attribute: 'worker-src', reflect: true },
    loading: { type: String, reflect: true },
    maxPixels: { type: Number, attribute: 'max-pixels', reflect: true },
    panels: { type: String, reflect: true },
    noSamples: { type: Boolean, attribute: 'no-samples', reflect: true },
    offline: { type: Boolean, reflect: true },
    temperature: { type: Number, reflect: true },
    view: { type: String, reflect: true },
    noProbe: { type: Boolean, attribute: 'no-probe', reflect: true },
    overlay: { type: Boolean, reflect: true },
    overlayOpacity: { type: Number, attribute: 'overlay-opacity', reflect: true },
    shareState: { type: Boolean, attribute: 'share-state', reflect: true },
    error: { state: true },
    shown: { state: true },
    split: { state: true },
    cursor: { state: true },
  };

  /** URL of the model's `model.json` (default: the bundled KlasLab-small model). */
  modelSrc: string | undefined = undefined;
  /** Folder the ONNX Runtime `.wasm` files are served from. */
  wasmPath: string | undefined = undefined;
  /** URL of the colorize worker script (the standalone build sets it; bundlers find it themselves). */
  workerSrc: string | undefined = undefined;
  /** `lazy` (default): load the runtime and model when the element comes into view; `eager`: right away. */
  loading: 'lazy' | 'eager' = 'lazy';
  /** Refuse photos with more pixels than this (checked from the file header, before decoding). */
  maxPixels: number = DEFAULT_MAX_PIXELS;
  /** Which panels to show under the comparison: `alternatives`, `confidence`, `channels`. */
  panels = 'alternatives confidence';
  /** Hide the sample photos. */
  noSamples = false;
  /**
   * Keep working without a network after the first visit: registers the service worker shipped
   * beside the standalone script once the model is loaded (opt-in).
   */
  offline = false;
  /**
   * Decoding temperature, 0.05 (bold: the model's favourite colour everywhere) to 2 (cautious:
   * more and more colours mixed, so the colours grow alike, drifting to a warm brownish tint, the
   * mean of the model's palette, rather than to grey). Setting it re-decodes the shown photo live,
   * without a new inference. Unset (the default): the model's own (its `model.json`'s decoding).
   */
  temperature: number | undefined = undefined;
  /**
   * What the comparison shows: `compare` (grey | AI, default), `truth` (AI | real colours) or
   * `original` (grey | real colours). The last two need a photo with colour; otherwise `compare`.
   */
  view: View = 'compare';
  /** Turn off the pixel probe (click, tap or arrow keys on the photo). */
  noProbe = false;
  /** Lay the model's uncertainty over the photo (purple where it is unsure). */
  overlay = false;
  /** Opacity of the uncertainty overlay, 0…1 (default 0.7). */
  overlayOpacity = 0.7;
  /**
   * Keep the sample photo, the chosen colouring (seed), the temperature and the view in the page
   * URL (`?colorizer-sample=…&colorizer-seed=…`), and restore them on load: one link gives a whole
   * class the same result. Opt-in; uploaded photos are never put in the URL.
   */
  shareState = false;

  /** The last failure (shown in the alert region), or undefined. */
  private error: unknown = undefined;
  /** The colouring on screen: the run's own, a re-decoding, or an alternative. */
  private shown: ColorizeResult | undefined = undefined;
  /**
   * The last photo colorized. It stays on screen, with its colours and lab, while a newer photo
   * fails (a damaged file, a model that would not load): nothing the pupil made is lost.
   */
  private lastRun: Run | undefined = undefined;
  private split = 50;
  private seed = 1;
  /** The probe's cursor in image pixels (`on` once the visitor probed). */
  private cursor = { x: 0, y: 0, on: false };
  private recolorTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly closeness = new WeakMap<ColorizeResult, ColorCloseness>();
  /** A shared link's state, applied once its photo is colorized. */
  private pendingShare: SharedState | undefined;
  /** Counts photos given, so that only the newest is colorized. */
  private starts = 0;

  private readonly model = new ModelController(this, {
    progress: (p) => {
      this.emit('ai-colorizer-progress', { ...p });
      // The model is on its way: the sample files too, so that the first click needs no network.
      if (p.stage === 'manifest') this.prefetchSamples();
    },
    loaded: (c) => {
      this.info = c.info;
      this.emit('ai-colorizer-load', { info: c.info, backend: c.backend, load: c.load });
      // A colorizer that joined a page's model already loading or loaded saw no 'manifest'.
      this.prefetchSamples();
    },
    failed: (error) => this.fail(error),
    // Only once the element has really left: one moved in the page keeps its work. The shown photo
    // is kept; if the shared worker ends meanwhile, the lab explores it again on first use.
    left: () => this.abortAll(),
    offline: (detail) => this.emit('ai-colorizer-offline', detail),
  });
  private readonly photo = new PhotoController(this);
  private readonly samples = new SampleFiles();
  private readonly urls = new ObjectUrlController(this);
  private readonly drop = new FileDropController(
    this,
    (file, name) => void this.colorize(file, name),
  );

  /** Colorizes one photo and keeps the model's output; a new photo aborts the run before it. */
  private readonly run = new Task<[BrowserImageInput, string, string | undefined], Run>(this, {
    autoRun: false,
    task: ([input, name, sample], { signal }) => this.colorizeNow(input, name, sample, signal),
    onComplete: (run) => {
      this.lastRun = run;
      this.shown = run.result;
      this.cursor = {
        x: Math.floor(run.result.image.width / 2),
        y: Math.floor(run.result.image.height / 2),
        on: false,
      };
      this.emit('ai-colorizer-result', { result: run.result });
      void this.applyShared(run);
    },
    onError: (error) => this.fail(error),
  });

  /**
   * Other plausible colourings of the current photo (seed, seed + 1, …), sampled per region at a
   * temperature; "guess again" replaces them.
   */
  private readonly alternatives = new Task<
    [Run, number, number],
    { run: Run; results: ColorizeResult[] }
  >(this, {
    autoRun: false,
    task: async ([run, seed, temperature], { signal }) => {
      const results = await run.exploration.use(
        (e) => e.alternatives({ count: ALTERNATIVES, seed, temperature, signal }),
        signal,
      );
      return { run, results };
    },
    onError: (error) => this.fail(error),
  });
  /** The photo and first seed of the alternatives last asked for. */
  private sampling: { run: Run; seed: number } | undefined;

  /** Re-decodes the kept model output at the temperature (and the shown colouring's seed). */
  private readonly recolor = new Task<[Run, number, number | undefined], ColorizeResult>(this, {
    autoRun: false,
    task: ([run, temperature, seed], { signal }) =>
      run.exploration.use(
        (e) => e.recolor({ temperature, signal, ...(seed !== undefined ? { seed } : {}) }),
        signal,
      ),
    onComplete: (result) => {
      this.shown = result;
      if (this.cursor.on) this.probeAt(this.cursor.x, this.cursor.y);
    },
    onError: (error) => this.fail(error),
  });

  /** The model's probabilities at one pixel (read from the kept output, no inference). */
  private readonly probe = new Task<[Run, number, number, number], ColorProbe>(this, {
    autoRun: false,
    task: ([run, x, y, temperature], { signal }) =>
      run.exploration.use((e) => e.probe(x, y, { top: 5, temperature }), signal),
    onComplete: (probe) => this.emit('ai-colorizer-probe', probe),
    onError: (error) => this.fail(error),
  });

  /** Model facts (name, licence, training data) once loaded. */
  info: ModelInfo | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the first update, not on connect: the standalone script sets the samples' base URL once
    // it has defined the elements.
    if (!this.hasUpdated && this.shareState) this.restoreShared();
    if (changed.has('temperature')) this.scheduleRecolor();
    if (!this.hasUpdated) return;
    if (changed.has('modelSrc') || changed.has('wasmPath') || changed.has('workerSrc')) {
      this.abortAll();
      this.model.reload();
      // The shown photo's model output belonged to the old colorizer: colorize it with the new one.
      const run = this.lastRun;
      if (run) void this.start(run.input, run.name, run.sample);
    }
    if (changed.has('loading') && this.isConnected) this.model.schedule();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      this.shareState &&
      (changed.has('temperature') ||
        changed.has('view') ||
        (changed as Map<PropertyKey, unknown>).has('shown'))
    )
      this.saveShared();
  }

  private abortAll(): void {
    clearTimeout(this.recolorTimer);
    this.run.abort();
    this.alternatives.abort();
    this.recolor.abort();
  }

  /** Loads the runtime and the model now, whatever `loading` says. */
  preload(): Promise<Colorizer> {
    return this.load();
  }

  /** Loads the runtime and the model (on view, on the first photo, or now with `eager`). */
  load(): Promise<Colorizer> {
    return this.model.load();
  }

  /** Colorizes a photo (a File/Blob, an `<img>`, ImageData…), as if the visitor had chosen it. */
  async colorize(input: BrowserImageInput, name = 'photo'): Promise<ColorizeResult | undefined> {
    return this.start(input, name, undefined);
  }

  /** Several other plausible colourings of the current photo (classification models). */
  async showAlternatives(): Promise<void> {
    const run = this.shownRun();
    if (!run || !this.model.colorizer?.info.alternatives) return;
    this.error = undefined;
    const seed = this.seed;
    this.seed += ALTERNATIVES;
    this.sampling = { run, seed };
    await this.alternatives.run([run, seed, this.temperature ?? run.temperature]);
  }

  private async start(input: BrowserImageInput, name: string, sample: string | undefined) {
    this.error = undefined;
    const started = ++this.starts;
    const photo = await stillOf(input);
    // A newer photo came while this frame was captured: that one is shown, not this one.
    if (started !== this.starts) return undefined;
    await this.run.run([photo, name, sample]);
    return this.run.status === TaskStatus.COMPLETE && this.run.value?.input === photo
      ? this.run.value.result
      : undefined;
  }

  private async colorizeNow(
    input: BrowserImageInput,
    name: string,
    sample: string | undefined,
    signal: AbortSignal,
  ): Promise<Run> {
    if (!(input instanceof Blob)) checkPhotoSize(input, this.maxPixels);
    this.alternatives.abort();
    this.recolor.abort();
    let source = input;
    if (input instanceof Blob) {
      const bitmap = await decodePhoto(input, name, this.maxPixels);
      if (signal.aborted) bitmap.close();
      signal.throwIfAborted();
      this.photo.set({ picture: bitmap, name });
      // Decoded once: the colorizer draws this bitmap rather than decoding the file again (a
      // 12 MP JPEG takes about half a second to decode). The file stays the run's input.
      source = bitmap;
    } else this.photo.set(undefined);
    const colorizer = await this.model.load();
    signal.throwIfAborted();
    const t = this.temperature;
    const exploration = await colorizer.explore(source, {
      signal,
      ...(t !== undefined ? { temperature: t } : {}),
    });
    if (signal.aborted) {
      void exploration.dispose().catch(() => {});
      signal.throwIfAborted();
    }
    // The decoding's temperature (the model's own when none was asked), read from the kept output.
    const { temperature } = await exploration.probe(0, 0, { top: 1 });
    this.lastRun?.exploration.dispose();
    const { result } = exploration;
    const { greyOf } = await loadColorizeModule();
    const panels = panelSet(this.panels);
    const grey = greyOf(result.image);
    const { width, height } = result.image;
    const pixels = this.photo.photo
      ? picturePixels(this.photo.photo.picture, width, height)
      : undefined;
    return {
      input,
      name,
      sample,
      exploration: new KeptExploration(exploration, input, () => this.labColorizer()),
      temperature,
      result,
      truth: pixels && hasColour(pixels) ? pixels : undefined,
      overlay: result.confidence ? uncertaintyOverlay(result.confidence) : undefined,
      grey,
      confidence:
        result.confidence && panels.has('confidence') ? mapToImage(result.confidence) : undefined,
      channels: panels.has('channels')
        ? { L: grey, a: chromaToImage(result.ab, 0), b: chromaToImage(result.ab, 1) }
        : undefined,
    };
  }

  /** The colorizer a lab call explores the shown photo again with, if its output is gone. */
  private labColorizer(): Promise<Colorizer> {
    // A detached element does not lease the shared worker again (it would never give it back).
    if (!this.isConnected) {
      return Promise.reject(
        new KlasLabError('COLORIZE_ABORTED', 'The colorizer is no longer on the page.'),
      );
    }
    return this.model.load();
  }

  /** A temperature change re-decodes the shown photo once the slider rests a moment. */
  private scheduleRecolor(): void {
    clearTimeout(this.recolorTimer);
    const run = this.shownRun();
    if (!run) return;
    this.recolorTimer = setTimeout(() => {
      const temperature = this.temperature ?? run.temperature;
      void this.recolor.run([run, temperature, this.shown?.seed]);
      // Alternatives still being sampled are at the old temperature, and the re-decoding would wait
      // for them: a new run aborts them (the worker stops at its next sample) and samples the same
      // seeds again after the re-decoding, at the new temperature.
      const sampling = this.sampling;
      if (this.alternatives.status === TaskStatus.PENDING && sampling?.run === run)
        void this.alternatives.run([run, sampling.seed, temperature]);
    }, RECOLOR_DEBOUNCE_MS);
  }

  private probeAt(x: number, y: number): void {
    const run = this.shownRun();
    if (!run || this.noProbe) return;
    this.cursor = { x, y, on: true };
    void this.probe.run([run, x, y, this.temperature ?? run.temperature]);
  }

  private fail(error: unknown): void {
    if (KlasLabError.is(error) && error.code === 'COLORIZE_ABORTED') return;
    if (error instanceof DOMException && error.name === 'AbortError') return;
    this.error = error;
    this.emit('ai-colorizer-error', {
      error,
      code: KlasLabError.is(error) ? error.code : 'UNKNOWN',
    });
  }

  private get t(): ColorizerText {
    return colorizerMessages.forLocale(this.locale);
  }

  /** Downloads the sample photos ahead, where their buttons show (no `no-samples`, no own slot). */
  private prefetchSamples(): void {
    const base = getDefaults().samplesBase;
    const own = this.querySelector(':scope > [slot="samples"]');
    if (base && !this.noSamples && !own) this.samples.prefetch(base);
  }

  private async chooseSample(sample: Sample, name: string): Promise<void> {
    const base = getDefaults().samplesBase;
    if (!base) return;
    try {
      await this.start(await this.samples.get(sample, base), name, sample.id);
    } catch (error) {
      this.fail(error);
    }
  }

  // --- shareable state ----------------------------------------------------------------------

  private restoreShared(): void {
    const state = readSharedState(location.href);
    if (state.temperature !== undefined) this.temperature = state.temperature;
    if (state.view && (VIEWS as readonly string[]).includes(state.view))
      this.view = state.view as View;
    const sample = SAMPLES.find((s) => s.id === state.sample);
    if (!sample) return;
    this.pendingShare = state;
    void this.chooseSample(sample, sample.name[this.locale]);
  }

  /**
   * After a shared link's photo is colorized: show the colouring its seed names. The link stays
   * restoring (the URL untouched) until that colouring is on screen, so the seed never drops out.
   */
  private async applyShared(run: Run): Promise<void> {
    const state = this.pendingShare;
    if (state && state.sample === run.sample && state.seed !== undefined)
      await this.recolor.run([run, this.temperature ?? run.temperature, state.seed]);
    if (this.pendingShare !== state) return;
    this.pendingShare = undefined;
    if (this.shareState) this.saveShared();
  }

  private saveShared(): void {
    const run = this.lastRun;
    // Only once there is something to share, and not while a shared link is being restored.
    if (!run || this.pendingShare) return;
    const url = writeSharedState(location.href, {
      ...(run?.sample ? { sample: run.sample } : {}),
      ...(run?.sample && this.shown?.seed !== undefined ? { seed: this.shown.seed } : {}),
      ...(this.temperature !== undefined ? { temperature: this.temperature } : {}),
      view: this.view,
    });
    if (url !== location.href) history.replaceState(history.state, '', url);
  }

  private async download(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const base = (this.lastRun?.name ?? 'photo')
      .replace(/\.[a-z0-9]+$/i, '')
      .replace(/[^\w.-]+/g, '-');
    this.urls.download(await toPngBlob(shown.image), `${base}-klaslab.png`, this.renderRoot);
  }

  /** The live status line: loading, working, done or ready. */
  private statusText(t: ColorizerText): string {
    if (this.error) return '';
    if (this.run.status === TaskStatus.PENDING || this.alternatives.status === TaskStatus.PENDING) {
      if (this.model.state === 'loading') return this.loadingText(t);
      return t('working');
    }
    const run = this.shownRun();
    const alternatives = this.alternativesOf(run);
    if (alternatives.length)
      return t('done', { ms: Math.round(alternatives[0]?.timings.total ?? 0) });
    if (run) return t('done', { ms: Math.round(run.result.timings.total) });
    if (this.model.state === 'loading') return this.loadingText(t);
    if (this.model.state === 'ready') return t('ready');
    return '';
  }

  private loadingText(t: ColorizerText): string {
    const { progress, stage } = this.model;
    if (progress !== undefined)
      return t('loadingModelProgress', { percent: Math.floor(progress * 100) });
    if (stage === 'session' || stage === 'verify') return t('preparing');
    return t('loadingModel');
  }

  /** The colorized photo on screen: none while a new photo is being colorized. */
  private shownRun(): Run | undefined {
    return this.run.status === TaskStatus.PENDING ? undefined : this.lastRun;
  }

  /** The view shown: `view`, or `compare` when the photo has no real colours. */
  private viewOf(run: Run): View {
    return run.truth && VIEWS.includes(this.view) ? this.view : 'compare';
  }

  private compareView(t: ColorizerText, run: Run | undefined): CompareView | undefined {
    const photo = this.photo.photo;
    const name = run?.name ?? photo?.name ?? '';
    if (!run) {
      if (!photo) return undefined;
      const base = { picture: photo.picture, label: `${t('original')}: ${name}`, kind: 'grey' };
      return {
        base,
        top: undefined,
        split: this.split,
        overlay: undefined,
        probe: undefined,
        name,
      };
    }
    const layers: Record<'grey' | 'ai' | 'truth', Layer | undefined> = {
      grey: { picture: run.grey, label: `${t('original')}: ${name}`, kind: 'before' },
      ai: this.shown
        ? { picture: this.shown.image, label: `${t('result')}: ${name}`, kind: 'after' }
        : undefined,
      truth: run.truth
        ? { picture: run.truth, label: `${t('truth')}: ${name}`, kind: 'truth' }
        : undefined,
    };
    // [left of the divider (the top layer), right of it]
    const [top, base] = (
      { compare: ['ai', 'grey'], truth: ['ai', 'truth'], original: ['truth', 'grey'] } as const
    )[this.viewOf(run)];
    const { width, height } = run.result.image;
    return {
      base: layers[base]!,
      top: layers[top],
      split: this.split,
      overlay:
        this.overlay && run.overlay
          ? { picture: run.overlay, opacity: this.overlayOpacity }
          : undefined,
      probe: this.noProbe ? undefined : { ...this.cursor, width, height },
      name,
    };
  }

  private closenessOf(run: Run): ColorCloseness | undefined {
    const shown = this.shown;
    if (!run.truth || !shown) return undefined;
    let c = this.closeness.get(shown);
    if (!c) {
      c = colorCloseness(
        atMostPixels(run.truth, CLOSENESS_PIXELS),
        atMostPixels(shown.image, CLOSENESS_PIXELS),
      );
      this.closeness.set(shown, c);
    }
    return c;
  }

  override render() {
    const t = this.t;
    const working = this.run.status === TaskStatus.PENDING && this.model.state !== 'loading';
    const samplesBase = getDefaults().samplesBase;
    const run = this.shownRun();
    const compare = this.compareView(t, run);
    const probe = run && this.cursor.on && !this.noProbe ? this.probe.value : undefined;
    return html`
      <div
        class=${this.drop.dragging ? 'frame dragging' : 'frame'}
        part="frame"
        role="group"
        aria-label=${t('label')}
      >
        <slot name="intro"><p class="privacy" part="privacy">${t('privacy')}</p></slot>
        ${renderPicker(t, working, (file) => void this.colorize(file, file.name))}
        ${
          this.noSamples || !samplesBase
            ? nothing
            : renderSamples(t, this.locale, samplesBase, working, (s, name) =>
                this.chooseSample(s, name),
              )
        }
        <div role="status" aria-live="polite" class="status" part="status">
          <slot name="status">${this.statusText(t)}</slot>
        </div>
        ${
          this.model.state === 'loading' && !this.error
            ? html`<progress
                part="progress"
                aria-label=${t('loadingModel')}
                max="1"
                .value=${this.model.progress ?? null}
              ></progress>`
            : nothing
        }
        <div role="alert" class="error" part="error">
          ${
            this.error
              ? html`<slot name="error"
                  ><p>${describeError(this.error, t, this.maxPixels)}</p></slot
                >`
              : nothing
          }
        </div>
        ${
          compare
            ? renderCompare(t, compare, {
                split: (split) => {
                  this.split = split;
                },
                probe: (x, y) => this.probeAt(x, y),
              })
            : nothing
        }
        ${probe ? renderProbe(t, probe) : nothing}
        ${run ? this.renderLab(t, run) : nothing}
        ${run ? this.renderPanels(t, run) : nothing}
      </div>
    `;
  }

  private renderLab(t: ColorizerText, run: Run) {
    return renderLab(
      t,
      {
        temperature: this.temperature ?? run.temperature,
        truth: !!run.truth,
        view: this.viewOf(run),
        closeness: this.closenessOf(run),
        overlay: this.overlay,
        overlayOpacity: this.overlayOpacity,
        canOverlay: !!run.overlay,
        locale: this.locale,
      },
      {
        temperature: (temperature) => {
          this.temperature = temperature;
          this.emit('ai-colorizer-temperature', { temperature });
        },
        view: (view) => {
          this.view = view;
          this.emit('ai-colorizer-view', { view });
        },
        overlay: (on) => {
          this.overlay = on;
        },
        overlayOpacity: (opacity) => {
          this.overlayOpacity = opacity;
        },
      },
    );
  }

  /** The alternatives last sampled for `run` (kept on screen while "guess again" works). */
  private alternativesOf(run: Run | undefined): readonly ColorizeResult[] {
    const value = this.alternatives.value;
    return value && value.run === run ? value.results : [];
  }

  private renderPanels(t: ColorizerText, run: Run) {
    const alternatives = this.alternativesOf(run);
    return renderPanels(
      t,
      {
        panels: panelSet(this.panels),
        canAlternatives: !!this.model.colorizer?.info.alternatives,
        busy: this.alternatives.status === TaskStatus.PENDING || this.model.state === 'loading',
        alternatives,
        shown: this.shown,
        confidence: run.confidence,
        channels: run.channels,
      },
      {
        download: () => void this.download(),
        showAlternatives: () => void this.showAlternatives(),
        use: (result) => {
          this.shown = result;
        },
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-colorizer': AiColorizer;
  }
}
