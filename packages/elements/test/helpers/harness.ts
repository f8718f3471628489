import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, chromiumLaunchOptions, sendMountedFile } from '@klaslab/browser-testing';
import { type Browser, chromium, type Page } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const packageRoot = join(here, '..', '..');
const require = createRequire(import.meta.url);

// default-src covers img-src, style-src(-attr) and connect-src too: a policy without it would not
// catch `blob:` images or inline style attributes (issue #16, case 21).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'";

export interface Route {
  body: string | Uint8Array;
  type?: string;
  status?: number;
  delayMs?: number;
  headers?: Record<string, string>;
}

export interface Harness {
  origin: string;
  browser: Browser;
  /** Paths requested so far (with query). */
  requests: string[];
  /** Adds or replaces an in-memory route. */
  route(path: string, route: Route): void;
  /**
   * Serves `body` as an HTML page that loads the standalone script, then opens it. `beforeLoad`
   * runs on the new page before it navigates: listeners that must see the very first requests.
   */
  open(
    body: string,
    options?: {
      lang?: string;
      csp?: string;
      head?: string;
      path?: string;
      beforeLoad?: (page: Page) => void;
    },
  ): Promise<Page>;
  close(): Promise<void>;
}

export function pageHtml(body: string, lang = 'nl', head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>KlasLab test</title>${head}<script type="module" src="/dist/klaslab-elements.js"></script></head><body><main><h1>KlasLab</h1>${body}</main></body></html>`;
}

export async function startHarness(): Promise<Harness> {
  const dist = join(packageRoot, 'dist');
  const axe = dirname(require.resolve('axe-core'));
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const custom = routes.get(url.pathname);
    if (custom) {
      if (custom.delayMs) await new Promise((r) => setTimeout(r, custom.delayMs));
      const body = typeof custom.body === 'string' ? Buffer.from(custom.body) : custom.body;
      res.writeHead(custom.status ?? 200, {
        'content-type': custom.type ?? CONTENT_TYPES[extname(url.pathname)] ?? 'text/plain',
        'cache-control': 'no-store',
        ...custom.headers,
      });
      res.end(body);
      return;
    }
    const mounts: Array<[string, string]> = [
      ['/dist/', dist],
      ['/axe/', axe],
    ];
    if (await sendMountedFile(res, url.pathname, mounts)) return;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  let pages = 0;
  return {
    origin,
    browser,
    requests,
    route: (path, route) => routes.set(path, route),
    async open(body, options = {}) {
      const path = options.path ?? `/page-${++pages}.html`;
      routes.set(path, {
        body: pageHtml(body, options.lang, options.head),
        type: 'text/html; charset=utf-8',
        ...(options.csp ? { headers: { 'content-security-policy': options.csp } } : {}),
      });
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        (page as Page & { errors?: Error[] }).errors ??= [];
        (page as Page & { errors?: Error[] }).errors?.push(error);
      });
      options.beforeLoad?.(page);
      await page.goto(`${origin}${path}`);
      try {
        await page.waitForFunction(() => !!customElements.get('ai-colorizer'), undefined, {
          timeout: 15_000,
        });
      } catch (error) {
        const errors = (page as Page & { errors?: Error[] }).errors ?? [];
        throw new Error(
          `page did not start: ${errors.map((e) => e.stack ?? e.message).join('\n')}`,
          { cause: error },
        );
      }
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs axe-core on the page (shadow roots included) and returns the violations. */
export async function axe(
  page: Page,
  include?: string,
): Promise<Array<{ id: string; help: string; nodes: unknown[] }>> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ url: '/axe/axe.min.js' });
  return page.evaluate(async (selector) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global from the script tag
    const result = await (globalThis as any).axe.run(selector ?? document, {
      resultTypes: ['violations'],
      rules: { region: { enabled: false } },
    });
    // biome-ignore lint/suspicious/noExplicitAny: plain JSON back to Node
    return result.violations.map((v: any) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n: { target: unknown; failureSummary: string }) => ({
        target: n.target,
        why: n.failureSummary,
      })),
    }));
  }, include);
}

/** Text of an element's shadow root, whitespace collapsed. */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (s) => (document.querySelector(s)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    selector,
  );
}

/**
 * Width, mean chroma (channel differences per pixel) and alt text of the colorized picture in the
 * `<ai-colorizer>` matching `selector`.
 */
export function colorizedResult(page: Page, selector = 'ai-colorizer') {
  return page.evaluate(async (s) => {
    const canvas = document
      .querySelector(s)
      ?.shadowRoot?.querySelector('canvas.after') as HTMLCanvasElement;
    const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let chroma = 0;
    for (let i = 0; i < d.length; i += 4)
      chroma += Math.abs(d[i]! - d[i + 1]!) + Math.abs(d[i + 1]! - d[i + 2]!);
    return {
      w: canvas.width,
      chroma: chroma / (d.length / 4),
      alt: canvas.getAttribute('aria-label') ?? '',
    };
  }, selector);
}

/** Waits until the `<ai-colorizer>` matching `selector` shows a colorized photo and "done … ms". */
export async function waitColorized(page: Page, selector = 'ai-colorizer', timeout = 120_000) {
  await page.waitForFunction(
    (s) => {
      const root = document.querySelector(s)?.shadowRoot;
      return (
        !!root?.querySelector('canvas.after') &&
        /\d+ ms/.test(root.querySelector('[part=status]')?.textContent ?? '')
      );
    },
    selector,
    { timeout },
  );
}
