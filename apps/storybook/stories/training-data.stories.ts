import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { shadowOf, updated } from './helpers.js';

interface Args {
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Lesson kit/ai-training-data',
  component: 'ai-training-data',
  args: { lang: 'nl' },
  render: (args) => html`<ai-training-data lang=${args.lang}></ai-training-data>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-training-data');

export const Dutch: Story = {
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-training-data');
    // Every number comes from the default model's facts.json, served by Storybook.
    await waitFor(() => expect(root(canvasElement).querySelector('.summary')).not.toBeNull(), {
      timeout: 15_000,
    });
    await expect(root(canvasElement).querySelectorAll('[data-subject]').length).toBeGreaterThan(3);
    await expect(root(canvasElement).querySelectorAll('[part=missing] li').length).toBeGreaterThan(
      0,
    );
  },
};
export const English: Story = { args: { lang: 'en' } };
export const French: Story = { args: { lang: 'fr' } };
export const FactsMissing: Story = {
  name: 'Error: facts.json not found',
  render: () => html`<ai-training-data facts-src="nowhere/facts.json"></ai-training-data>`,
};
