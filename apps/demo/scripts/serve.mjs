#!/usr/bin/env node
// The server behind `npm start`: site/ (the demo page, the elements' bundle with its worker, ONNX
// Runtime's .wasm, the default model, the sample photos and the example events; assembled and
// precompressed by `npm run build`, see build-site.mjs) and the built Storybook, from 127.0.0.1
// only, offline. Files are served by sirv: .br/.gz variants with Content-Encoding, ETag validators,
// `immutable` caching for content-hashed names and revalidation (`no-cache` + ETag → 304) for the
// rest, whose names cannot change.
//
//   node apps/demo/scripts/serve.mjs [--port 6060]      (or PORT=6060)
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const SITE = join(here, '..', 'site');
const STORYBOOK = join(
  dirname(require.resolve('@klaslab/storybook/package.json')),
  'storybook-static',
);

/** esbuild's content-hashed chunk names (`colorize-…-3RG5ZIWI.js`): they never change content. */
const HASHED = /-[A-Z0-9]{8}\.js$/;

/** Types sirv's table lacks or sends without a charset. */
const TYPES = {
  '.onnx': 'application/octet-stream',
  '.md': 'text/markdown; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Cache headers for a file by its URL path (sirv calls this before sending). */
export function cachingHeaders(pathname) {
  const headers = {
    'Cache-Control': HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache', // revalidate with the ETag: a 304 costs a few hundred bytes
    'X-Content-Type-Options': 'nosniff',
  };
  // <ai-colorizer offline> registers /elements/klaslab-offline.js for pages above its folder.
  if (pathname.endsWith('/klaslab-offline.js')) headers['Service-Worker-Allowed'] = '/';
  return headers;
}

function files(folder, precompressed) {
  return sirv(folder, {
    etag: true,
    gzip: precompressed,
    brotli: precompressed,
    setHeaders(res, pathname) {
      for (const [name, value] of Object.entries(cachingHeaders(pathname))) {
        res.setHeader(name, value);
      }
      const type = TYPES[pathname.slice(pathname.lastIndexOf('.'))];
      if (type) res.setHeader('Content-Type', type);
    },
    onNoMatch(_req, res) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    },
  });
}

function plain(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/** Starts the server; resolves with its origin once it listens (port 0 picks a free one). */
export function startServer({ port = 6060, host = '127.0.0.1' } = {}) {
  if (!existsSync(join(SITE, 'index.html'))) {
    return Promise.reject(
      new Error(`${SITE} is missing: build the demo first (npm run build, or npm start)`),
    );
  }
  const site = files(SITE, true);
  const storybook = existsSync(STORYBOOK) ? files(STORYBOOK, false) : undefined;
  const server = createServer(
    // A client that trickles its headers is cut off: it cannot hold a connection for minutes.
    { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 },
    (req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        plain(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
        return;
      }
      const raw = (req.url ?? '/').split('?')[0] ?? '/';
      let pathname;
      try {
        pathname = decodeURIComponent(raw);
      } catch {
        plain(res, 400, 'Bad request: malformed %-escape in the path\n');
        return;
      }
      if (pathname.includes('\0') || !raw.startsWith('/')) {
        plain(res, 400, 'Bad request\n');
        return;
      }
      if (pathname === '/favicon.ico' && !existsSync(join(SITE, 'favicon.ico'))) {
        res.writeHead(204).end(); // pages without an icon (Storybook's iframe) ask for one
        return;
      }
      // The one redirect: a fixed local path, never built from the request.
      if (pathname === '/storybook') {
        res.writeHead(301, { Location: '/storybook/' }).end();
        return;
      }
      if (pathname.startsWith('/storybook/') && storybook) {
        req.url = req.url.slice('/storybook'.length);
        storybook(req, res);
        return;
      }
      site(req, res);
    },
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolve({
        origin,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // keep-alive sockets would hold close() open
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf('--port');
  const port = Number(flag > 0 ? process.argv[flag + 1] : (process.env.PORT ?? 6060));
  const { origin } = await startServer({ port }).catch((error) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=6061 npm start` : error,
    );
    process.exit(1);
  });
  console.log(`KlasLab demo:      ${origin}/`);
  console.log(`KlasLab Storybook: ${origin}/storybook/`);
  console.log('Offline, from 127.0.0.1 only. Ctrl+C stops the server.');
}
