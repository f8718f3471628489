import { define } from '../../shared/define.js';
import { AiTeacherGuide } from './ai-teacher-guide.js';

export type { Sheet } from './ai-teacher-guide.js';
export { AiTeacherGuide };

define('ai-teacher-guide', AiTeacherGuide);
