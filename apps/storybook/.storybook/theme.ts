/**
 * The page themes the stories sit in. The elements read their colours from `--klaslab-*` custom
 * properties and never set them, so a dark theme is only a matter of setting them on the page:
 * they inherit into every element, nested ones (the list's cards, the explainer's colorizer)
 * included. Colours meet WCAG 2.2 AA (axe checks every story).
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
  .klaslab-theme-dark {
    ${darkTokens}
  }
`;
