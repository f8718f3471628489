import { interpolate, type Locale, resolveLocale } from '../i18n/catalog.js';
import { KlasLabError } from './klaslab-error.js';

/** A translated error: `{name}` placeholders are filled from the error's `details`. */
export interface ErrorText {
  message: string;
  hint?: string;
}

/**
 * Translations of error texts by code, per language. English needs no entry: an error's own
 * `message` and `details.hint` are English.
 */
export type ErrorTexts = Partial<Record<Exclude<Locale, 'en'>, Record<string, ErrorText>>>;

/**
 * The message and hint of `error` in `locale`, so a program that speaks Dutch does not print an
 * English error. The first of `texts` that translates the code wins; a code no catalogue knows, or
 * a translation whose placeholder the error's details do not fill, keeps the English text (a
 * partial sentence would be worse than the other language).
 *
 * @example
 * ```ts
 * import { FILE_ERROR_TEXTS } from '@klaslab/core/node';
 * localizeError(error, 'nl', FILE_ERROR_TEXTS).message; // 'Kan /tmp/x.md niet lezen.'
 * ```
 */
export function localizeError(
  error: KlasLabError,
  locale: string | undefined,
  ...texts: ErrorTexts[]
): ErrorText {
  const english: ErrorText = {
    message: error.message,
    ...(typeof error.details?.hint === 'string' && { hint: error.details.hint }),
  };
  const lang = resolveLocale(locale);
  if (lang === 'en') return english;
  const text = texts.map((catalogue) => catalogue[lang]?.[error.code]).find(Boolean);
  if (!text) return english;
  // Numbers as written (years, limits, ids): not grouped as `2.026`.
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.details ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = String(value);
  }
  try {
    return {
      message: interpolate(text.message, params, lang),
      ...(text.hint !== undefined && { hint: interpolate(text.hint, params, lang) }),
    };
  } catch (cause) {
    if (KlasLabError.is(cause) && cause.code === 'I18N_MISSING_PARAM') return english;
    throw cause;
  }
}
