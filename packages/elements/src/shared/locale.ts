import { type Locale, resolveLocale } from '@klaslab/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else the document's
 * (`<html lang>`), resolved to nl, en or fr (Dutch by default).
 */
export function elementLocale(element: Element): Locale {
  const own = element.closest('[lang]')?.getAttribute('lang');
  if (own) return resolveLocale(own);
  // Inside another element's shadow root: walk out through the host.
  const root = element.getRootNode();
  if (root instanceof ShadowRoot) return elementLocale(root.host);
  return resolveLocale(element.ownerDocument?.documentElement.lang || undefined);
}

/**
 * Re-renders its host when the document's `lang` changes (the host's own `lang` attribute is an
 * observed Lit property already). One shared MutationObserver for all elements.
 */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  get locale(): Locale {
    return elementLocale(this.host);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => {
        for (const host of hosts) host.requestUpdate();
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
