import { sanitizeText } from '../../text/plain-text.js';
import { typeName } from '../context.js';
import type { FieldContext } from '../field-context.js';
import { type FieldReader, missing } from './draft.js';

/** Text of a scalar field (numbers and booleans as written); reports other types. */
export function scalarText(
  ctx: FieldContext,
  key: string,
  value: unknown,
  dropped = 'event',
): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    const raw = ctx.info(key).raw;
    return raw !== undefined && raw.trim() !== '' ? raw.trim() : String(value);
  }
  if (value === null) return '';
  ctx.report('EVENT_FIELD_TYPE', key, {
    params: { expected: 'text', actual: typeName(value) },
    dropped,
  });
  return undefined;
}

/** The title: required, plain text. */
export const readTitle: FieldReader = (ctx, m, draft) => {
  const field = ctx.pick(m.title);
  if (!field) return missing(ctx, 'EVENT_TITLE_MISSING', m.title, draft);
  const title = scalarText(ctx, field.key, field.value);
  if (title === undefined) draft.rejected = true;
  else if (title.trim() === '') {
    ctx.report('EVENT_TITLE_MISSING', field.key, {
      params: { keys: field.key },
      dropped: 'event',
    });
    draft.rejected = true;
  } else draft.title = sanitizeText(title).trim();
};
