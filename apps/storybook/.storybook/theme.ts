/**
 * The page themes the stories sit in. The elements read their colours from `--klaslab-*` custom
 * properties, so a dark theme is only a matter of setting them on the elements (outer styles win
 * over the elements' `:host` defaults). Colours meet WCAG 2.2 AA (axe checks every story).
 */
export const darkTokens = `
  --klaslab-text: #f2f2f5;
  --klaslab-muted: #c8c8d2;
  --klaslab-surface: #1b1d23;
  --klaslab-border: #6a6d7a;
  --klaslab-accent: #9cc3ff;
  --klaslab-accent-text: #0b1020;
  --klaslab-error: #ffb4ab;
  --klaslab-focus: #9cc3ff;
`;

export const themeStyles = `
  .klaslab-theme-light {
    background: #ffffff;
    color: #1d1d1f;
    padding: 1rem;
  }
  .klaslab-theme-dark {
    background: #1b1d23;
    color: #f2f2f5;
    padding: 1rem;
    color-scheme: dark;
  }
  .klaslab-theme-dark :is(ai-colorizer, ai-event-list, ai-event-card, ai-explainer) {
    ${darkTokens}
  }
  /* Nested elements (the explainer's colorizer, the list's cards) live in another shadow root and
     keep their light defaults there; they paint their own light surface, so they stay legible. */
`;
