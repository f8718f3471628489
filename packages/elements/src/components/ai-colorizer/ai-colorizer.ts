import type {
  BrowserImageInput,
  ColorizeResult,
  Colorizer,
  LoadProgress,
  ModelInfo,
} from '@klaslab/colorize/browser';
import { type ImageBuffer, KlasLabError, type Locale } from '@klaslab/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { getDefaults } from '../../shared/config.js';
import { LocaleController } from '../../shared/locale.js';
import { baseStyles } from '../../shared/styles.js';
import { colorizerStyles } from './ai-colorizer.styles.js';
import { colorizerMessages } from './messages.js';
import { registerOffline, sharedScope } from './offline.js';
import { picture } from './picture-directive.js';
import { chromaToImage, mapToImage, type Picture, toPngBlob } from './pixels.js';
import { SAMPLES } from './samples.js';
import { type ColorizerLease, leaseColorizer } from './shared-colorizer.js';

type Phase = 'idle' | 'loading-model' | 'working' | 'done' | 'error';
type Panel = 'alternatives' | 'confidence' | 'channels';

const DEFAULT_MAX_PIXELS = 24_000_000;
const CHANNEL_KEYS = { L: 'channelL', a: 'channelA', b: 'channelB' } as const;
type ColorizeModule = typeof import('@klaslab/colorize/browser');

/** Loads the colorize engine's page-side JS only when needed (it is small; ORT lives in the worker). */
let modulePromise: Promise<ColorizeModule> | undefined;
function loadColorizeModule(): Promise<ColorizeModule> {
  modulePromise ??= import('@klaslab/colorize/browser');
  return modulePromise;
}

function cancelled(): KlasLabError {
  return new KlasLabError('COLORIZE_ABORTED', 'Loading was cancelled.');
}

/** Width and height of a photo that is not a file (an `<img>`, a canvas, ImageData, pixels…). */
function sizeOf(input: Exclude<BrowserImageInput, Blob>): [number, number] {
  if (input instanceof HTMLImageElement) return [input.naturalWidth, input.naturalHeight];
  if (input instanceof HTMLVideoElement) return [input.videoWidth, input.videoHeight];
  return [input.width, input.height];
}

// Pictures are kept by key (`url` below) and drawn on canvases: never `blob:` URLs, which a page
// with `default-src 'self'` does not show.
interface View {
  url: string;
  result: ColorizeResult;
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
export class AiColorizer extends LitElement {
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
    lang: { type: String, reflect: true },
    phase: { state: true },
    progress: { state: true },
    errorText: { state: true },
    original: { state: true },
    greyUrl: { state: true },
    current: { state: true },
    alternatives: { state: true },
    extraUrls: { state: true },
    split: { state: true },
    statusText: { state: true },
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

  private phase: Phase = 'idle';
  private progress: number | undefined = undefined;
  private errorText = '';
  private statusText = '';
  private original: { url: string; name: string } | undefined = undefined;
  private greyUrl: string | undefined = undefined;
  private current: View | undefined = undefined;
  private alternatives: View[] = [];
  private extraUrls: Partial<Record<'confidence' | 'L' | 'a' | 'b', string>> = {};
  private split = 50;

  private readonly i18n = new LocaleController(this);
  private colorizer: Colorizer | undefined;
  private colorizerPromise: Promise<Colorizer> | undefined;
  private lease: ColorizerLease | undefined;
  private visibility: IntersectionObserver | undefined;
  private runAbort: AbortController | undefined;
  private pictures = new Map<string, Picture>();
  private pictureCount = 0;
  private source: Blob | undefined;
  private seed = 1;
  /** Model facts (name, licence, training data) once loaded. */
  info: ModelInfo | undefined;

