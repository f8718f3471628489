import { define } from '../../shared/define.js';
import { AiQuiz } from './ai-quiz.js';

export { AiQuiz };

define('ai-quiz', AiQuiz);
