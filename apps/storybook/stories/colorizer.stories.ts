import { drawHousePhoto } from '@klaslab/browser-testing/photos';
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
  temperature?: number;
  view: 'compare' | 'truth' | 'original';
  'no-probe': boolean;
  overlay: boolean;
  'overlay-opacity': number;
  'share-state': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/ai-colorizer',
  component: 'ai-colorizer',
  args: {
    lang: 'nl',
    loading: 'lazy',
    panels: 'alternatives confidence',
    'no-samples': false,
    view: 'compare',
    'no-probe': false,
    overlay: false,
    'overlay-opacity': 0.7,
    'share-state': false,
  },
  render: (args) => html`<ai-colorizer
    lang=${args.lang}
    loading=${args.loading}
    panels=${args.panels}
    ?no-samples=${args['no-samples']}
    model-src=${args['model-src'] ?? nothing}
    temperature=${args.temperature ?? nothing}
    view=${args.view}
    ?no-probe=${args['no-probe']}
    ?overlay=${args.overlay}
    overlay-opacity=${args['overlay-opacity']}
    ?share-state=${args['share-state']}
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

/** Chooses the first sample photo and waits until it is colorized for real. */
async function colorizeSample(canvasElement: HTMLElement): Promise<ShadowRoot> {
  await updated(canvasElement, 'ai-colorizer');
  const r = root(canvasElement);
  const results: Event[] = [];
  canvasElement.addEventListener('ai-colorizer-result', (e) => results.push(e));
  (r.querySelector('[part=samples] button') as HTMLButtonElement).click();
  await waitFor(() => expect(results).toHaveLength(1), { timeout: 120_000, interval: 250 });
  await updated(canvasElement, 'ai-colorizer');
  return r;
}

/** Mean colour variety of the colorized picture (spread of R − G, G − B around their mean). */
function variety(r: ShadowRoot): number {
  const c = r.querySelector('canvas.after') as HTMLCanvasElement;
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  const n = d.length / 4;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < d.length; i += 4) {
    ma += d[i]! - d[i + 1]!;
    mb += d[i + 1]! - d[i + 2]!;
  }
  let sum = 0;
  for (let i = 0; i < d.length; i += 4)
    sum += Math.hypot(d[i]! - d[i + 1]! - ma / n, d[i + 1]! - d[i + 2]! - mb / n);
  return sum / n;
}

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

/** The pixel probe open: the model's top colours at one spot, with percentages as text. */
export const ProbeOpen: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const r = await colorizeSample(canvasElement);
    const probes: CustomEvent[] = [];
    canvasElement.addEventListener('ai-colorizer-probe', (e) => probes.push(e as CustomEvent));
    const figure = r.querySelector('figure.compare') as HTMLElement;
    figure.focus();
    figure.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitFor(() => expect(r.querySelector('[part=probe]')).not.toBeNull(), {
      timeout: 30_000,
    });
    await expect(r.querySelectorAll('[part=probe] li')).toHaveLength(6);
    const detail = probes.at(-1)!.detail as { top: { probability: number }[]; other: number };
    await expect(r.querySelector('[part=probe] .bar-value')?.textContent?.trim()).toBe(
      `${Math.round(detail.top[0]!.probability * 100)} %`,
    );
    await expect(r.querySelector('.probe-summary')?.textContent).toContain('Certainty here');
  },
};

/** Temperature low: bold, each spot gets the model's favourite colour. */
export const TemperatureBold: Story = {
  args: { lang: 'en', temperature: 0.05 },
  play: async ({ canvasElement }) => {
    const r = await colorizeSample(canvasElement);
    await expect((r.querySelector('#temperature') as HTMLInputElement).value).toBe('0.05');
    await expect(r.querySelector('#temperature')?.getAttribute('aria-valuetext')).toContain('0.05');
    await expect(variety(r)).toBeGreaterThan(5);
  },
};

/** Temperature high: cautious, many colours mixed, so they grow alike with a warm brownish tint. */
export const TemperatureCautious: Story = {
  args: { lang: 'en', temperature: 2 },
  play: async ({ canvasElement }) => {
    const r = await colorizeSample(canvasElement);
    await expect((r.querySelector('#temperature') as HTMLInputElement).value).toBe('2');
    await expect(r.querySelector('#temperature')?.getAttribute('aria-valuetext')).toContain('2.00');
  },
};

/**
 * The truth view: a photo with real colours (drawn here: sky, grass, a red house) is kept, and
 * the AI's colours are compared with the real ones, with a closeness score.
 */
export const TruthView: Story = {
  args: { lang: 'nl', view: 'truth', 'no-samples': true, overlay: true },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-colorizer');
    const blob = await drawHousePhoto();
    const el = canvasElement.querySelector('ai-colorizer') as HTMLElement & {
      colorize(b: Blob, name: string): Promise<unknown>;
    };
    await el.colorize(blob, 'huis.png');
    await updated(canvasElement, 'ai-colorizer');
    const r = root(canvasElement);
    await waitFor(() => expect(r.querySelector('canvas.truth')).not.toBeNull());
    await expect((r.querySelector('input[value=truth]') as HTMLInputElement).checked).toBe(true);
    await expect(r.querySelector('[part=closeness]')?.textContent).toMatch(
      /Bij \d+ % van de pixels .* Gemiddeld verschil: \d+,\d/,
    );
  },
};

/**
 * A shared link: `share-state` reads the sample, seed, temperature and view from the page URL
 * (here `?colorizer-sample=windmill&colorizer-seed=5&colorizer-temperature=0.6`).
 */
export const SharedUrl: Story = {
  name: 'Shared URL',
  args: { lang: 'fr', 'share-state': true },
  render: (args) => {
    const url = new URL(location.href);
    url.searchParams.set('colorizer-sample', 'windmill');
    url.searchParams.set('colorizer-seed', '5');
    url.searchParams.set('colorizer-temperature', '0.6');
    history.replaceState(history.state, '', url);
    return meta.render!(args, {} as never);
  },
  play: async ({ canvasElement }) => {
    const r = root(canvasElement);
    await waitFor(
      () => expect(r.querySelector('canvas.after')?.getAttribute('aria-label')).toContain('moulin'),
      { timeout: 120_000, interval: 250 },
    );
    await expect((r.querySelector('#temperature') as HTMLInputElement).value).toBe('0.6');
    await waitFor(() =>
      expect(new URL(location.href).searchParams.get('colorizer-seed')).toBe('5'),
    );
    // Leave the page's URL as it was for the next story.
    const url = new URL(location.href);
    for (const k of [...url.searchParams.keys()])
      if (k.startsWith('colorizer-')) url.searchParams.delete(k);
    history.replaceState(history.state, '', url);
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
