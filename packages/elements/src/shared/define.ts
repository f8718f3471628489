/**
 * Registers a custom element once: loading the script twice (two bundles, a bundle and the
 * standalone file) keeps the first definition instead of throwing. Does nothing outside a browser,
 * so importing in Node or during SSR never touches the DOM.
 */
export function define(name: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry && !registry.get(name)) registry.define(name, element);
}
