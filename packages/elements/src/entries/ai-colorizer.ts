export * from '../components/ai-colorizer/define.js';
export { elementDefaults } from './defaults.js';
