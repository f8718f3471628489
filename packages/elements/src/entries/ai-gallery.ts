export * from '../components/ai-gallery/define.js';
export { elementDefaults } from './defaults.js';
