export * from '../components/ai-training-data/define.js';
export { elementDefaults } from './defaults.js';
