/**
 * `dist/klaslab-offline.js`: the opt-in service worker of `<ai-colorizer offline>`. It keeps what a
 * colorization needs (the page's script, the colorize worker, ONNX Runtime's WebAssembly, the
 * default model, the sample photos) in the Cache API, so a classroom that loses its connection
 * keeps working after one visit. Those files are served cache-first (the build gives each one's
 * hash, so a new release installs a new cache); the pages that use the colorizer are served
 * network-first, from the cache when the network is gone, and so are those pages' own files (their
 * style sheets, pictures, data: what they loaded before this worker existed, as the element tells
 * it, and what they load later). Its scope must hold those pages and the colorize worker's script
 * (a Web Worker is a client of its own): the element registers it for their common folder.
 */

import { KEEP_MESSAGE, type KeepMessage } from './messages.js';

// Written by scripts/build-standalone.mjs: the files beside this script, and a hash of them all.
declare const __KLASLAB_PRECACHE__: string[];
declare const __KLASLAB_VERSION__: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly scope: string };
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ url: string }[]>;
    get(id: string): Promise<{ url: string } | undefined>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const PREFIX = 'klaslab-offline-';
const ASSETS = `${PREFIX}assets-${__KLASLAB_VERSION__}`;
const PAGES = `${PREFIX}pages`;
/** The files of the kept pages (style sheets, pictures, data), under their URLs. */
const PAGE_FILES = `${PREFIX}page-files`;

const here = (file: string) => new URL(file, scope.location.href).href;
const precached = new Set(__KLASLAB_PRECACHE__.map(here));

/**
 * The response as it will be served from the cache: its body is already decoded, so the encoding
 * headers of the network response no longer apply (Chromium refuses a worker script that keeps them).
 */
function decoded(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

async function store(cache: Cache, request: Request): Promise<void> {
  const response = await fetch(request);
  if (!response.ok) throw new TypeError(`${request.url}: HTTP ${response.status}`);
  await cache.put(request, decoded(response));
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const assets = await caches.open(ASSETS);
      await Promise.all([...precached].map((url) => store(assets, new Request(url))));
      // The pages that registered us were loaded before we existed: keep them too.
      const pages = await caches.open(PAGES);
      const windows = await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' });
      await Promise.all(
        windows
          .filter((w) => w.url.startsWith(scope.registration.scope))
          .map((w) =>
            store(pages, new Request(w.url.split('#')[0]!, { cache: 'reload' })).catch(() => {}),
          ),
      );
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(`${PREFIX}assets-`) && name !== ASSETS) await caches.delete(name);
      }
      await scope.clients.claim();
    })(),
  );
});

/**
 * Pages: network first, the last good copy without a network. Only the pages that used the
 * colorizer are kept (those open when this worker installed, and later visits of them).
 */
async function page(request: Request): Promise<Response> {
  const pages = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && (await pages.match(request, { ignoreSearch: true }))) {
      await pages.put(request, decoded(response.clone()));
    }
    return response;
  } catch (error) {
    const cached = await pages.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

/** Whether `url` is a page this worker keeps (one that used the colorizer). */
async function isKeptPage(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  const pages = await caches.open(PAGES);
  return (await pages.match(url.split('#')[0]!, { ignoreSearch: true })) !== undefined;
}

/** A file of a kept page: network first (the page's own caching rules), the kept copy offline. */
async function pageFile(request: Request): Promise<Response> {
  const files = await caches.open(PAGE_FILES);
  try {
    const response = await fetch(request);
    // Whole responses only (the Cache API refuses a 206); a full quota leaves the page working.
    if (response.status === 200) {
      await files.put(request.url, decoded(response.clone())).catch(() => {});
    }
    return response;
  } catch (error) {
    const cached = await files.match(request.url);
    if (cached) return cached;
    throw error;
  }
}

/** Same origin, not ours to precache, not a page: a file a kept page may need offline. */
function isPageFile(url: URL): boolean {
  return url.origin === scope.location.origin && !precached.has(url.href);
}

/** A subresource: the kept copy's rules when it was kept, or its page is kept; else untouched. */
async function subresource(request: Request, clientId: string): Promise<Response> {
  const files = await caches.open(PAGE_FILES);
  const known = (await files.match(request.url)) !== undefined;
  if (known || (await isKeptPage((await scope.clients.get(clientId))?.url))) {
    return pageFile(request);
  }
  return fetch(request);
}

// The page's files it loaded before this worker controlled it: the element lists them once the
// worker is ready (its pages are kept by then), and hears back when they are stored.
scope.addEventListener('message', (event) => {
  const data = event.data as Partial<KeepMessage> | null;
  if (data?.type !== KEEP_MESSAGE || !Array.isArray(data.urls)) return;
  const urls = data.urls
    .filter((u): u is string => typeof u === 'string' && URL.canParse(u))
    .map((u) => new URL(u))
    .filter(isPageFile)
    .map((u) => u.href);
  event.waitUntil(
    (async () => {
      const files = await caches.open(PAGE_FILES);
      // One file that cannot be fetched now (gone, or the network dropped) leaves the others kept.
      await Promise.allSettled(urls.map((url) => store(files, new Request(url))));
      event.ports[0]?.postMessage({ type: KEEP_MESSAGE, kept: urls.length });
    })(),
  );
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (precached.has(url.href)) {
    event.respondWith(
      caches
        .open(ASSETS)
        .then((assets) => assets.match(url.href))
        .then((cached) => cached ?? fetch(request)),
    );
  } else if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (isPageFile(url) && event.clientId) {
    event.respondWith(subresource(request, event.clientId));
  }
  // Anything else goes to the network untouched, as without this worker.
});
