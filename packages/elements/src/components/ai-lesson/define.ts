import { define } from '../../shared/define.js';
import { AiLesson } from './ai-lesson.js';

export type { LessonEvents, LessonStepDetail, LessonUrlMode } from './ai-lesson.js';
export { STEP_IDS, STEPS, type StepId } from './steps.js';
export { AiLesson };

define('ai-lesson', AiLesson);
