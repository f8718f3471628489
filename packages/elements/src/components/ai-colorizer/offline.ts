import { KlasLabError } from '@klaslab/core';
import { KEEP_MESSAGE, type KeepMessage } from '../../offline/messages.js';

/**
 * The deepest folder that holds all of `urls` (same origin): a service worker must have the page
 * *and* the colorize worker's script in its scope, since a Web Worker is a client of its own.
 */
export function sharedScope(...urls: Array<string | URL>): string {
  const folders = urls.map((u) => new URL('./', u));
  let path = folders[0]!.pathname;
  for (const folder of folders.slice(1)) {
    while (!folder.pathname.startsWith(path)) path = path.replace(/[^/]*\/$/, '');
  }
  return new URL(path, folders[0]).href;
}

/** The same-origin files this page has loaded so far (style sheets, pictures, data, scripts). */
function pageFiles(): string[] {
  const own = (url: string) => {
    try {
      return new URL(url).origin === location.origin;
    } catch {
      return false;
    }
  };
  const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [...new Set(loaded.filter(own))];
}

/** How long to wait for the service worker's answer: a worker of another version never answers. */
const KEEP_ANSWER_MS = 30_000;

/**
 * Asks the active service worker to keep this page's files (they were loaded before it controlled
 * the page, so it never saw them) and waits for its answer.
 */
function keepPageFiles(worker: ServiceWorker): Promise<void> {
  const channel = new MessageChannel();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    timer = setTimeout(resolve, KEEP_ANSWER_MS);
  });
  const message: KeepMessage = { type: KEEP_MESSAGE, urls: pageFiles() };
  worker.postMessage(message, [channel.port2]);
  return answered.finally(() => {
    clearTimeout(timer);
    channel.port1.close();
  });
}

/**
 * Registers the offline service worker (`klaslab-offline.js`, shipped beside the standalone
 * script) and resolves once it is active, its files and the page's own files (style sheets,
 * pictures, data) cached. Its scope must hold the page and the
 * colorize worker (see {@link sharedScope}); a scope above the service worker's own folder needs
 * the header `Service-Worker-Allowed` from the server.
 */
export async function registerOffline(
  url: string | URL | undefined,
  scope: string | URL = new URL('./', document.baseURI),
): Promise<ServiceWorkerRegistration> {
  if (!url || !('serviceWorker' in navigator)) {
    throw new KlasLabError(
      'OFFLINE_UNAVAILABLE',
      url ? 'This browser has no service workers.' : 'No offline service worker is configured.',
      {
        details: { hint: 'Service workers need https (or localhost) and a browser that has them.' },
      },
    );
  }
  try {
    await navigator.serviceWorker.register(url, { scope: String(scope), type: 'classic' });
    const registration = await navigator.serviceWorker.ready;
    if (registration.active) await keepPageFiles(registration.active);
    return registration;
  } catch (cause) {
    throw new KlasLabError(
      'OFFLINE_UNAVAILABLE',
      `The offline service worker could not be registered: ${(cause as Error).message}`,
      {
        cause,
        details: {
          file: String(url),
          hint: 'Serve klaslab-offline.js with the header "Service-Worker-Allowed: /" (its scope must hold the page and the colorize worker).',
        },
      },
    );
  }
}
