/**
 * Lit's modules that Storybook's web-components renderer imports. The builder loads the renderer's
 * entry-preview.js by file path, so Vite does not pre-bundle it, and a bare import it makes that
 * is not pre-bundled either is served raw: `lit/directive-helpers.js` then brought a second
 * lit-html beside the pre-bundled `lit` the elements use ("Multiple versions of Lit loaded",
 * storybookjs/storybook#31507). Pre-bundled together they share one lit-html.
 */
export const LIT_DEPS = ['lit', 'lit/directive.js', 'lit/directive-helpers.js', '@lit/task'];
