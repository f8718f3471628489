import { defineProject } from 'vitest/config';

// Unit tests of the evaluation metrics (PSNR, SSIM, colourfulness); run by the root `npm test`.
export default defineProject({
  test: {
    name: 'model-eval',
    include: ['*.test.mjs'],
  },
});
