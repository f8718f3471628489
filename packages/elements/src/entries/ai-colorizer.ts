import './defaults.js';
export * from '../components/ai-colorizer/define.js';
