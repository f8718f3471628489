#!/usr/bin/env node
// The server behind `npm start`: the demo page, the elements' self-contained bundle (with its
// worker, ONNX Runtime's .wasm, the default model and the sample photos), the example event files
// and the built Storybook, from 127.0.0.1 only. node:http, no dependencies, works offline.
//
//   node apps/demo/scripts/serve.mjs [--port 6060]      (or PORT=6060)
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const demoRoot = join(here, '..');
const storybookRoot = dirname(require.resolve('@klaslab/storybook/package.json'));

/** URL prefix → folder. The longest prefix wins. */
export const MOUNTS = [
  ['/elements/', join(dirname(require.resolve('@klaslab/elements/package.json')), 'dist')],
  ['/events/', join(storybookRoot, 'examples/events')],
  ['/storybook/', join(storybookRoot, 'storybook-static')],
  ['/', join(demoRoot, 'public')],
];

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};

async function resolveFile(pathname) {
  for (const [prefix, folder] of MOUNTS) {
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) continue;
    const rest = normalize(pathname.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
    let file = join(folder, rest);
    if (file !== folder && !file.startsWith(folder + sep)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      file = join(file, 'index.html');
    }
    const found = await stat(file).catch(() => undefined);
    return found?.isFile() ? { file, size: found.size } : undefined;
  }
  return undefined;
}

/** Starts the server; resolves with its origin once it listens (port 0 picks a free one). */
export function startServer({ port = 6060, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const found = pathname.includes('\0') ? undefined : await resolveFile(pathname);
      if (!found && pathname === '/favicon.ico') {
        res.writeHead(204).end(); // pages without an icon (Storybook's iframe) ask for one
        return;
      }
      if (!found) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      if (found.redirect) {
        res.writeHead(301, { Location: found.redirect + url.search }).end();
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': found.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(found.file).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    }
  });
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
