import { EXPLAINER_TOPICS, type ExplainerTopic } from '@klaslab/elements/ai-explainer';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { shadowOf, themedCss, updated } from './helpers.js';

type Topic = ExplainerTopic;
type Level = 'po' | 'vo' | 'mbo';

interface Args {
  lang: string;
  topic: Topic;
  level: Level;
  'no-figure': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/ai-explainer',
  component: 'ai-explainer',
  args: { lang: 'nl', topic: 'generative-ai', level: 'vo', 'no-figure': false },
  argTypes: {
    topic: { control: 'select', options: [...EXPLAINER_TOPICS] },
    level: { control: 'inline-radio', options: ['po', 'vo', 'mbo'] },
  },
  render: (args) => html`<ai-explainer
    lang=${args.lang}
    topic=${args.topic}
    level=${args.level}
    ?no-figure=${args['no-figure']}
  ></ai-explainer>`,
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-explainer');

function topicLevel(topic: Topic, level: Level): Story {
  return {
    name: `${topic} · ${level}`,
    args: { topic, level },
    play: async ({ canvasElement }) => {
      await updated(canvasElement, 'ai-explainer');
      const r = root(canvasElement);
      await expect(r.querySelector('[part=title]')?.textContent?.trim()).not.toBe('');
      await expect(r.querySelectorAll('[part=text] p').length).toBeGreaterThan(0);
      await expect(r.querySelector('[part=figure] ai-colorizer')).not.toBeNull();
      if (topic === 'bias') {
        // The model card facts come from the default model's model.json, served by Storybook.
        await waitFor(() => expect(r.querySelector('[part=model-card]')).not.toBeNull(), {
          timeout: 15_000,
        });
      }
    },
  };
}

export const GenerativeAiPo = topicLevel('generative-ai', 'po');
export const GenerativeAiVo = topicLevel('generative-ai', 'vo');
export const GenerativeAiMbo = topicLevel('generative-ai', 'mbo');
export const ColorizationPo = topicLevel('colorization', 'po');
export const ColorizationVo = topicLevel('colorization', 'vo');
export const ColorizationMbo = topicLevel('colorization', 'mbo');
export const BiasPo = topicLevel('bias', 'po');
export const BiasVo = topicLevel('bias', 'vo');
export const BiasMbo = topicLevel('bias', 'mbo');

/** A text-only topic: the measured energy of one colorization next to a published estimate. */
export const EnergyVo: Story = {
  name: 'energy · vo',
  args: { topic: 'energy', level: 'vo', lang: 'en' },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-explainer');
    const r = root(canvasElement);
    await expect(r.querySelector('[part=figure]')).toBeNull();
    await expect(r.querySelector('[part=sources]')?.textContent).toContain('arXiv:2311.16863');
  },
};

export const ProbabilityPo: Story = {
  name: 'probability · po',
  args: { topic: 'probability', level: 'po' },
};

export const PromptingMbo: Story = {
  name: 'prompting · mbo',
  args: { topic: 'prompting', level: 'mbo', lang: 'fr' },
};

export const English: Story = {
  args: { lang: 'en', topic: 'colorization' },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-explainer');
    const nl = root(canvasElement).querySelector('[part=title]')?.textContent;
    await expect(nl).toBeTruthy();
  },
};

export const French: Story = {
  args: { lang: 'fr', topic: 'bias' },
};

/** Text only (`no-figure`). */
export const WithoutFigure: Story = {
  args: { 'no-figure': true },
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-explainer');
    await expect(root(canvasElement).querySelector('[part=figure]')).toBeNull();
  },
};

export const Dark: Story = {
  args: { lang: 'en' },
  globals: { theme: 'dark' },
};

export const Themed: Story = {
  args: { lang: 'en' },
  render: (args) => html`<style>
      ${themedCss}
    </style>
    <div class="themed">${meta.render!(args, {} as never)}</div>`,
};
