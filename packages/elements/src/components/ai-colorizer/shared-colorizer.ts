import type { Colorizer, LoadProgress } from '@klaslab/colorize/browser';

/**
 * What makes two colorizers interchangeable: the same model, runtime files and worker. Each
 * element checks its own `max-pixels`; the shared colorizer takes what any of them may.
 */
export interface ColorizerSetup {
  model: string;
  wasmPaths?: string;
  workerUrl?: string;
}

interface Entry {
  promise: Promise<Colorizer>;
  abort: AbortController;
  users: number;
  listeners: Set<(progress: LoadProgress) => void>;
}

export interface ColorizerLease {
  /** Resolves with the page's colorizer for this setup (loaded once, whoever asked first). */
  readonly colorizer: Promise<Colorizer>;
  /** This element no longer needs it; the last one out ends the worker. */
  release(): void;
}

type Create = (
  setup: ColorizerSetup,
  signal: AbortSignal,
  onProgress: (progress: LoadProgress) => void,
) => Promise<Colorizer>;

// One registry per page, even if two copies of the elements are loaded (a bundle and the
// standalone script): several <ai-colorizer> share one worker, one runtime and one session.
const KEY = Symbol.for('@klaslab/elements/colorizers');

function registry(): Map<string, Entry> {
  const g = globalThis as Record<symbol, Map<string, Entry> | undefined>;
  g[KEY] ??= new Map();
  return g[KEY];
}

/**
 * Leases the page's colorizer for `setup`, creating it on first use. Calls run one at a time in the
 * shared worker, so two elements never hold two copies of the model.
 */
export function leaseColorizer(
  setup: ColorizerSetup,
  onProgress: (progress: LoadProgress) => void,
  create: Create,
): ColorizerLease {
  const key = JSON.stringify([setup.model, setup.wasmPaths, setup.workerUrl]);
  const entries = registry();
  let entry = entries.get(key);
  if (!entry) {
    const abort = new AbortController();
    const listeners = new Set<(progress: LoadProgress) => void>();
    const promise = create(setup, abort.signal, (p) => {
      for (const listener of listeners) listener(p);
    });
    const created: Entry = { promise, abort, users: 0, listeners };
    entry = created;
    entries.set(key, created);
    // A failed load is not kept: the next element (or the next click) tries again.
    promise.catch(() => {
      if (entries.get(key) === created) entries.delete(key);
    });
  }
  const leased = entry;
  leased.users += 1;
  leased.listeners.add(onProgress);
  let released = false;
  return {
    colorizer: leased.promise,
    release() {
      if (released) return;
      released = true;
      leased.listeners.delete(onProgress);
      leased.users -= 1;
      if (leased.users > 0) return;
      if (entries.get(key) === leased) entries.delete(key);
      leased.abort.abort();
      leased.promise.then((c) => c.dispose()).catch(() => {});
    },
  };
}
