import { defineConfig } from 'vitest/config';

// The corpus run is separate from `npm test`: it reads ../shared/corpus/events (never copied here).
export default defineConfig({
  test: {
    name: 'events-corpus',
    include: ['corpus/**/*.corpus.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
