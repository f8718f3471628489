/**
 * @packageDocumentation
 * KlasLab web components. Importing this module registers every element; import
 * `@klaslab/elements/ai-colorizer` (etc.) to register only one.
 */
export type {
  AiColorizerEvents,
  AiColorizerView,
} from './components/ai-colorizer/ai-colorizer.js';
export { AiColorizer } from './components/ai-colorizer/define.js';
export { registerOffline } from './components/ai-colorizer/offline.js';
export { AiEventCard } from './components/ai-event-card/define.js';
export { AiEventList } from './components/ai-event-list/define.js';
export { AiExplainer } from './components/ai-explainer/define.js';
export { AiGallery } from './components/ai-gallery/define.js';
export { AiLesson } from './components/ai-lesson/define.js';
export { AiQuiz } from './components/ai-quiz/define.js';
export { AiTeacherGuide } from './components/ai-teacher-guide/define.js';
export { AiTrainingData } from './components/ai-training-data/define.js';
export { type ElementDefaults, getDefaults, setDefaults } from './shared/config.js';
export { renderMarkdown } from './shared/markdown.js';
export { safeUrl } from './shared/safe-url.js';
