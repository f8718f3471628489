import type { Locale } from '@klaslab/core';
import { html } from 'lit';
import type { ColorizerText } from '../messages.js';
import { SAMPLES, type Sample } from '../samples.js';

/** The row of sample photo buttons. */
export function renderSamples(
  t: ColorizerText,
  locale: Locale,
  base: string,
  busy: boolean,
  choose: (sample: Sample, name: string) => void,
) {
  return html`<div class="samples" part="samples" role="group" aria-label=${t('samples')}>
    <slot name="samples">
      <span>${t('samples')}:</span>
      ${SAMPLES.map((s) => {
        const name = s.name[locale];
        return html`<button
          type="button"
          ?disabled=${busy}
          aria-label=${t('sample', { name })}
          title=${`${t('sample', { name })} — ${s.credit}`}
          @click=${() => choose(s, name)}
        >
          <img src=${new URL(s.file, base).href} alt="" loading="lazy" width="72" height="48" />
        </button>`;
      })}
    </slot>
  </div>`;
}
