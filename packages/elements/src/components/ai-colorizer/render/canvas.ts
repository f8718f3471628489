import { html, nothing } from 'lit';
import { picture } from '../picture-directive.js';
import type { Picture } from '../pixels.js';

/** A canvas showing `p`, described by `label` (or hidden from screen readers when decorative). */
export function canvas(p: Picture | undefined, label: string, className = '') {
  return html`<canvas
    class=${className || nothing}
    role=${label ? 'img' : 'presentation'}
    aria-label=${label || nothing}
    aria-hidden=${label ? nothing : 'true'}
    ${picture(p)}
  ></canvas>`;
}
