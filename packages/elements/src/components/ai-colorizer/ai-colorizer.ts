import type {
  BrowserImageInput,
  ColorizeResult,
  Colorizer,
  LoadProgress,
  LoadTimings,
  ModelInfo,
} from '@klaslab/colorize/browser';
import { type ImageBuffer, KlasLabError } from '@klaslab/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { getDefaults } from '../../shared/config.js';
import { FileDropController } from '../../shared/controllers/file-drop.js';
import { ObjectUrlController } from '../../shared/controllers/object-urls.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { baseStyles } from '../../shared/styles.js';
import { colorizerStyles } from './ai-colorizer.styles.js';
import { describeError } from './describe-error.js';
import { type ColorizerText, colorizerMessages } from './messages.js';
import { loadColorizeModule, ModelController } from './model-controller.js';
import { PhotoController } from './photo-controller.js';
import { checkPhoto } from './photo-input.js';
import { chromaToImage, mapToImage, toPngBlob } from './pixels.js';
import { renderCompare } from './render/compare.js';
import { panelSet, renderPanels } from './render/panels.js';
import { renderPicker } from './render/picker.js';
import { renderSamples } from './render/samples.js';
import type { Sample } from './samples.js';

const DEFAULT_MAX_PIXELS = 24_000_000;

/** Events `<ai-colorizer>` fires, by name, with their `detail`. */
export interface AiColorizerEvents {
  'ai-colorizer-load': { info: ModelInfo; backend: string; load: LoadTimings };
  'ai-colorizer-progress': LoadProgress;
  'ai-colorizer-result': { result: ColorizeResult };
  'ai-colorizer-error': { error: unknown; code: string };
  'ai-colorizer-offline': { ready: true } | { ready: false; error: unknown; code: string };
}

/** One colorized photo: the engine's result and the pictures made from it once. */
interface Run {
  input: BrowserImageInput;
  name: string;
  result: ColorizeResult;
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
    error: { state: true },
    shown: { state: true },
    split: { state: true },
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

  /** The last failure (shown in the alert region), or undefined. */
  private error: unknown = undefined;
  /** The colouring on screen: the run's own, or an alternative the visitor chose. */
  private shown: ColorizeResult | undefined = undefined;
  private split = 50;
  private seed = 1;

  private readonly model = new ModelController(this, {
    progress: (p) => this.emit('ai-colorizer-progress', { ...p }),
    loaded: (c) => {
      this.info = c.info;
      this.emit('ai-colorizer-load', { info: c.info, backend: c.backend, load: c.load });
    },
    failed: (error) => this.fail(error),
    offline: (detail) => this.emit('ai-colorizer-offline', detail),
  });
  private readonly photo = new PhotoController(this);
  private readonly urls = new ObjectUrlController(this);
  private readonly drop = new FileDropController(
    this,
    (file, name) => void this.colorize(file, name),
  );

  /** Colorizes one photo; a new photo aborts the run before it. */
  private readonly run = new Task<[BrowserImageInput, string], Run>(this, {
    autoRun: false,
    task: ([input, name], { signal }) => this.colorizeNow(input, name, signal),
    onComplete: (run) => {
      this.shown = run.result;
      this.emit('ai-colorizer-result', { result: run.result });
    },
    onError: (error) => this.fail(error),
  });

  /** Other plausible colourings of the current photo; "guess again" replaces them. */
  private readonly alternatives = new Task<[Run], { run: Run; results: ColorizeResult[] }>(this, {
    autoRun: false,
    task: async ([run], { signal }) => {
      const colorizer = await this.model.load();
      const count = 3;
      const results = await colorizer.alternatives(run.input, { count, seed: this.seed, signal });
      this.seed += count;
      return { run, results };
    },
    onError: (error) => this.fail(error),
  });

  /** Model facts (name, licence, training data) once loaded. */
  info: ModelInfo | undefined;

  protected override updated(): void {
    // Through the CSSOM, not a style attribute: `style-src-attr` (from `default-src 'self'`)
    // blocks inline style attributes, not style.setProperty.
    const figure = this.renderRoot.querySelector<HTMLElement>('figure.compare');
    figure?.style.setProperty('--split', `${figure.dataset.split ?? 50}%`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if (changed.has('modelSrc') || changed.has('wasmPath') || changed.has('workerSrc')) {
      this.run.abort();
      this.alternatives.abort();
      this.model.reload();
    }
    if (changed.has('loading') && this.isConnected) this.model.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run.abort();
    this.alternatives.abort();
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
    this.error = undefined;
    await this.run.run([input, name]);
    return this.run.status === TaskStatus.COMPLETE && this.run.value?.input === input
      ? this.run.value.result
      : undefined;
  }

  /** Several other plausible colourings of the current photo (classification models). */
  async showAlternatives(): Promise<void> {
    const run = this.run.value;
    if (!run || !this.model.colorizer?.info.alternatives) return;
    this.error = undefined;
    await this.alternatives.run([run]);
  }

  private async colorizeNow(input: BrowserImageInput, name: string, signal: AbortSignal) {
    await checkPhoto(input, this.maxPixels);
    signal.throwIfAborted();
    this.alternatives.abort();
    if (input instanceof Blob) {
      const bitmap = await createImageBitmap(input);
      if (signal.aborted) bitmap.close();
      signal.throwIfAborted();
      this.photo.set({ picture: bitmap, name });
    } else this.photo.set(undefined);
    const colorizer = await this.model.load();
    signal.throwIfAborted();
    const result = await colorizer.colorize(input, { signal });
    const { greyOf } = await loadColorizeModule();
    const panels = panelSet(this.panels);
    const grey = greyOf(result.image);
    return {
      input,
      name,
      result,
      grey,
      confidence:
        result.confidence && panels.has('confidence') ? mapToImage(result.confidence) : undefined,
      channels: panels.has('channels')
        ? { L: grey, a: chromaToImage(result.ab, 0), b: chromaToImage(result.ab, 1) }
        : undefined,
    } satisfies Run;
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

  private async chooseSample(sample: Sample, name: string): Promise<void> {
    const base = getDefaults().samplesBase;
    if (!base) return;
    try {
      const response = await fetch(new URL(sample.file, base));
      if (!response.ok) throw new KlasLabError('IMAGE_NOT_FOUND', `HTTP ${response.status}`);
      await this.colorize(await response.blob(), name);
    } catch (error) {
      this.fail(error);
    }
  }

  private async download(): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    const base = (this.run.value?.name ?? 'photo')
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
    const alternatives = this.alternativesOf(this.run.value);
    if (alternatives.length)
      return t('done', { ms: Math.round(alternatives[0]?.timings.total ?? 0) });
    if (this.run.status === TaskStatus.COMPLETE && this.run.value)
      return t('done', { ms: Math.round(this.run.value.result.timings.total) });
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

  override render() {
    const t = this.t;
    const working = this.run.status === TaskStatus.PENDING && this.model.state !== 'loading';
    const samplesBase = getDefaults().samplesBase;
    const run = this.run.status === TaskStatus.PENDING ? undefined : this.run.value;
    const photo = this.photo.photo;
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
          run || photo
            ? renderCompare(
                t,
                {
                  name: run?.name ?? photo?.name ?? '',
                  before: run?.grey ?? photo!.picture,
                  beforeNeedsGrey: !run,
                  after: run ? this.shown?.image : undefined,
                  split: this.split,
                },
                (split) => {
                  this.split = split;
                },
              )
            : nothing
        }
        ${run ? this.renderPanels(t, run) : nothing}
      </div>
    `;
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
