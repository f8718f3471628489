/// <reference lib="webworker" />
/**
 * The module Web Worker that runs inference for `@klaslab/colorize` in browsers: pre-processing,
 * onnxruntime-web and post-processing all happen here, off the page's main thread.
 */
import { KlasLabError } from '@klaslab/core';
import type { ColorizeResult, Engine } from '../core/engine.js';
import type { Request, Response, SerializedError } from './protocol.js';
import { loadEngine } from './runtime.js';

const scope = globalThis as unknown as DedicatedWorkerGlobalScope;
let engine: Engine | undefined;
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

scope.addEventListener('message', async (event: MessageEvent<Request>) => {
  const message = event.data;
  switch (message.type) {
    case 'init': {
      try {
        const loaded = await loadEngine(message.setup, (progress) =>
          post({ type: 'progress', progress }),
        );
        engine = loaded.engine;
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
    case 'colorize':
    case 'alternatives': {
      const controller = new AbortController();
      controllers.set(message.id, controller);
      try {
        if (!engine) throw new KlasLabError('COLORIZE_NOT_READY', 'The model is not loaded yet.');
        const options = { ...message.options, signal: controller.signal };
        const results =
          message.type === 'colorize'
            ? [await engine.colorize(message.image, options, message.decode)]
            : await engine.alternatives(message.image, options, message.decode);
        post({ type: 'result', id: message.id, results }, transfers(results));
      } catch (error) {
        post({ type: 'error', id: message.id, error: serialize(error) });
      } finally {
        controllers.delete(message.id);
      }
      return;
    }
    case 'abort':
      controllers.get(message.id)?.abort();
      return;
    case 'dispose':
      for (const c of controllers.values()) c.abort();
      await engine?.dispose();
      engine = undefined;
      post({ type: 'disposed' });
      return;
  }
});
