import { defineConfig } from 'vitest/config';

// One root run covers every workspace: each package keeps its own vitest config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'models/eval', 'scripts'],
  },
});
