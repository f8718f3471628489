import { define } from '../../shared/define.js';
import { AiEventCard } from './ai-event-card.js';

export { AiEventCard };

define('ai-event-card', AiEventCard);
