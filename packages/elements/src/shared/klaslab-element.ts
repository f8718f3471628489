import type { Locale } from '@klaslab/core';
import { LitElement, type PropertyDeclarations } from 'lit';
import { LocaleController } from './locale.js';

/**
 * The base of every KlasLab element: the language it speaks (`lang`, else the page's) and typed
 * events. `Events` maps each event name the element fires to its `detail`, so `emit` cannot fire
 * an undocumented event or a wrong detail.
 *
 * Subclasses list their own `static properties`; Lit merges them with `lang` from here.
 */
export class KlasLabElement<Events extends object = Record<never, never>> extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
  };

  /** Language of the element's texts: `nl` (default), `en` or `fr`; else the page's `lang`. */
  declare lang: string;

  private readonly localeController = new LocaleController(this);

  /** nl, en or fr: the element's `lang`, else the nearest ancestor's, else the page's (nl by default). */
  protected get locale(): Locale {
    return this.localeController.locale;
  }

  /**
   * Fires `type` from this element: bubbling and composed (it leaves the shadow root), so a
   * lesson page can listen on `document`. Returns `false` when a listener called `preventDefault()`
   * on a cancelable event.
   */
  protected emit<K extends keyof Events & string>(
    type: K,
    detail: Events[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }
}
