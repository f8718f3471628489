import type { Colorizer, LoadProgress } from '@klaslab/colorize/browser';
import { KlasLabError } from '@klaslab/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaults } from '../../shared/config.js';
import { registerOffline, sharedScope } from './offline.js';
import { type ColorizerLease, leaseColorizer } from './shared-colorizer.js';

type ColorizeModule = typeof import('@klaslab/colorize/browser');

/** Loads the colorize engine's page-side JS only when needed (it is small; ORT lives in the worker). */
let modulePromise: Promise<ColorizeModule> | undefined;
export function loadColorizeModule(): Promise<ColorizeModule> {
  modulePromise ??= import('@klaslab/colorize/browser');
  return modulePromise;
}

function cancelled(): KlasLabError {
  return new KlasLabError('COLORIZE_ABORTED', 'Loading was cancelled.');
}

/** What the model controller reads from its element. */
export interface ModelHost extends ReactiveControllerHost, HTMLElement {
  modelSrc: string | undefined;
  wasmPath: string | undefined;
  workerSrc: string | undefined;
  loading: 'lazy' | 'eager';
  offline: boolean;
}

/** What the model controller tells its element. */
export interface ModelEvents {
  progress(progress: LoadProgress): void;
  loaded(colorizer: Colorizer): void;
  failed(error: unknown): void;
  /** The element left the page (not only moved in it): its colorizer was given back. */
  left(): void;
  offline(detail: { ready: true } | { ready: false; error: unknown; code: string }): void;
}

export type ModelState = 'idle' | 'loading' | 'ready';

/**
 * The page's shared colorizer for one element: loads it when the element comes into view
 * (`loading="lazy"`, like `<img loading=lazy>`), right away (`eager`) or on `load()`; leaves the
 * shared worker when the element is removed or points at another model.
 */
export class ModelController implements ReactiveController {
  state: ModelState = 'idle';
  /** Model download progress 0…1, when known. */
  progress: number | undefined = undefined;
  /** The loading stage last reported (the model's download, the runtime, the session…). */
  stage: LoadProgress['stage'] | undefined = undefined;
  colorizer: Colorizer | undefined;
  private promise: Promise<Colorizer> | undefined;
  private lease: ColorizerLease | undefined;
  private visibility: IntersectionObserver | undefined;
  /** Gives the colorizer back after a disconnect, unless the element is connected again first. */
  private leaving: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ModelHost,
    private readonly events: ModelEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page (disconnected and connected again in one task): keep the colorizer, and
    // with it the worker's kept model outputs.
    clearTimeout(this.leaving);
    this.leaving = undefined;
    this.schedule();
  }

  hostDisconnected(): void {
    this.stopWatching();
    clearTimeout(this.leaving);
    this.leaving = setTimeout(() => {
      this.leaving = undefined;
      this.release();
      this.events.left();
    });
  }

  /** The element's model, runtime or worker changed: leave the old colorizer, load the new one. */
  reload(): void {
    if (!this.colorizer && !this.promise) return;
    this.release();
    if (this.host.isConnected) this.schedule();
  }

  /** `eager`: load now; `lazy`: load once the element is in (or near) the viewport. */
  schedule(): void {
    this.stopWatching();
    if (this.colorizer || this.promise) return;
    if (this.host.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      if (this.host.loading === 'eager') void this.load().catch(() => {});
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
    this.visibility.observe(this.host);
  }

  private stopWatching(): void {
    this.visibility?.disconnect();
    this.visibility = undefined;
  }

  /** Stops waiting for the model and leaves the page's shared worker (the last one out ends it). */
  private release(): void {
    this.lease?.release();
    this.lease = undefined;
    this.colorizer = undefined;
    this.promise = undefined;
    this.setState('idle');
  }

  private setState(state: ModelState, progress?: number): void {
    this.state = state;
    this.progress = progress;
    if (state !== 'loading') this.stage = undefined;
    this.host.requestUpdate();
  }

  /** Loads the runtime and the model (on view, on the first photo, or now). */
  load(): Promise<Colorizer> {
    if (this.colorizer) return Promise.resolve(this.colorizer);
    if (this.promise) return this.promise;
    this.stopWatching();
    this.setState('loading');
    let lease: ColorizerLease | undefined;
    let self: Promise<Colorizer> | undefined;
    const promise = (async () => {
      // After an await: an element upgraded while the standalone script is still evaluating sees
      // the defaults that script sets once it is done.
      const { createColorizer } = await loadColorizeModule();
      if (this.promise !== self) throw cancelled();
      const defaults = getDefaults();
      const wasm = this.host.wasmPath ?? defaults.wasmPath;
      const worker = this.host.workerSrc ?? defaults.workerUrl;
      const model = this.host.modelSrc ?? defaults.modelSrc;
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
      this.setState('ready');
      this.events.loaded(colorizer);
      if (this.host.offline) this.keepOffline(defaults.serviceWorkerUrl, worker);
      return colorizer;
    })();
    self = promise;
    this.promise = promise;
    promise.catch((error) => {
      // Released (removed, or a new model) meanwhile: nothing to report.
      if (this.promise !== promise) return;
      this.promise = undefined;
      // A failed load is not shared: this element's next action tries again.
      if (this.lease === lease) this.lease = undefined;
      lease?.release();
      this.setState('idle');
      this.events.failed(error);
    });
    return promise;
  }

  private onProgress(p: LoadProgress): void {
    this.events.progress(p);
    this.stage = p.stage;
    if (p.stage === 'model' && p.total > 0) this.setState('loading', p.loaded / p.total);
    else if (p.stage === 'session' || p.stage === 'verify') this.setState('loading');
  }

  /** Registers the offline service worker; the page hears how it went (never an error box). */
  private keepOffline(url: string | undefined, workerUrl: string | undefined): void {
    const page = new URL('./', document.baseURI);
    const scope = workerUrl ? sharedScope(page, new URL(workerUrl, page)) : page;
    registerOffline(url, scope).then(
      () => this.events.offline({ ready: true }),
      (error: unknown) =>
        this.events.offline({
          ready: false,
          error,
          code: KlasLabError.is(error) ? error.code : 'UNKNOWN',
        }),
    );
  }
}
