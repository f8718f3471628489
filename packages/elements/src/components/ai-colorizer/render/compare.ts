import { html, nothing } from 'lit';
import type { ColorizerText } from '../messages.js';
import type { Picture } from '../pixels.js';
import { canvas } from './canvas.js';

export interface CompareView {
  name: string;
  /** The photo in grey (or the chosen photo, shown grey by CSS, before the result is there). */
  before: Picture;
  /** `before` is the chosen photo itself: grey it with CSS. */
  beforeNeedsGrey: boolean;
  after: Picture | undefined;
  split: number;
}

/** The before/after figure with its divider, and the keyboard-operable slider between them. */
export function renderCompare(t: ColorizerText, v: CompareView, onSplit: (split: number) => void) {
  const split = v.after ? v.split : 0;
  return html`
    <figure class="compare" part="compare" data-split=${split}>
      ${canvas(v.before, `${t('original')}: ${v.name}`, v.beforeNeedsGrey ? 'grey' : '')}
      ${
        v.after
          ? html`${canvas(v.after, `${t('result')}: ${v.name}`, 'after')}
              <span class="divider"></span>`
          : nothing
      }
    </figure>
    ${
      v.after
        ? html`<div class="slider">
            <label for="split">${t('compare')}</label>
            <input
              id="split"
              part="slider"
              type="range"
              min="0"
              max="100"
              step="1"
              .value=${String(v.split)}
              aria-valuetext=${t('compareValue', { percent: v.split })}
              @input=${(e: Event) => onSplit(Number((e.target as HTMLInputElement).value))}
            />
          </div>`
        : nothing
    }
  `;
}
