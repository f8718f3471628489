import { define } from '../../shared/define.js';
import { AiEventList } from './ai-event-list.js';

export { AiEventList };

define('ai-event-list', AiEventList);
