import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'colorize',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Inference tests are CPU-bound; the browser parity test launches Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    execArgv: ['--expose-gc'],
  },
});
