import { type KlasEvent, parseEvents } from '@klaslab/events';
import workshop from '../examples/events/2027-03-10-ai-workshop.md?raw';
import teachers from '../examples/events/2027-04-21-teacher-evening.md?raw';
import openDay from '../examples/events/2027-05-15-open-day.md?raw';

/**
 * A file Storybook serves (see .storybook/assets.ts), as an absolute URL: relative to the Storybook
 * root, whether that is a folder of a static server, the dev server or the vitest browser page.
 */
export function served(paths: string): string {
  const root = new URL(import.meta.env.BASE_URL || './', document.baseURI);
  return paths
    .trim()
    .split(/\s+/)
    .map((p) => new URL(p, root).href)
    .join(' ');
}

/** The example event files (apps/storybook/examples/events), as Storybook serves them. */
export const EVENT_FILES = [
  'events/2027-03-10-ai-workshop.md',
  'events/2027-04-21-teacher-evening.md',
  'events/2027-05-15-open-day.md',
];

/** The same files parsed in the story (for `<ai-event-card .event>` and `<ai-event-list .events>`). */
export const EXAMPLE_EVENTS: KlasEvent[] = parseEvents(
  [
    { file: EVENT_FILES[0]!, text: workshop },
    { file: EVENT_FILES[1]!, text: teachers },
    { file: EVENT_FILES[2]!, text: openDay },
  ],
  { timeZone: 'Europe/Brussels' },
).events;

/** A fixed "now" so the upcoming/past split never depends on the day the stories run. */
export const NOW = new Date('2027-01-15T12:00:00Z');

/** The element's shadow root (the stories' assertions look inside it). */
export function shadowOf(canvasElement: HTMLElement, tag: string): ShadowRoot {
  const el = canvasElement.querySelector(tag);
  if (!el?.shadowRoot) throw new Error(`<${tag}> has no shadow root`);
  return el.shadowRoot;
}

/** Waits for Lit's pending render. */
export async function updated(canvasElement: HTMLElement, tag: string): Promise<void> {
  const el = canvasElement.querySelector(tag) as
    | (HTMLElement & { updateComplete?: Promise<unknown> })
    | null;
  await el?.updateComplete;
}

/** Page CSS for the "Themed" stories: the custom properties and parts each element documents. */
export const themedCss = `
  .themed :is(ai-colorizer, ai-event-list, ai-event-card, ai-explainer) {
    --klaslab-accent: #6b2fa3;
    --klaslab-border: #6b2fa3;
    --klaslab-surface: #fbf7ff;
    --klaslab-radius: 1rem;
    --klaslab-font: Georgia, 'Times New Roman', serif;
    --ai-colorizer-max-width: 40rem;
    --ai-colorizer-divider: #ffd400;
    --ai-event-list-gap: 1.5rem;
    --ai-event-list-month-size: 1.6rem;
    --ai-event-card-padding: 1.5rem;
    --ai-event-card-title-size: 1.5rem;
    --ai-explainer-max-width: 40rem;
  }
  .themed ai-colorizer::part(choose) { border-radius: 999px; text-transform: uppercase; }
  .themed ai-colorizer::part(privacy) { font-style: italic; }
  .themed ai-event-card::part(title) { color: #4a1d75; }
  .themed ai-event-card::part(calendar) { border-style: dashed; }
  .themed ai-event-list::part(month) { border-bottom: 3px solid #6b2fa3; }
  .themed ai-explainer::part(title) { color: #4a1d75; }
  .themed ai-explainer::part(question) { background: #f1e8fb; }
`;
