import { defineConfig } from 'tsup';

// Per-element ESM for bundlers: every file lands flat in dist/ (entries and shared chunks), so
// `new URL('./samples/', import.meta.url)` holds everywhere. lit and @klaslab/* stay external.
// The standalone dist/klaslab-elements.js is built by scripts/build-standalone.mjs.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'ai-colorizer': 'src/entries/ai-colorizer.ts',
    'ai-event-list': 'src/entries/ai-event-list.ts',
    'ai-event-card': 'src/entries/ai-event-card.ts',
    'ai-explainer': 'src/entries/ai-explainer.ts',
    'ai-gallery': 'src/entries/ai-gallery.ts',
    'ai-quiz': 'src/entries/ai-quiz.ts',
    'ai-training-data': 'src/entries/ai-training-data.ts',
    'ai-lesson': 'src/entries/ai-lesson.ts',
    'ai-teacher-guide': 'src/entries/ai-teacher-guide.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  clean: true,
  external: [/^lit/, /^@lit\//, /^@klaslab\//],
});
