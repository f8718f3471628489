import { defineProject } from 'vitest/config';

// Node-side tests that build on dist/ (npm test builds first): the browser tests drive Debian's
// headless Chromium over a local server (test/helpers/harness.ts); ssr.test.ts imports the
// package in plain Node.
export default defineProject({
  test: {
    name: 'elements',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll gives up after 1 s by default: a decode or a worker's end can take longer on a
    // busy CI machine. A check that fails still fails, only later.
    expect: { poll: { timeout: 30_000 } },
  },
});
