export * from '../components/ai-lesson/define.js';
export { elementDefaults } from './defaults.js';
