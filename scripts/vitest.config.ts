import { defineProject } from 'vitest/config';

// Unit tests of the release scripts (file policy, size budgets, exports resolution).
export default defineProject({
  test: {
    name: 'scripts',
    include: ['test/**/*.test.mjs'],
    environment: 'node',
  },
});
