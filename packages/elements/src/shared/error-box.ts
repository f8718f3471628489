import type { KlasLabError } from '@klaslab/core';
import { html } from 'lit';

/** The alert every lesson-kit element shows when its data did not load: a sentence and the code. */
export function errorBox(error: KlasLabError, message: string, codeLine: string) {
  return html`<div class="error" role="alert" part="error" data-code=${error.code}>
    <p>${message}</p>
    <p>${codeLine}</p>
  </div>`;
}
