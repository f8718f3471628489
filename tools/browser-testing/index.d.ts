/** A Chromium found on this machine and where it came from. */
export interface FoundChromium {
  path: string;
  source: string;
}
/** The one-line message when no Chromium can be found or brought. */
export declare const NO_CHROMIUM: string;
/**
 * The Chromium on this machine (CHROMIUM_PATH, a system browser, Playwright's cache, an unpacked
 * @sparticuz/chromium), or null. Throws when CHROMIUM_PATH names no executable.
 */
export declare function findChromium(): FoundChromium | null;
/** {@link findChromium}, else brings one (the @sparticuz/chromium npm package, then apt-get as root). */
export declare function provisionChromium(options?: {
  log?: (line: string) => void;
}): Promise<FoundChromium>;
/**
 * Installs Debian packages with apt-get (after `apt-get update`), saying so through `log`; false,
 * without trying, where the process is not root or there is no apt-get.
 */
export declare function installDebianPackages(
  names: string[],
  options?: { log?: (line: string) => void; why?: string },
): boolean;
/** The Chromium binary the tests launch; throws {@link NO_CHROMIUM} when there is none. */
export declare function chromiumPath(): string;
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
/**
 * Drops a synthetic `width`×`height` JPEG (drawn in the page) on the element matching `selector`
 * as a real DragEvent holding a File. Resolves with the file's size in bytes.
 */
export declare function dropSyntheticPhoto(
  page: import('playwright-core').Page,
  selector: string,
  photo: { width: number; height: number; name?: string },
): Promise<number>;
