import './defaults.js';
export * from '../components/ai-explainer/define.js';
