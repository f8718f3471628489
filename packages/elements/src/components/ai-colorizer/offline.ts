import { KlasLabError } from '@klaslab/core';

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

/**
 * Registers the offline service worker (`klaslab-offline.js`, shipped beside the standalone
 * script) and resolves once it is active, its files cached. Its scope must hold the page and the
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
    return await navigator.serviceWorker.ready;
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
