import { canonicalTimeZone } from '../../dates/zone.js';
import type { FieldReader } from './draft.js';

/** The file's own zone; an unknown one is reported and the caller's zone is kept. */
export const readTimeZone: FieldReader = (ctx, m, draft) => {
  const field = ctx.pick(m.timeZone);
  if (!field) return;
  const zone = typeof field.value === 'string' ? canonicalTimeZone(field.value.trim()) : undefined;
  if (zone) draft.timeZone = zone;
  else {
    ctx.report('EVENT_TIMEZONE_INVALID', field.key, {
      params: { value: String(field.value), fallback: draft.timeZone },
      hintKey: 'HINT_TIMEZONE',
      dropped: field.key,
    });
  }
};
