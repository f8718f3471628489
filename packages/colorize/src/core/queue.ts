import { KlasLabError } from '@klaslab/core';

/** The error every aborted call rejects with (code `COLORIZE_ABORTED`, the signal's reason as cause). */
export function abortError(signal: AbortSignal): KlasLabError {
  return new KlasLabError('COLORIZE_ABORTED', 'The colorization was aborted.', {
    cause: signal.reason,
  });
}

/**
 * Waits for the next task of the event loop. A long job calls it between steps so that messages
 * waiting for the thread (a Web Worker's `abort`) are handled before it goes on: awaiting promises
 * alone runs only microtasks.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/**
 * Runs jobs one at a time in call order. A job whose signal aborts while it waits leaves the queue
 * at once; a running job sees the abort at its next checkpoint.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Jobs queued or running. */
  get size(): number {
    return this.waiting;
  }

  run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    throwIfAborted(signal);
    this.waiting += 1;
    const previous = this.tail;
    let settle!: () => void;
    const done = new Promise<void>((resolve) => {
      settle = resolve;
    });
    this.tail = previous.then(() => done);
    const result = new Promise<T>((resolve, reject) => {
      let started = false;
      const onAbort = () => {
        if (started) return;
        reject(abortError(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      previous.then(async () => {
        started = true;
        signal?.removeEventListener('abort', onAbort);
        try {
          if (signal?.aborted) throw abortError(signal);
          resolve(await job());
        } catch (error) {
          reject(error);
        } finally {
          this.waiting -= 1;
          settle();
        }
      });
    });
    return result;
  }
}
