/**
 * Puts JSON-LD for search engines into the light DOM just after `host` (search engines do not read
 * shadow roots). A `type="application/ld+json"` script is data, not code: allowed under a strict
 * CSP. Created with textContent, so nothing in the data can close the tag.
 */
export function placeJsonLd(
  host: Element,
  data: unknown,
  existing?: HTMLScriptElement,
): HTMLScriptElement | undefined {
  if (data === undefined) {
    existing?.remove();
    return undefined;
  }
  const script = existing ?? host.ownerDocument.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.klaslab = host.localName;
  script.textContent = JSON.stringify(data).replace(/</g, '\\u003c');
  if (!script.isConnected) host.after(script);
  return script;
}
