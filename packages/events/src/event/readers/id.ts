import { fnv1a, sanitizeId, slugOfFile } from '../../text/slug.js';
import { describe } from '../context.js';
import type { FieldReader } from './draft.js';

/**
 * The stable id (the UID's left side): the `anchor`/`slug`/`uid` key, else the file's slug (a page
 * bundle's folder), else a fingerprint of title and start.
 */
export const readId: FieldReader = (ctx, m, draft) => {
  const field = ctx.pick(m.id);
  if (field) {
    const text =
      typeof field.value === 'string' || typeof field.value === 'number'
        ? sanitizeId(String(field.value))
        : '';
    if (text !== '') {
      draft.id = text;
      return;
    }
    ctx.report('EVENT_FIELD_EMPTY', field.key);
  }
  if (ctx.file !== undefined) {
    const slug = slugOfFile(ctx.file);
    if (slug !== '') {
      draft.id = slug;
      return;
    }
  }
  // No anchor and no file: a fingerprint of what identifies the event, stable across runs.
  const start = draft.start ? describe(draft.start) : '';
  draft.id = `event-${fnv1a(`${draft.title ?? ''}\u0000${start}`)}`;
};
