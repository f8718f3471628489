#!/usr/bin/env node
// `npm run build` of the demo: assembles site/, what `npm start` serves (the page, the elements'
// built files under /elements/, the example events under /events/), and writes a brotli (.br) and
// a gzip (.gz) copy beside every compressible file, so the server sends them precompressed with
// the right Content-Encoding. Brotli at its best quality takes about a minute for ONNX Runtime's
// 14 MB .wasm on one core (2.4 MB instead of gzip's 3.7 MB): results are kept in
// node_modules/.cache by content hash.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const require = createRequire(import.meta.url);
const demoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SITE = join(demoRoot, 'site');
const CACHE = join(demoRoot, 'node_modules/.cache/klaslab-precompress');
const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|onnx|md|svg|txt|map)$/;
const MIN_BYTES = 1024;
const BROTLI_MAX_BYTES = 16_000_000;
const storybookRoot = dirname(require.resolve('@klaslab/storybook/package.json'));

/** URL folder → source folder. */
const PARTS = [
  ['', join(demoRoot, 'public')],
  ['elements', join(dirname(require.resolve('@klaslab/elements/package.json')), 'dist')],
  ['events', join(storybookRoot, 'examples/events')],
];

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** `bytes` compressed by `encoding`, from the cache when these exact bytes were compressed before. */
async function compressed(bytes, encoding) {
  const key = `${createHash('sha256').update(bytes).digest('hex')}.${encoding}`;
  const cached = join(CACHE, key);
  if (existsSync(cached)) return readFile(cached);
  const out =
    encoding === 'br'
      ? await brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        })
      : await gz(bytes, { level: 9 });
  await mkdir(CACHE, { recursive: true });
  await writeFile(cached, out);
  return out;
}

/**
 * Writes file.br and file.gz beside `file` when they are smaller than it. Brotli skips files over
 * 16 MB (none of the site's is that big today: the largest, ONNX Runtime's plain `.wasm`, has
 * 14 MB): at its highest quality such a file costs minutes of build; gzip covers it.
 */
async function precompress(file) {
  const bytes = await readFile(file);
  if (bytes.length < MIN_BYTES) return;
  for (const encoding of bytes.length > BROTLI_MAX_BYTES ? ['gz'] : ['br', 'gz']) {
    const out = await compressed(bytes, encoding);
    if (out.length < bytes.length) await writeFile(`${file}.${encoding}`, out);
  }
}

/** Runs `job` over `items`, `limit` at a time. */
async function pool(items, limit, job) {
  const queue = [...items];
  const workers = Array.from({ length: limit }, async () => {
    while (queue.length > 0) await job(queue.shift());
  });
  await Promise.all(workers);
}

export async function buildSite() {
  await rm(SITE, { recursive: true, force: true });
  for (const [url, source] of PARTS) {
    await cp(source, join(SITE, url), { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
  }
  const files = (await readdir(SITE, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  // zlib runs off the main thread: one job per core.
  await pool(files, Math.max(1, availableParallelism()), precompress);
  return files.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = await buildSite();
  console.log(`@klaslab/demo: site/ with ${count} files, precompressed (.br, .gz)`);
}
