import { configure } from 'storybook/test';
import { afterEach, beforeEach, expect, vi } from 'vitest';

// A play function's `waitFor` gives up after 1 s by default: too short for a busy CI machine, where
// a click's re-render or a recolour in the worker can take longer. A story that fails still fails.
configure({ asyncUtilTimeout: 15_000 });

// Any console.error while a story renders or plays fails that story.
let errors: unknown[][] = [];
let spy: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  spy?.mockRestore();
  expect(
    errors.map((args) => args.map(String).join(' ')),
    'console.error during the story',
  ).toEqual([]);
});

// Lit once on the page: a second lit-html (see lit-deps.ts) would keep its own template caches and
// directive classes, and Lit's dev build warns "Multiple versions of Lit loaded".
afterEach(() => {
  const { litHtmlVersions } = globalThis as { litHtmlVersions?: string[] };
  expect(litHtmlVersions, 'lit-html copies on the page').toHaveLength(1);
});
