// Issue #16, cases 9 and 19: fault injection on a loopback server. Every fault ends in a coded
// error, bounded by a short idle timeout; no timing assertions.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/node/model-loader.js';
import { generateModel } from '../helpers/onnx-model.js';
import { tempDir } from '../helpers/setup.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base: string;
const routes = new Map<string, Handler>();
const generated = generateModel({ family: 'lab-ab-classification', inputSize: 32 });
const manifest = { ...generated.manifest, file: 'model.onnx' };
let dir: string;
let cleanup: () => Promise<void>;

function json(body: unknown): Handler {
  return (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  server = createServer((req, res) => {
    const handler = routes.get(req.url ?? '');
    if (handler) handler(req, res);
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  routes.set('/ok/model.json', json(manifest));
  routes.set('/ok/model.onnx', (_req, res) => res.end(generated.bytes));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await cleanup();
});

const fast = { idleTimeoutMs: 300 };

describe('hardening: model download faults', () => {
  it('loads a good model from the loopback server', async () => {
    const loaded = await loadModel(`${base}/ok/model.json`, fast);
    expect(loaded.bytes.length).toBe(manifest.bytes);
  });

  it('9. a silent server (headers never sent) times out with MODEL_FETCH_TIMEOUT', async () => {
    routes.set('/silent/model.json', () => {});
    await expect(loadModel(`${base}/silent/model.json`, fast)).rejects.toMatchObject({
      code: 'MODEL_FETCH_TIMEOUT',
    });
  });

  it('9. a server that stalls in the middle of the body times out', async () => {
    routes.set('/stall/model.json', json(manifest));
    routes.set('/stall/model.onnx', (_req, res) => {
      res.write(generated.bytes.subarray(0, 100));
    });
    await expect(loadModel(`${base}/stall/model.json`, fast)).rejects.toMatchObject({
      code: 'MODEL_FETCH_TIMEOUT',
    });
  });

  it('9. an endless body stops at the manifest size, without reading it all', async () => {
    let sent = 0;
    routes.set('/endless/model.json', json(manifest));
    routes.set('/endless/model.onnx', (_req, res) => {
      const chunk = Buffer.alloc(64 * 1024);
      const more = () => {
        while (!res.destroyed && sent < 1024 ** 3) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
      };
      res.on('close', () => {});
      more();
    });
    await expect(loadModel(`${base}/endless/model.json`, fast)).rejects.toMatchObject({
      code: 'MODEL_SHA256_MISMATCH',
      details: expect.objectContaining({ expected: manifest.bytes }),
    });
    expect(sent).toBeLessThan(1024 ** 3);
  });

  it('9. a Content-Length over the manifest size is refused before the body', async () => {
    routes.set('/declared/model.json', json(manifest));
    routes.set('/declared/model.onnx', (_req, res) => {
      res.setHeader('content-length', String(manifest.bytes + 1));
      res.write(Buffer.alloc(10));
    });
    await expect(loadModel(`${base}/declared/model.json`, fast)).rejects.toMatchObject({
      code: 'MODEL_SHA256_MISMATCH',
    });
  });

  it('9. an oversized manifest is refused', async () => {
    routes.set('/big/model.json', (_req, res) => res.end(' '.repeat(2 * 1024 * 1024)));
    await expect(loadModel(`${base}/big/model.json`, fast)).rejects.toMatchObject({
      code: 'MODEL_MANIFEST_INVALID',
    });
  });

  it('9. wrong bytes of the right size fail the sha256 check', async () => {
    routes.set('/wrong/model.json', json(manifest));
    routes.set('/wrong/model.onnx', (_req, res) => res.end(Buffer.alloc(manifest.bytes)));
    await expect(loadModel(`${base}/wrong/model.json`, fast)).rejects.toMatchObject({
      code: 'MODEL_SHA256_MISMATCH',
      details: expect.objectContaining({ expected: manifest.sha256 }),
    });
  });

  it('19. a remote manifest cannot send the download to another host or folder', async () => {
    let fetched = false;
    routes.set('/secret.onnx', (_req, res) => {
      fetched = true;
      res.end(generated.bytes);
    });
    for (const file of [
      'http://example.invalid/x.onnx',
      '../secret.onnx',
      '/secret.onnx',
      '%2e%2e/secret.onnx',
    ]) {
      routes.set('/away/model.json', json({ ...manifest, file }));
      await expect(loadModel(`${base}/away/model.json`, fast)).rejects.toMatchObject({
        code: 'MODEL_FILE_OUTSIDE',
      });
    }
    expect(fetched).toBe(false);
    // Unless the caller allows it.
    routes.set('/away/model.json', json({ ...manifest, file: '../secret.onnx' }));
    const loaded = await loadModel(`${base}/away/model.json`, {
      ...fast,
      allowModelFileOutside: true,
    });
    expect(loaded.location).toBe(`${base}/secret.onnx`);
  });

  it('19. a local manifest cannot name ../../etc/passwd', async () => {
    const target = join(dir, 'local');
    await mkdir(target, { recursive: true });
    const passwd = `${'../'.repeat(12)}etc/passwd`;
    await writeFile(join(target, 'model.json'), JSON.stringify({ ...manifest, file: passwd }));
    await expect(loadModel(target)).rejects.toMatchObject({ code: 'MODEL_FILE_OUTSIDE' });
    // A model in a subfolder is fine.
    await mkdir(join(target, 'sub'), { recursive: true });
    await writeFile(join(target, 'sub/m.onnx'), generated.bytes);
    await writeFile(
      join(target, 'model.json'),
      JSON.stringify({ ...manifest, file: 'sub/m.onnx' }),
    );
    expect((await loadModel(target)).bytes.length).toBe(manifest.bytes);
    expect(createHash('sha256').update(generated.bytes).digest('hex')).toBe(manifest.sha256);
  });
});
