/// <reference lib="webworker" />
/**
 * The module Web Worker that runs inference for `@klaslab/colorize` in browsers: pre-processing,
 * onnxruntime-web and post-processing all happen here, off the page's main thread. It also keeps
 * the model outputs of explorations (at most `maxExplorations`, oldest freed first).
 */
import { KlasLabError } from '@klaslab/core';
import type { ColorizeResult, Engine } from '../core/engine.js';
import { createExplorationStore, type ExplorationStore } from '../core/exploration-store.js';
import type { Request, Response, SerializedError } from './protocol.js';
import { loadEngine } from './runtime.js';

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
let engine: Engine | undefined;
let explorations: ExplorationStore | undefined;
const controllers = new Map<number, AbortController>();

function post(message: Response, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function serialize(error: unknown): SerializedError {
  if (KlasLabError.is(error)) return error.toJSON() as SerializedError;
  return {
    code: 'COLORIZE_WORKER_FAILED',
    message: error instanceof Error ? error.message : String(error),
  };
}

function transfers(results: ColorizeResult[]): Transferable[] {
  const list: Transferable[] = [];
  for (const r of results) {
    list.push(r.image.data.buffer, r.ab.data.buffer);
    if (r.confidence) list.push(r.confidence.data.buffer);
  }
  return list;
}

type Call = Exclude<Request, { type: 'init' | 'abort' | 'dispose' }>;

/** Runs one call and posts its answer (a result, a probe, `released`, or an error). */
async function answer(message: Call, signal: AbortSignal): Promise<void> {
  if (!engine || !explorations) {
    throw new KlasLabError('COLORIZE_NOT_READY', 'The model is not loaded yet.');
  }
  const { id } = message;
  const results = (list: ColorizeResult[], exploration?: number) =>
    post(
      { type: 'result', id, results: list, ...(exploration ? { exploration } : {}) },
      transfers(list),
    );
  switch (message.type) {
    case 'colorize':
      return results([
        await engine.colorize(message.image, { ...message.options, signal }, message.decode),
      ]);
    case 'alternatives':
      return results(
        await engine.alternatives(message.image, { ...message.options, signal }, message.decode),
      );
    case 'explore': {
      const options = { ...message.options, signal };
      // The pixels were transferred here: the kept photo needs no copy.
      const explored = await explorations.explore(message.image, options, message.decode, true);
      return results([explored.result], explored.id);
    }
    case 'recolor':
      return results([
        await explorations.recolor(message.exploration, { ...message.options, signal }),
      ]);
    case 'explore-alternatives':
      return results(
        await explorations.alternatives(message.exploration, { ...message.options, signal }),
      );
    case 'probe': {
      const { exploration, x, y, options } = message;
      return post({
        type: 'probe',
        id,
        probe: await explorations.probe(exploration, x, y, options),
      });
    }
    case 'release':
      explorations.release(message.exploration);
      return post({ type: 'released', id });
  }
}

scope.addEventListener('message', async (event: MessageEvent<Request>) => {
  const message = event.data;
  switch (message.type) {
    case 'init': {
      try {
        const loaded = await loadEngine(message.setup, (progress) =>
          post({ type: 'progress', progress }),
        );
        engine = loaded.engine;
        explorations = createExplorationStore(engine, message.setup.maxExplorations);
        post({
          type: 'ready',
          info: engine.info,
          backend: loaded.backend,
          threads: loaded.threads,
          load: loaded.load,
        });
      } catch (error) {
        post({ type: 'init-error', error: serialize(error) });
      }
      return;
    }
    case 'abort':
      controllers.get(message.id)?.abort();
      return;
    case 'dispose':
      for (const c of controllers.values()) c.abort();
      explorations?.clear();
      explorations = undefined;
      await engine?.dispose();
      engine = undefined;
      post({ type: 'disposed' });
      return;
    default: {
      const controller = new AbortController();
      controllers.set(message.id, controller);
      try {
        await answer(message, controller.signal);
      } catch (error) {
        post({ type: 'error', id: message.id, error: serialize(error) });
      } finally {
        controllers.delete(message.id);
      }
    }
  }
});
