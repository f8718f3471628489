import type { FieldReader } from './draft.js';

/** The language: a BCP 47 tag, canonicalised (`nl-be` → `nl-BE`). */
export const readLanguage: FieldReader = (ctx, m, draft) => {
  const field = ctx.pick(m.language);
  if (!field) return;
  const bad = () =>
    ctx.report('EVENT_LANGUAGE_INVALID', field.key, {
      params: { value: String(field.value ?? '') },
      hintKey: 'HINT_LANGUAGE',
      dropped: 'language',
    });
  if (typeof field.value !== 'string' || field.value.trim() === '') return bad();
  try {
    draft.language = Intl.getCanonicalLocales(field.value.trim())[0];
  } catch {
    bad();
  }
};
