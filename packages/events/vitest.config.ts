import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'events',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Property tests and child processes (TZ checks, python3-icalendar) need more than the default.
    testTimeout: 30_000,
  },
});
