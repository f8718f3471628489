import { defineConfig } from 'astro/config';

// A static site: `astro build` writes dist/.
export default defineConfig({
  site: 'https://www.sint-jozefscollege.example',
});
