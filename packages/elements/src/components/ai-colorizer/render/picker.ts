import { html } from 'lit';
import type { ColorizerText } from '../messages.js';

/** The file picker (a styled label for a visually hidden file input) and the drop hint. */
export function renderPicker(t: ColorizerText, busy: boolean, onFile: (file: File) => void) {
  const change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  };
  return html`<div class="picker" part="picker">
    <slot name="picker">
      <input id="file" type="file" accept="image/*" ?disabled=${busy} @change=${change} />
      <label for="file" class="button primary" part="choose">${t('choose')}</label>
      <span>${t('dropHint')}</span>
    </slot>
  </div>`;
}
