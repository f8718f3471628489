// How every KlasLab browser test starts Chromium. `npx playwright install` cannot work here, so the
// tests drive Debian's chromium (installed by .ci/run); CHROMIUM_PATH picks another binary.

/** The Chromium binary the tests launch. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless, no sandbox (CI runs as root), no GPU, and none of Chromium's own network traffic
 * (updates, sync, field trials): the machine has no network beyond localhost, and every refused
 * connection would slow the start.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** Launch options for Playwright's `chromium.launch` (and @vitest/browser-playwright). */
export function chromiumLaunchOptions() {
  return { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] };
}
