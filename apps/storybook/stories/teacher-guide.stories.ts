import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { shadowOf, updated } from './helpers.js';

interface Args {
  lang: string;
  sheet: 'guide' | 'worksheet';
  level: string;
}

const meta: Meta<Args> = {
  title: 'Elements/ai-teacher-guide',
  component: 'ai-teacher-guide',
  args: { lang: 'nl', sheet: 'guide', level: '' },
  argTypes: {
    sheet: { control: 'inline-radio', options: ['guide', 'worksheet'] },
    level: { control: 'inline-radio', options: ['', 'po', 'vo', 'mbo', 'lo', 'so2'] },
  },
  render: (args) => html`<ai-teacher-guide
    lang=${args.lang}
    sheet=${args.sheet}
    level=${args.level || nothing}
  ></ai-teacher-guide>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-teacher-guide');

export const Guide: Story = {
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-teacher-guide');
    const r = root(canvasElement);
    // Seven steps in the timing table plus the total.
    await expect(r.querySelectorAll('[part=timing] tbody tr').length).toBe(8);
    await expect(r.querySelector('[part=failures] li')).not.toBeNull();
  },
};
export const GuideEnglish: Story = { args: { lang: 'en' } };
export const GuideFrenchPrimary: Story = { args: { lang: 'fr', level: 'po' } };
export const Worksheet: Story = {
  args: { sheet: 'worksheet', level: 'po' },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-teacher-guide');
    await expect(root(canvasElement).querySelectorAll('.lines').length).toBeGreaterThan(5);
  },
};
export const WorksheetEnglish: Story = { args: { sheet: 'worksheet', lang: 'en', level: 'mbo' } };
export const Dark: Story = { args: { lang: 'en' }, globals: { theme: 'dark' } };
