import { defineProject } from 'vitest/config';

// What `npm start` serves, checked in Debian's headless Chromium (playwright-core): the demo page
// and the built Storybook load, and both colorize a sample photo with the default model.
// Needs the builds (`npm test` runs `turbo run build` first).
export default defineProject({
  test: {
    name: 'demo',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
