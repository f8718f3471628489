export * from '../components/ai-quiz/define.js';
export { elementDefaults } from './defaults.js';
