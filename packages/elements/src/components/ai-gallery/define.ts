import { define } from '../../shared/define.js';
import { AiGallery } from './ai-gallery.js';

export { AiGallery };

define('ai-gallery', AiGallery);
