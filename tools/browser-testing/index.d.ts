/** The Chromium binary the tests launch (`CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`). */
export declare const CHROMIUM: string;
/** Headless, sandbox-less, offline Chromium flags. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Flags for a software WebGPU adapter (SwiftShader) in a GPU-less Chromium. */
export declare const WEBGPU_ARGS: readonly string[];
/** Launch options for Playwright's `chromium.launch`; `webgpu: true` adds {@link WEBGPU_ARGS}. */
export declare function chromiumLaunchOptions(options?: { webgpu?: boolean }): {
  executablePath: string;
  args: string[];
};
/** Content types for what the test pages load. */
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
/**
 * Answers a request from the first folder whose URL prefix matches, uncached, never outside the
 * folder. Resolves to false when no file matched.
 */
export declare function sendMountedFile(
  res: import('node:http').ServerResponse,
  pathname: string,
  mounts: Iterable<readonly [prefix: string, folder: string]>,
  headers?: Record<string, string>,
): Promise<boolean>;
