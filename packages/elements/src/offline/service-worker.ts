/**
 * `dist/klaslab-offline.js`: the opt-in service worker of `<ai-colorizer offline>`. It keeps what a
 * colorization needs (the page's script, the colorize worker, ONNX Runtime's WebAssembly, the
 * default model, the sample photos) in the Cache API, so a classroom that loses its connection
 * keeps working after one visit. Those files are served cache-first (the build gives each one's
 * hash, so a new release installs a new cache); the pages that use the colorizer are served
 * network-first, from the cache when the network is gone. Its scope must hold those pages and the
 * colorize worker's script (a Web Worker is a client of its own): the element registers it for
 * their common folder.
 */

// Written by scripts/build-standalone.mjs: the files beside this script, and a hash of them all.
declare const __KLASLAB_PRECACHE__: string[];
declare const __KLASLAB_VERSION__: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly registration: { readonly scope: string };
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const PREFIX = 'klaslab-offline-';
const ASSETS = `${PREFIX}assets-${__KLASLAB_VERSION__}`;
const PAGES = `${PREFIX}pages`;
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
  }
  // Anything else goes to the network untouched, as without this worker.
});
