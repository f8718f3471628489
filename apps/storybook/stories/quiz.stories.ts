import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { shadowOf, updated } from './helpers.js';

interface Args {
  lang: string;
  count: number;
  seed: number;
}

const meta: Meta<Args> = {
  title: 'Lesson kit/ai-quiz',
  component: 'ai-quiz',
  args: { lang: 'nl', count: 8, seed: 1 },
  render: (args) =>
    html`<ai-quiz lang=${args.lang} count=${args.count} seed=${args.seed}></ai-quiz>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-quiz');

export const Intro: Story = {};

export const FullRound: Story = {
  name: 'A whole round, always answering "real"',
  args: { lang: 'en', count: 4 },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-quiz');
    await waitFor(() => expect(root(canvasElement).querySelector('.start')).not.toBeNull(), {
      timeout: 15_000,
    });
    await userEvent.click(root(canvasElement).querySelector('.start') as HTMLElement);
    for (let n = 0; n < 4; n++) {
      await waitFor(() =>
        expect(root(canvasElement).querySelector('[data-guess=real]')).not.toBeNull(),
      );
      await userEvent.click(root(canvasElement).querySelector('[data-guess=real]') as HTMLElement);
      await waitFor(() => expect(root(canvasElement).querySelector('.next')).not.toBeNull());
      await userEvent.click(root(canvasElement).querySelector('.next') as HTMLElement);
    }
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part=score]')?.textContent).toMatch(/of 4 right/),
    );
  },
};

export const French: Story = { args: { lang: 'fr' } };
