export * from '../components/ai-event-list/define.js';
