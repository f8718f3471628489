// Node resolve hook (registered by vitest.config.ts): lets @vitest/browser's and
// @vitest/browser-playwright's nested copies of @vitest/mocker import `vite`. npm cannot hoist vite
// to the root node_modules while the root pins esbuild 0.25 (vite 8 wants esbuild ^0.27 as an
// optional peer), so it lands under vitest/ and apps/storybook/ only; this hands those imports
// the same vite that vitest itself runs.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const fromVitest = createRequire(createRequire(import.meta.url).resolve('vitest/package.json'));

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!/^vite(\/|$)/.test(specifier) || !context.parentURL?.includes('/node_modules/@vitest/'))
      throw error;
    const vitestDir = new URL('.', pathToFileURL(fromVitest.resolve('vitest/package.json')));
    return nextResolve(specifier, {
      ...context,
      parentURL: new URL('package.json', vitestDir).href,
    });
  }
}
