import { defineCollection } from 'astro:content';
import { eventsLoader } from '@klaslab/events/astro';

// The school's event files (Markdown with YAML frontmatter), read by @klaslab/events: drafts are
// left out, recurring events keep their rule, every problem is logged with file:line:col.
export const collections = {
  events: defineCollection({
    loader: eventsLoader({ base: './src/content/events', timeZone: 'Europe/Brussels' }),
  }),
};
