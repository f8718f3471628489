export { elementDefaults } from './defaults.js';
export * from '../components/ai-colorizer/define.js';
