import { define } from '../../shared/define.js';
import { AiExplainer } from './ai-explainer.js';

/** The explainer's topics, in order (for pickers and tests). */
export { TOPICS as EXPLAINER_TOPICS, type Topic as ExplainerTopic } from './content.js';
export { AiExplainer };

define('ai-explainer', AiExplainer);
