import { define } from '../../shared/define.js';
import { AiTrainingData } from './ai-training-data.js';

export { AiTrainingData };

define('ai-training-data', AiTrainingData);
