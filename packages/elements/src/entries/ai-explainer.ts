export { elementDefaults } from './defaults.js';
export * from '../components/ai-explainer/define.js';
