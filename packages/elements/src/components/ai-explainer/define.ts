import { define } from '../../shared/define.js';
import { AiExplainer } from './ai-explainer.js';

export { AiExplainer };

define('ai-explainer', AiExplainer);
