export * from '../components/ai-teacher-guide/define.js';
export { elementDefaults } from './defaults.js';
