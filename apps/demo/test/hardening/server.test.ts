// Issue #16, case 20: the `npm start` server as a black box over HTTP (it runs as its own
// process, so these tests keep holding whatever serves the files inside).
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
let child: ChildProcess;
let origin: string;

beforeAll(async () => {
  child = spawn(process.execPath, [SERVER], { env: { ...process.env, PORT: '0' } });
  origin = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
});
afterAll(() => {
  child?.kill();
});

/** A raw request, so that nothing normalises the path first. */
function raw(request: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let data = '';
    socket.on('data', (c) => {
      data += c;
    });
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('hardening: the demo server', () => {
  it('20. no open redirect: /%2Fevil.com%2F.. stays on this host', async () => {
    const response = await raw(
      'GET /%2Fevil.com%2F.. HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    // Either refused or redirected on this host, never `Location: //evil.com/../`.
    expect(response).toMatch(/^HTTP\/1\.1 (301|400|404)/);
    const location = /\r\nlocation: ([^\r]*)/i.exec(response)?.[1];
    if (location !== undefined) {
      expect(location).toMatch(/^\/[^/\\]/);
      expect(new URL(location, origin).origin).toBe(origin);
    }
  });

  it('20. a folder redirect keeps one leading slash', async () => {
    const response = await raw('GET //storybook HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    const location = /\r\nlocation: ([^\r]*)/i.exec(response)?.[1];
    if (location !== undefined) expect(new URL(location, origin).origin).toBe(origin);
  });

  it('20. a malformed escape is a 400, not a 500', async () => {
    const response = await raw('GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(response).toMatch(/^HTTP\/1\.1 400/);
  });

  it('20. a client trickling header lines is disconnected (header timeout)', async () => {
    const { hostname, port } = new URL(origin);
    const socket = connect(Number(port), hostname);
    await new Promise((ready) => socket.once('connect', ready));
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
    let lines = 0;
    const timer = setInterval(() => {
      if (!socket.destroyed) socket.write(`X-Slow-${lines++}: 1\r\n`);
    }, 500);
    socket.on('error', () => {});
    socket.resume();
    await new Promise((closed) => socket.once('close', closed));
    clearInterval(timer);
    // Closed by the server long before the 100 lines a minute-long trickle would send.
    expect(lines).toBeLessThan(100);
  }, 60_000);
});
