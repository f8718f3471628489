import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { EXAMPLE_EVENTS, shadowOf, themedCss, updated } from './helpers.js';

interface Args {
  lang: string;
  'heading-level': number;
  index: number;
}

const meta: Meta<Args> = {
  title: 'Elements/ai-event-card',
  component: 'ai-event-card',
  args: { lang: 'nl', 'heading-level': 2, index: 0 },
  argTypes: { index: { control: { type: 'range', min: 0, max: EXAMPLE_EVENTS.length - 1 } } },
  render: (args) => html`<ai-event-card
    lang=${args.lang}
    heading-level=${args['heading-level']}
    .event=${EXAMPLE_EVENTS[args.index]}
  ></ai-event-card>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-event-card');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-event-card');
    const r = root(canvasElement);
    await expect(r.querySelector('[part=title]')?.textContent).toContain('Workshop');
    await expect(r.querySelector('[part=where]')?.textContent).toContain('Gent');
    await expect(r.querySelector('[part=calendar]')).not.toBeNull();
  },
};

export const English: Story = {
  args: { lang: 'en', index: 1 },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-event-card');
    await expect(root(canvasElement).querySelector('[part=when]')?.textContent).toContain('April');
  },
};

export const French: Story = {
  args: { lang: 'fr', index: 2 },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-event-card');
    await expect(root(canvasElement).querySelector('[part=when]')?.textContent).toContain('mai');
  },
};

/** No event yet (nothing to show). */
export const Empty: Story = {
  render: (args) => html`<ai-event-card lang=${args.lang}></ai-event-card>`,
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const Themed: Story = {
  args: { lang: 'en' },
  render: (args) => html`<style>
      ${themedCss}
    </style>
    <div class="themed">${meta.render!(args, {} as never)}</div>`,
};
