import { KlasLabError } from '@klaslab/core';
import type { ColorizerText } from './messages.js';

/** The plain-language message for a failure, from its code (the code itself goes in the event). */
export function describeError(error: unknown, t: ColorizerText, maxPixels: number): string {
  if (!KlasLabError.is(error)) return t('errorGeneric');
  const d = error.details ?? {};
  if (error.code === 'IMAGE_TOO_LARGE') {
    const w = Number(d.width) || 0;
    const h = Number(d.height) || 0;
    const limit = Number(d.limit) || maxPixels;
    return t('errorTooLarge', {
      megapixels: Math.round((w * h) / 1e5) / 10,
      limit: Math.round(limit / 1e5) / 10,
    });
  }
  // The file's name (when the page gave one) says which of several dropped files failed.
  if (/^IMAGE_/.test(error.code))
    return typeof d.file === 'string' && d.file
      ? t('errorNotImageNamed', { name: d.file })
      : t('errorNotImage');
  if (/^MODEL_/.test(error.code) || error.code === 'COLORIZE_WORKER_FAILED') return t('errorModel');
  return t('errorGeneric');
}
