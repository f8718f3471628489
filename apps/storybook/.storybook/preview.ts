import { setDefaults } from '@klaslab/elements';
import manifest from '@klaslab/elements/custom-elements.json';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themeStyles } from './theme.js';

// Controls, argTypes and the docs tables come from the elements' custom-elements.json.
setCustomElementsManifest(manifest);

// The colorizer's heavy files are served by Storybook itself (see assets.ts): the prebuilt colorize
// worker, ONNX Runtime's .wasm, the default model and the sample photos. Relative to the Storybook
// root, so a built storybook-static works from any folder of any static file server.
const root = new URL(import.meta.env.BASE_URL || './', document.baseURI);
const at = (path: string) => new URL(path, root).href;
setDefaults({
  workerUrl: at('colorize-worker.js'),
  wasmPath: at('ort/'),
  modelSrc: at('models/default/model.json'),
  samplesBase: at('samples/'),
  galleryBase: at('gallery/'),
});

const style = document.createElement('style');
style.textContent = themeStyles;
document.head.append(style);

/** Light or dark page around every story (toolbar "Theme", or a story's `globals.theme`). */
const withTheme: Decorator = (story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  return html`<div class="klaslab-theme-${theme}" data-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Page theme around the elements',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every axe violation fails the story's test (vitest addon) and shows in the a11y panel.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
