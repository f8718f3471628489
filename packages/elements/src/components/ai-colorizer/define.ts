import { define } from '../../shared/define.js';
import { AiColorizer } from './ai-colorizer.js';

export { AiColorizer };

define('ai-colorizer', AiColorizer);
