import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { shadowOf, themedCss, updated } from './helpers.js';

interface Args {
  lang: string;
  loading: 'lazy' | 'eager';
  panels: string;
  'no-samples': boolean;
  'model-src'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/ai-colorizer',
  component: 'ai-colorizer',
  args: { lang: 'nl', loading: 'lazy', panels: 'alternatives confidence', 'no-samples': false },
  render: (args) => html`<ai-colorizer
    lang=${args.lang}
    loading=${args.loading}
    panels=${args.panels}
    ?no-samples=${args['no-samples']}
    model-src=${args['model-src'] ?? nothing}
  ></ai-colorizer>`,
  parameters: {
    docs: {
      description: {
        component:
          "Runs the real default model (KlasLab-small) with the real ONNX Runtime in a Web Worker; Storybook serves the model, the runtime's .wasm and the worker itself.",
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-colorizer');

/** Nothing is loaded until the visitor chooses a photo (`loading="lazy"`). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-colorizer');
    const r = root(canvasElement);
    await expect(r.querySelector('[part=privacy]')?.textContent).toContain(
      'Je foto verlaat je toestel niet',
    );
    await expect(r.querySelector('[part=choose]')?.textContent).toBe('Kies een foto');
    await expect(r.querySelectorAll('[part=samples] button')).toHaveLength(3);
    await expect(r.querySelector('[part=progress]')).toBeNull();
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-colorizer');
    await expect(root(canvasElement).querySelector('[part=choose]')?.textContent).toBe(
      'Choose a photo',
    );
  },
};

export const French: Story = {
  args: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-colorizer');
    await expect(root(canvasElement).querySelector('[part=choose]')?.textContent).not.toBe(
      'Kies een foto',
    );
    await expect(
      root(canvasElement).querySelector('[part=samples] button')?.getAttribute('aria-label'),
    ).toContain('poissons dans un aquarium');
  },
};

/**
 * The model download in progress. The real download of the 3 MB default model is over in a blink
 * on localhost, so the story holds the element's model controller at 40 % to be looked at.
 */
export const Loading: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ai-colorizer') as HTMLElement & {
      updateComplete: Promise<unknown>;
      requestUpdate(): void;
    };
    const model = (el as unknown as { model: { state: string; progress: number } }).model;
    model.state = 'loading';
    model.progress = 0.4;
    el.requestUpdate();
    await el.updateComplete;
    const r = root(canvasElement);
    await expect(r.querySelector('[part=progress]')).not.toBeNull();
    await expect(r.querySelector('[part=status]')?.textContent).toContain('40 %');
    // Loading (which starts when the element comes into view) does not block choosing a photo.
    await expect(r.querySelector('[part=samples] button')?.hasAttribute('disabled')).toBe(false);
  },
};

/** A sample photo colorized for real: default model, ONNX Runtime (WASM) in a worker; every panel. */
export const Colorized: Story = {
  args: { lang: 'en', panels: 'alternatives confidence channels' },
  play: async ({ canvasElement, step }) => {
    await updated(canvasElement, 'ai-colorizer');
    const r = root(canvasElement);
    const results: Event[] = [];
    canvasElement.addEventListener('ai-colorizer-result', (e) => results.push(e));
    await step('choose the first sample photo', async () => {
      (r.querySelector('[part=samples] button') as HTMLButtonElement).click();
    });
    await waitFor(() => expect(results).toHaveLength(1), { timeout: 90_000, interval: 250 });
    await waitFor(() => expect(r.querySelector('[part=compare] canvas')).not.toBeNull());
    await expect(r.querySelector('[part=status]')?.textContent).toMatch(/^\s*Done/);
    await expect(r.querySelector('[part=error]')?.textContent?.trim()).toBe('');
    await expect(r.querySelectorAll('[part=channels] canvas')).toHaveLength(3);
    await expect(r.querySelector('[part=confidence] canvas')).not.toBeNull();
    await step('the comparison slider works from the keyboard', async () => {
      const slider = r.querySelector('[part=slider]') as HTMLInputElement;
      slider.focus();
      slider.value = '80';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await updated(canvasElement, 'ai-colorizer');
      await expect(slider.getAttribute('aria-valuetext')).toContain('80');
    });
  },
};

/** A file that is not a photo: a clear message in the alert region (no model needed). */
export const ErrorNotAPhoto: Story = {
  name: 'Error: not a photo',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('ai-colorizer') as HTMLElement & {
      colorize(input: Blob, name?: string): Promise<unknown>;
    };
    await el.colorize(new Blob(['not a photo'], { type: 'text/plain' }), 'notes.txt');
    await updated(canvasElement, 'ai-colorizer');
    const alert = root(canvasElement).querySelector('[part=error]');
    await expect(alert?.getAttribute('role')).toBe('alert');
    await expect(alert?.textContent).toContain('JPEG');
  },
};

/** The model cannot be loaded (wrong `model-src`): the error state. */
export const ErrorModelMissing: Story = {
  name: 'Error: model missing',
  args: { lang: 'en', loading: 'eager', 'model-src': 'models/missing/model.json' },
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(root(canvasElement).querySelector('[part=error]')?.textContent).toContain(
          'could not be loaded',
        ),
      { timeout: 30_000 },
    );
  },
};

export const Dark: Story = {
  args: { lang: 'en' },
  globals: { theme: 'dark' },
};

/** CSS custom properties and `::part()` from the page (see the story's source). */
export const Themed: Story = {
  args: { lang: 'en' },
  render: (args) => html`<style>
      ${themedCss}
    </style>
    <div class="themed">${meta.render!(args, {} as never)}</div>`,
};
