export * from '../components/ai-explainer/define.js';
export { elementDefaults } from './defaults.js';
