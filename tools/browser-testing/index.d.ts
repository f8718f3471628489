/** The Chromium binary the tests launch (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`). */
export declare const CHROMIUM: string;
/** Headless, sandbox-less, offline Chromium flags. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Launch options for Playwright's `chromium.launch` (and @vitest/browser-playwright). */
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[] };
