import type { BrowserImageInput, Colorizer, Exploration } from '@klaslab/colorize/browser';
import { KlasLabError } from '@klaslab/core';

/**
 * Why an exploration's calls fail once its model output is gone: its colorizer was disposed (the
 * last element left the page and the shared worker ended) or the worker freed it for newer ones
 * (`maxExplorations`).
 */
const GONE = new Set(['COLORIZE_DISPOSED', 'COLORIZE_EXPLORATION_DISPOSED']);

function isGone(error: unknown): boolean {
  return KlasLabError.is(error) && GONE.has(error.code);
}

/**
 * One photo's exploration, kept for as long as the element shows the photo. The model output lives
 * in the page's shared worker, which may end (or free it) while the element still shows its photo;
 * a lab call then explores the photo once more with the colorizer the element has now, and retries.
 * The model is deterministic, so the new output is the same as the old one.
 */
export class KeptExploration {
  private exploration: Exploration;
  /** The exploration being made again (one for all callers, whoever asked first). */
  private reviving: Promise<Exploration> | undefined;
  /** Ends a revival still under way when the photo is replaced or the element leaves. */
  private readonly abort = new AbortController();

  constructor(
    exploration: Exploration,
    private readonly input: BrowserImageInput,
    private readonly colorizer: () => Promise<Colorizer>,
  ) {
    this.exploration = exploration;
  }

  /** Runs `job` on the exploration, exploring the photo again first if its output is gone. */
  async use<T>(job: (exploration: Exploration) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const first = await this.current(signal);
    try {
      return await job(first);
    } catch (error) {
      if (!isGone(error)) throw error;
      return job(await this.revive(first, signal));
    }
  }

  /** Frees the output (the photo is no longer shown) and stops a revival under way. */
  dispose(): void {
    this.abort.abort();
    void this.exploration.dispose().catch(() => {});
  }

  private async current(signal: AbortSignal | undefined): Promise<Exploration> {
    if (this.reviving) await this.reviving;
    signal?.throwIfAborted();
    return this.exploration;
  }

  /**
   * Explores the photo again, unless another call already did since `stale` failed. The revival
   * is not tied to the caller's signal: a slider move that aborts one re-decoding must not abort
   * the inference the next one waits for.
   */
  private async revive(stale: Exploration, signal: AbortSignal | undefined): Promise<Exploration> {
    if (this.exploration === stale && !this.reviving) {
      const { signal: own } = this.abort;
      const reviving = this.colorizer()
        .then((colorizer) => {
          own.throwIfAborted();
          return colorizer.explore(this.input, { signal: own });
        })
        .then((exploration) => {
          if (own.aborted) {
            void exploration.dispose().catch(() => {});
            own.throwIfAborted();
          }
          this.exploration = exploration;
          return exploration;
        })
        .finally(() => {
          if (this.reviving === reviving) this.reviving = undefined;
        });
      this.reviving = reviving;
      // The callers hear of a failure; this copy only keeps it from being reported as unhandled.
      reviving.catch(() => {});
    }
    return this.current(signal);
  }
}
