import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  EVENT_FILES,
  EXAMPLE_EVENTS,
  NOW,
  served,
  shadowOf,
  themedCss,
  updated,
} from './helpers.js';

interface Args {
  lang: string;
  src?: string;
  'show-past': boolean;
  limit?: number;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Elements/ai-event-list',
  component: 'ai-event-list',
  args: { lang: 'nl', src: EVENT_FILES.join(' '), 'show-past': false, 'heading-level': 2 },
  render: (args) => html`<ai-event-list
    lang=${args.lang}
    src=${args.src ? served(args.src) : nothing}
    ?show-past=${args['show-past']}
    limit=${args.limit ?? nothing}
    heading-level=${args['heading-level']}
    .now=${NOW}
  ></ai-event-list>`,
  parameters: {
    docs: {
      description: {
        component:
          'Reads the Markdown event files in apps/storybook/examples/events (parsed in the browser by @klaslab/events).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const root = (c: HTMLElement) => shadowOf(c, 'ai-event-list');
const cards = (c: HTMLElement) => root(c).querySelectorAll('ai-event-card');

async function loaded(c: HTMLElement, count: number): Promise<void> {
  await waitFor(() => expect(cards(c)).toHaveLength(count), {
    timeout: 15_000,
    onTimeout: (error) => new Error(`${error.message}\n${root(c).innerHTML}`),
  });
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, 3);
    await expect(root(canvasElement).querySelectorAll('[part=month]').length).toBe(3);
  },
};

export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => loaded(canvasElement, 3),
};

export const French: Story = {
  args: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, 3);
    await expect(
      root(canvasElement).querySelector('[part=month]')?.textContent?.toLowerCase(),
    ).toContain('mars');
  },
};

export const Loading: Story = {
  args: { src: undefined },
  render: (args) => html`<ai-event-list lang=${args.lang} .state=${'loading'}></ai-event-list>`,
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-event-list');
    await expect(root(canvasElement).querySelector('[part=state]')?.getAttribute('role')).toBe(
      'status',
    );
  },
};

/** A file that is not there: the error state (an alert). */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: 'events/does-not-exist.md', lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[role=alert]')).not.toBeNull(), {
      timeout: 15_000,
    });
  },
};

export const Empty: Story = {
  args: { src: undefined },
  render: (args) =>
    html`<ai-event-list lang=${args.lang} .events=${[]} .now=${NOW}></ai-event-list>`,
  play: async ({ canvasElement }) => {
    await updated(canvasElement, 'ai-event-list');
    await expect(cards(canvasElement)).toHaveLength(0);
    await expect(root(canvasElement).querySelector('[part=state]')?.textContent?.trim()).not.toBe(
      '',
    );
  },
};

/** Events passed as a property (`.events`), limited to the next two. */
export const FromProperty: Story = {
  args: { src: undefined, lang: 'en' },
  render: (args) =>
    html`<ai-event-list lang=${args.lang} .events=${EXAMPLE_EVENTS} limit="2" .now=${NOW}></ai-event-list>`,
  play: async ({ canvasElement }) => loaded(canvasElement, 2),
};

export const Dark: Story = {
  args: { lang: 'en' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => loaded(canvasElement, 3),
};

export const Themed: Story = {
  args: { lang: 'en' },
  render: (args) => html`<style>
      ${themedCss}
    </style>
    <div class="themed">${meta.render!(args, {} as never)}</div>`,
  play: async ({ canvasElement }) => loaded(canvasElement, 3),
};