  constructor() {
    super();
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', this.onDragLeave);
    this.addEventListener('drop', this.onDrop);
    this.addEventListener('paste', this.onPaste);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
    this.release();
    for (const key of [...this.pictures.keys()]) this.revoke(key);
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute: `style-src-attr` (from `default-src 'self'`)
    // blocks inline style attributes, not style.setProperty.
    const figure = this.renderRoot.querySelector<HTMLElement>('figure.compare');
    figure?.style.setProperty('--split', `${figure.dataset.split ?? 50}%`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const reload = changed.has('modelSrc') || changed.has('wasmPath') || changed.has('workerSrc');
    if (reload && this.hasUpdated && (this.colorizer || this.colorizerPromise)) {
      this.release();
      if (this.phase === 'loading-model' || this.phase === 'working') this.phase = 'idle';
      if (this.isConnected) this.scheduleLoad();
    }
    if (changed.has('loading') && this.hasUpdated && this.isConnected) this.scheduleLoad();
  }

  /** `eager`: load now; `lazy`: load once the element is in (or near) the viewport. */
  private scheduleLoad(): void {
    this.stopWatching();
    if (this.colorizer || this.colorizerPromise) return;
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      if (this.loading === 'eager') void this.load().catch(() => {});
      return;
    }
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.stopWatching();
        void this.load().catch(() => {});
      },
      // A little ahead of scrolling, as browsers do for lazy images.
      { rootMargin: '200px 0px' },
    );
    this.visibility.observe(this);
  }

  private stopWatching(): void {
    this.visibility?.disconnect();
    this.visibility = undefined;
  }

  /** Stops waiting for the model and leaves the page's shared worker (the last one out ends it). */
  private release(): void {
    this.runAbort?.abort();
    this.runAbort = undefined;
    this.lease?.release();
    this.lease = undefined;
    this.colorizer = undefined;
    this.colorizerPromise = undefined;
  }

  private get t() {
    return colorizerMessages.forLocale(this.i18n.locale);
  }

  /** Loads the runtime and the model now, whatever `loading` says. */
  preload(): Promise<Colorizer> {
    return this.load();
  }

  /** Loads the runtime and the model (on view, on the first photo, or now with `eager`). */
  load(): Promise<Colorizer> {
    if (this.colorizer) return Promise.resolve(this.colorizer);
    if (this.colorizerPromise) return this.colorizerPromise;
    this.stopWatching();
    this.phase = 'loading-model';
    this.progress = undefined;
    this.statusText = this.t('loadingModel');
    let lease: ColorizerLease | undefined;
    let self: Promise<Colorizer> | undefined;
    const promise = (async () => {
      // After an await: an element upgraded while the standalone script is still evaluating sees
      // the defaults that script sets once it is done.
      const { createColorizer } = await loadColorizeModule();
      if (this.colorizerPromise !== self) throw cancelled();
      const defaults = getDefaults();
      const wasm = this.wasmPath ?? defaults.wasmPath;
      const worker = this.workerSrc ?? defaults.workerUrl;
      const model = this.modelSrc ?? defaults.modelSrc;
      lease = leaseColorizer(
        {
          model: model ? new URL(model, document.baseURI).href : 'default',
          ...(wasm ? { wasmPaths: new URL(wasm, document.baseURI).href.replace(/\/?$/, '/') } : {}),
          ...(worker ? { workerUrl: new URL(worker, document.baseURI).href } : {}),
        },
        (p) => this.onProgress(p),
        (setup, signal, onProgress) => createColorizer({ ...setup, signal, onProgress }),
      );
      this.lease = lease;
      const colorizer = await lease.colorizer;
      if (this.lease !== lease) throw cancelled();
      this.colorizer = colorizer;
      this.info = colorizer.info;
      if (this.phase === 'loading-model') {
        this.phase = 'idle';
        this.statusText = this.t('ready');
      }
      this.progress = undefined;
      this.emit('ai-colorizer-load', {
        info: colorizer.info,
        backend: colorizer.backend,
        load: colorizer.load,
      });
      if (this.offline) this.keepOffline(defaults.serviceWorkerUrl, worker);
      return colorizer;
    })();
    self = promise;
    this.colorizerPromise = promise;
    promise.catch((error) => {
      // Released (removed, or a new model) meanwhile: nothing to report.
      if (this.colorizerPromise !== promise) return;
      this.colorizerPromise = undefined;
      // A failed load is not shared: this element's next action tries again.
      if (this.lease === lease) this.lease = undefined;
      lease?.release();
      this.fail(error);
    });
    return promise;
  }

  /** Registers the offline service worker; the page hears how it went (never an error box). */
  private keepOffline(url: string | undefined, workerUrl: string | undefined): void {
    const page = new URL('./', document.baseURI);
    const scope = workerUrl ? sharedScope(page, new URL(workerUrl, page)) : page;
    registerOffline(url, scope).then(
      () => this.emit('ai-colorizer-offline', { ready: true }),
      (error: unknown) =>
        this.emit('ai-colorizer-offline', {
          ready: false,
          error,
          code: KlasLabError.is(error) ? error.code : 'UNKNOWN',
        }),
    );
  }

  private onProgress(p: LoadProgress): void {
    this.emit('ai-colorizer-progress', { ...p });
    if (p.stage === 'model' && p.total > 0) {
      this.progress = p.loaded / p.total;
      this.statusText = this.t('loadingModelProgress', {
        percent: Math.floor(this.progress * 100),
      });
    } else if (p.stage === 'session' || p.stage === 'verify') {
      this.progress = undefined;
      this.statusText = this.t('preparing');
    }
  }

  /** Colorizes a photo (a File/Blob, an `<img>`, ImageData…), as if the visitor had chosen it. */
  async colorize(input: BrowserImageInput, name = 'photo'): Promise<ColorizeResult | undefined> {
    this.runAbort?.abort();
    const abort = new AbortController();
    this.runAbort = abort;
    this.errorText = '';
    this.alternatives = [];
    try {
      if (!(input instanceof Blob)) this.checkSize(...sizeOf(input));
      if (input instanceof Blob) {
        await this.checkFile(input);
        this.source = input;
        this.setOriginal(this.keep(await createImageBitmap(input)), name);
      }
      const colorizer = await this.load();
      if (abort.signal.aborted) return undefined;
      this.phase = 'working';
      this.statusText = this.t('working');
      const result = await colorizer.colorize(input, { signal: abort.signal });
      if (abort.signal.aborted) return undefined;
      await this.show(result, true);
      this.phase = 'done';
      this.statusText = this.t('done', { ms: Math.round(result.timings.total) });
      this.emit('ai-colorizer-result', { result });
      return result;
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      this.fail(error);
      return undefined;
    }
  }

  /** Several other plausible colourings of the current photo (classification models). */
  async showAlternatives(count = 3): Promise<void> {
    const colorizer = this.colorizer;
    const source = this.source;
    if (!colorizer || !source || !colorizer.info.alternatives) return;
    this.phase = 'working';
    this.statusText = this.t('working');
    try {
      const results = await colorizer.alternatives(source, { count, seed: this.seed });
      this.seed += count;
      const views: View[] = [];
      for (const result of results) views.push({ result, url: await this.objectUrl(result.image) });
      for (const old of this.alternatives) this.revoke(old.url);
      this.alternatives = views;
      this.phase = 'done';
      this.statusText = this.t('done', { ms: Math.round(results[0]?.timings.total ?? 0) });
    } catch (error) {
      this.fail(error);
    }
  }

  private useAlternative(alt: View): void {
    const current = this.current;
    if (current && !this.alternatives.includes(current)) this.revoke(current.url);
    this.current = alt;
  }

  private async checkFile(file: Blob): Promise<void> {
    if (file.type && !file.type.startsWith('image/')) {
      throw new KlasLabError('IMAGE_UNSUPPORTED', `Not an image: ${file.type}`);
    }
    const { readImageSize } = await loadColorizeModule();
    const head = new Uint8Array(await file.slice(0, 262_144).arrayBuffer());
    const size = readImageSize(head);
    if (!size && !file.type)
      throw new KlasLabError('IMAGE_UNSUPPORTED', 'Not a known image format.');
    if (size) this.checkSize(size.width, size.height);
  }

  /**
   * This element's `max-pixels`, for every input: the page's shared colorizer allows the largest
   * photos any element may take.
   */
  private checkSize(width: number, height: number): void {
    if (width * height > this.maxPixels) {
      throw new KlasLabError('IMAGE_TOO_LARGE', 'The image is too large.', {
        details: { width, height, limit: this.maxPixels },
      });
    }
  }

  private setOriginal(url: string, name: string): void {
    if (this.original) this.revoke(this.original.url);
    this.original = { url, name };
    if (this.current) this.revoke(this.current.url);
    this.current = undefined;
    if (this.greyUrl) this.revoke(this.greyUrl);
    this.greyUrl = undefined;
    for (const url of Object.values(this.extraUrls)) if (url) this.revoke(url);
    this.extraUrls = {};
  }

  private async show(result: ColorizeResult, fresh: boolean): Promise<void> {
    const url = await this.objectUrl(result.image);
    if (this.current && !this.alternatives.some((a) => a.url === this.current?.url))
      this.revoke(this.current.url);
    this.current = { url, result };
    if (!fresh) return;
    const { greyOf } = await loadColorizeModule();
    const grey = greyOf(result.image);
    if (this.greyUrl) this.revoke(this.greyUrl);
    this.greyUrl = await this.objectUrl(grey);
    for (const old of Object.values(this.extraUrls)) if (old) this.revoke(old);
    const extra: typeof this.extraUrls = {};
    const panels = this.panelSet();
    if (result.confidence && panels.has('confidence'))
      extra.confidence = await this.objectUrl(mapToImage(result.confidence));
    if (panels.has('channels')) {
      extra.L = this.greyUrl;
      extra.a = await this.objectUrl(chromaToImage(result.ab, 0));
      extra.b = await this.objectUrl(chromaToImage(result.ab, 1));
    }
    this.extraUrls = extra;
  }

  private async objectUrl(image: ImageBuffer): Promise<string> {
    return this.keep(image);
  }

  /** Keeps a picture for display and returns its key. */
  private keep(p: Picture): string {
    const key = `picture:${++this.pictureCount}`;
    this.pictures.set(key, p);
    return key;
  }

  private revoke(key: string): void {
    const p = this.pictures.get(key);
    this.pictures.delete(key);
    if (p && 'close' in p) p.close();
  }

  /** A canvas showing the kept picture `key`, described by `label` (or hidden when decorative). */
  private canvas(key: string | undefined, label: string, className = '') {
    return html`<canvas
      class=${className}
      role=${label ? 'img' : 'presentation'}
      aria-label=${label || nothing}
      aria-hidden=${label ? nothing : 'true'}
      ${picture(key ? this.pictures.get(key) : undefined)}
    ></canvas>`;
  }

  private fail(error: unknown): void {
    const code = KlasLabError.is(error) ? error.code : 'UNKNOWN';
    this.phase = 'error';
    this.progress = undefined;
    this.statusText = '';
    this.errorText = this.describe(error);
    this.emit('ai-colorizer-error', { error, code });
  }

  private describe(error: unknown): string {
    const t = this.t;
    if (!KlasLabError.is(error)) return t('errorGeneric');
    const d = error.details ?? {};
    if (error.code === 'IMAGE_TOO_LARGE') {
      const w = Number(d.width) || 0;
      const h = Number(d.height) || 0;
      const limit = Number(d.limit) || this.maxPixels;
      return t('errorTooLarge', {
        megapixels: Math.round((w * h) / 1e5) / 10,
        limit: Math.round(limit / 1e5) / 10,
      });
    }
    if (/^IMAGE_/.test(error.code)) return t('errorNotImage');
    if (/^MODEL_/.test(error.code) || error.code === 'COLORIZE_WORKER_FAILED')
      return t('errorModel');
    return t('errorGeneric');
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private panelSet(): Set<Panel> {
    return new Set((this.panels ?? '').split(/[\s,]+/).filter(Boolean) as Panel[]);
  }

  // --- input ------------------------------------------------------------------------------------

  private onFileChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.colorize(file, file.name);
    input.value = '';
  };

  private onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.renderRoot.querySelector('.frame')?.classList.add('dragging');
  };

  private onDragLeave = () => {
    this.renderRoot.querySelector('.frame')?.classList.remove('dragging');
  };

  private onDrop = (event: DragEvent) => {
    this.onDragLeave();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.colorize(file, file.name);
  };

  private onPaste = (event: ClipboardEvent) => {
    const item = [...(event.clipboardData?.items ?? [])].find((i) => i.kind === 'file');
    const file = item?.getAsFile();
    if (!file) return;
    event.preventDefault();
    void this.colorize(file, file.name || 'pasted');
  };

  private async chooseSample(file: string, name: string): Promise<void> {
    const base = getDefaults().samplesBase;
    if (!base) return;
    try {
      const response = await fetch(new URL(file, base));
      if (!response.ok) throw new KlasLabError('IMAGE_NOT_FOUND', `HTTP ${response.status}`);
      await this.colorize(await response.blob(), name);
    } catch (error) {
      this.fail(error);
    }
  }

  private onSlider = (event: Event) => {
    this.split = Number((event.target as HTMLInputElement).value);
  };

  private async download(): Promise<void> {
    const current = this.current;
    if (!current) return;
    const url = URL.createObjectURL(await toPngBlob(current.result.image));
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    const a = document.createElement('a');
    a.href = url;
    const base = (this.original?.name ?? 'photo')
      .replace(/\.[a-z0-9]+$/i, '')
      .replace(/[^\w.-]+/g, '-');
    a.download = `${base}-klaslab.png`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
  }

  // --- render -----------------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const locale = this.i18n.locale;
    // Loading (on view, before any click) does not block choosing a photo: it waits for the load.
    const busy = this.phase === 'working';
    const samplesBase = getDefaults().samplesBase;
    return html`
      <div class="frame" part="frame" role="group" aria-label=${t('label')}>
        <slot name="intro"><p class="privacy" part="privacy">${t('privacy')}</p></slot>
        <div class="picker" part="picker">
          <slot name="picker">
            <input
              id="file"
              type="file"
              accept="image/*"
              ?disabled=${busy}
              @change=${this.onFileChange}
            />
            <label for="file" class="button primary" part="choose">${t('choose')}</label>
            <span>${t('dropHint')}</span>
          </slot>
        </div>
        ${this.noSamples || !samplesBase ? nothing : this.renderSamples(samplesBase, locale, busy)}
        <div role="status" aria-live="polite" class="status" part="status">
          <slot name="status">${this.statusText}</slot>
        </div>
        ${
          this.phase === 'loading-model'
            ? html`<progress
                part="progress"
                aria-label=${t('loadingModel')}
                max="1"
                .value=${this.progress ?? null}
              ></progress>`
            : nothing
        }
        <div role="alert" class="error" part="error">
          ${this.errorText ? html`<slot name="error"><p>${this.errorText}</p></slot>` : nothing}
        </div>
        ${this.original ? this.renderCompare(t) : nothing}
        ${this.current ? this.renderPanels(t) : nothing}
      </div>
    `;
  }

  private renderSamples(base: string, locale: Locale, busy: boolean) {
    const t = this.t;
    return html`<div class="samples" part="samples" role="group" aria-label=${t('samples')}>
      <slot name="samples">
        <span>${t('samples')}:</span>
        ${SAMPLES.map((s) => {
          const name = s.name[locale];
          return html`<button
            type="button"
            ?disabled=${busy}
            aria-label=${t('sample', { name })}
            title=${`${t('sample', { name })} — ${s.credit}`}
            @click=${() => this.chooseSample(s.file, name)}
          >
            <img src=${new URL(s.file, base).href} alt="" loading="lazy" width="72" height="48" />
          </button>`;
        })}
      </slot>
    </div>`;
  }

  private renderCompare(
    t: (
      key: Parameters<typeof colorizerMessages.t>[1],
      params?: Record<string, string | number>,
    ) => string,
  ) {
    const original = this.original!;
    const after = this.current;
    const split = after ? this.split : 0;
    return html`
      <figure class="compare" part="compare" data-split=${split}>
        ${this.canvas(
          this.greyUrl ?? original.url,
          `${t('original')}: ${original.name}`,
          this.greyUrl ? '' : 'grey',
        )}
        ${
          after
            ? html`${this.canvas(after.url, `${t('result')}: ${original.name}`, 'after')}
                <span class="divider"></span>`
            : nothing
        }
      </figure>
      ${
        after
          ? html`<div class="slider">
              <label for="split">${t('compare')}</label>
              <input
                id="split"
                part="slider"
                type="range"
                min="0"
                max="100"
                step="1"
                .value=${String(this.split)}
                aria-valuetext=${t('compareValue', { percent: this.split })}
                @input=${this.onSlider}
              />
            </div>`
          : nothing
      }
    `;
  }

  private renderPanels(
    t: (
      key: Parameters<typeof colorizerMessages.t>[1],
      params?: Record<string, string | number>,
    ) => string,
  ) {
    const panels = this.panelSet();
    const canAlternatives = !!this.colorizer?.info.alternatives;
    const busy = this.phase === 'working' || this.phase === 'loading-model';
    return html`
      <div class="actions">
        <button type="button" class="button" part="download" @click=${() => void this.download()}>
          ${t('download')}
        </button>
        <slot name="actions"></slot>
      </div>
      <div class="panels">
        ${
          panels.has('alternatives') && canAlternatives
            ? html`<section part="alternatives" aria-labelledby="alt-title">
                <p class="panel-title" id="alt-title">${t('alternatives')}</p>
                <button type="button" class="button" ?disabled=${busy} @click=${() => this.showAlternatives()}>
                  ${this.alternatives.length ? t('tryAgain') : t('showAlternatives')}
                </button>
                ${
                  this.alternatives.length
                    ? html`<ul class="thumbs">
                        ${this.alternatives.map(
                          (alt, i) => html`<li>
                            <button
                              type="button"
                              aria-pressed=${this.current?.url === alt.url ? 'true' : 'false'}
                              aria-label=${t('useAlternative', { n: i + 1 })}
                              @click=${() => this.useAlternative(alt)}
                            >
                              ${this.canvas(alt.url, '')}
                              ${t('alternative', { n: i + 1 })}
                            </button>
                          </li>`,
                        )}
                      </ul>`
                    : nothing
                }
              </section>`
            : nothing
        }
        ${
          panels.has('confidence') && this.extraUrls.confidence
            ? html`<figure class="thumbs" part="confidence">
                ${this.canvas(this.extraUrls.confidence, t('confidence'))}
                <figcaption>${t('confidence')}. ${t('confidenceHelp')}</figcaption>
              </figure>`
            : nothing
        }
        ${
          panels.has('channels') && this.extraUrls.a
            ? html`<section part="channels" aria-labelledby="ch-title">
                <p class="panel-title" id="ch-title">${t('channels')}</p>
                <ul class="thumbs">
                  ${(['L', 'a', 'b'] as const).map(
                    (c) => html`<li>
                      <figure>
                        ${this.canvas(this.extraUrls[c], `${t('channels')}: ${t(CHANNEL_KEYS[c])}`)}
                        <figcaption>${t(CHANNEL_KEYS[c])}</figcaption>
                      </figure>
                    </li>`,
                  )}
                </ul>
              </section>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-colorizer': AiColorizer;
  }
}
