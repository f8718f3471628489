import { css } from 'lit';

/** Shared base: colours meet WCAG 2.2 AA on the default light background; focus is always visible. */
export const baseStyles = css`
  :host {
    --klaslab-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --klaslab-text: #1d1d1f;
    --klaslab-muted: #4a4a52;
    --klaslab-surface: #ffffff;
    --klaslab-border: #c9c9d1;
    --klaslab-accent: #0b5cad;
    --klaslab-accent-text: #ffffff;
    --klaslab-error: #a4161a;
    --klaslab-focus: #0b5cad;
    --klaslab-radius: 0.5rem;
    font-family: var(--klaslab-font);
    color: var(--klaslab-text);
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
    color: var(--klaslab-accent);
  }
  :focus-visible {
    outline: 3px solid var(--klaslab-focus);
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--klaslab-accent);
    border-radius: var(--klaslab-radius);
    background: var(--klaslab-surface);
    color: var(--klaslab-accent);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--klaslab-accent);
    color: var(--klaslab-accent-text);
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
    color: var(--klaslab-error);
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
