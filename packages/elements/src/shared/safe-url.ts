const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * An URL from an event file or an attribute, made safe to put in `href`/`src`: only http(s), mailto
 * and tel survive; `javascript:`, `data:`, `vbscript:` and anything unparsable give `undefined`.
 * Relative URLs are resolved against `base` (default: the document's URL).
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Browsers strip these before parsing a scheme: so must we.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const trimmed = value.trim().replace(/[\u0000-\u001f\u007f]/g, '');
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base ?? globalThis.document?.baseURI ?? 'https://invalid.invalid/');
  } catch {
    return undefined;
  }
  return ALLOWED.has(url.protocol) ? url.href : undefined;
}

/** True for a URL {@link safeUrl} accepts and that points to the web (http or https). */
export function isWebUrl(value: string | undefined): boolean {
  return value !== undefined && /^https?:/i.test(value);
}
