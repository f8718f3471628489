import { css } from 'lit';

/** Shared base: colours meet WCAG 2.2 AA on the default light background; focus is always visible. */
export const baseStyles = css`
  /* The public --klaslab-* properties are only read, never set, here: a value set on the page (or on
     an outer KlasLab element) then reaches every element inside, nested ones included. */
  :host {
    --_k-font: var(--klaslab-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_k-text: var(--klaslab-text, #1d1d1f);
    --_k-muted: var(--klaslab-muted, #4a4a52);
    --_k-surface: var(--klaslab-surface, #ffffff);
    --_k-border: var(--klaslab-border, #c9c9d1);
    --_k-accent: var(--klaslab-accent, #0b5cad);
    --_k-accent-text: var(--klaslab-accent-text, #ffffff);
    --_k-error: var(--klaslab-error, #a4161a);
    --_k-focus: var(--klaslab-focus, #0b5cad);
    --_k-radius: var(--klaslab-radius, 0.5rem);
    font-family: var(--_k-font);
    color: var(--_k-text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_k-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_k-focus);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_k-accent);
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
    color: var(--_k-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_k-accent);
    color: var(--_k-accent-text);
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.75;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    color: var(--_k-error);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
