import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { shadowOf, updated } from './helpers.js';

interface Args {
  lang: string;
  level: string;
  group: string;
}

const meta: Meta<Args> = {
  title: 'Lesson kit/ai-gallery',
  component: 'ai-gallery',
  args: { lang: 'nl', level: 'vo', group: '' },
  argTypes: {
    level: { control: 'inline-radio', options: ['po', 'vo', 'mbo', 'lo', 'so1', 'so2', 'so3'] },
    group: {
      control: 'select',
      options: [
        '',
        'any-colour',
        'people',
        'unlike-training',
        'historical',
        'drawings',
        'confuse',
        'sure-but-wrong',
      ],
    },
  },
  render: (args) =>
    html`<ai-gallery lang=${args.lang} level=${args.level} group=${args.group}></ai-gallery>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-gallery');

export const AllGroups: Story = {
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-gallery');
    await waitFor(
      () =>
        expect(root(canvasElement).querySelectorAll('.thumb').length).toBeGreaterThanOrEqual(24),
      {
        timeout: 15_000,
      },
    );
    await expect(root(canvasElement).querySelectorAll('[part=group]').length).toBe(7);
  },
};

export const OnePhotoChosen: Story = {
  name: 'A photo chosen (English, primary)',
  args: { lang: 'en', level: 'po', group: 'sure-but-wrong' },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-gallery');
    await waitFor(() => expect(root(canvasElement).querySelector('.thumb')).not.toBeNull(), {
      timeout: 15_000,
    });
    await userEvent.click(root(canvasElement).querySelector('.thumb') as HTMLElement);
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[part=question]')).not.toBeNull(),
    );
  },
};

export const People: Story = { args: { group: 'people', lang: 'fr', level: 'so3' } };
export const Confuse: Story = { args: { group: 'confuse', level: 'mbo' } };
