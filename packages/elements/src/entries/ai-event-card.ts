export * from '../components/ai-event-card/define.js';
