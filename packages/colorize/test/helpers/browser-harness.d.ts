import type { Browser, BrowserContext, Page } from 'playwright-core';

export function bundleBrowserEntry(outdir: string, options?: { minify?: boolean }): Promise<void>;
export interface Harness {
  origin: string;
  browser: Browser;
  openPage(context?: BrowserContext): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}
export function startHarness(options?: {
  routes?: Record<string, string>;
  isolated?: boolean;
  /** Start Chromium with a software WebGPU adapter (SwiftShader). */
  webgpu?: boolean;
}): Promise<Harness>;
export function runInPage(
  page: Page,
  args: Record<string, unknown>,
  method?: 'run' | 'explore',
  // biome-ignore lint/suspicious/noExplicitAny: page results are plain JSON
): Promise<any>;
export function toBase64(bytes: Uint8Array | Uint8ClampedArray): string;
export function fromBase64(text: string): Uint8ClampedArray;
