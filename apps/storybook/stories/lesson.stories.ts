import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { shadowOf, updated } from './helpers.js';

const STEPS = ['predict', 'colorize', 'reveal', 'probe', 'bias', 'confuse', 'discuss'] as const;

interface Args {
  lang: string;
  level: string;
  step: (typeof STEPS)[number];
  'teacher-open': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/ai-lesson',
  component: 'ai-lesson',
  // Stories never touch Storybook's own address: url="none".
  args: { lang: 'nl', level: 'vo', step: 'predict', 'teacher-open': true },
  argTypes: {
    level: { control: 'inline-radio', options: ['po', 'vo', 'mbo', 'lo', 'so1', 'so2', 'so3'] },
    step: { control: 'select', options: STEPS },
  },
  render: (args) => html`<ai-lesson
    url="none"
    lang=${args.lang}
    level=${args.level}
    step=${args.step}
    ?teacher-open=${args['teacher-open']}
  ></ai-lesson>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-lesson');

function atStep(step: Args['step'], extra: Partial<Args> = {}): Story {
  return {
    name: step,
    args: { step, ...extra },
    play: async ({ canvasElement }) => {
      await updated(canvasElement, 'ai-lesson');
      const r = root(canvasElement);
      await expect(r.querySelector('article')?.getAttribute('data-step')).toBe(step);
      await expect(r.querySelector('[aria-current=step]')?.textContent).toContain(
        `${STEPS.indexOf(step) + 1}.`,
      );
    },
  };
}

export const Predict = atStep('predict');
export const Colorize = atStep('colorize');
export const Reveal = atStep('reveal');
export const Probe = atStep('probe');
export const Bias = atStep('bias');
export const Confuse = atStep('confuse');
export const Discuss = atStep('discuss');

/** Next and previous, with the buttons and the keyboard. */
export const Navigate: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-lesson');
    const lesson = canvasElement.querySelector('ai-lesson')!;
    const next = [...root(canvasElement).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Next step'),
    )!;
    await userEvent.click(next);
    await waitFor(() => expect(lesson.getAttribute('step')).toBe('colorize'));
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(lesson.getAttribute('step')).toBe('reveal'));
  },
};

export const Primary: Story = { args: { level: 'po', lang: 'en', step: 'probe' } };
export const Vocational: Story = { args: { level: 'mbo', lang: 'fr', step: 'bias' } };
export const FlemishSecondary: Story = { name: 'Flemish 1st stage (so1)', args: { level: 'so1' } };
export const TeacherNotesClosed: Story = { args: { 'teacher-open': false, lang: 'en' } };
export const Dark: Story = { args: { lang: 'en', step: 'reveal' }, globals: { theme: 'dark' } };
