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

/** Dutch and French texts of the file errors core's Node helpers throw (read and output guards). */
export const FILE_ERROR_TEXTS: ErrorTexts = {
  nl: {
    FILE_NOT_FOUND: { message: '{file} bestaat niet.' },
    FILE_NOT_REGULAR: {
      message: '{file} is geen gewoon bestand.',
      hint: 'Alleen gewone bestanden worden gelezen (geen mappen, pipes, sockets of apparaten).',
    },
    FILE_READ_FAILED: { message: 'Kan {file} niet lezen.' },
    FILE_TOO_LARGE: { message: '{file} is groter dan de grens van {limit} bytes.' },
    OUTPUT_IS_INPUT: {
      message: 'De invoer {file} wordt niet overschreven.',
      hint: 'Kies een andere naam voor de uitvoer.',
    },
    OUTPUT_COLLISION: {
      message: 'Twee uitvoerbestanden zouden {file} worden; één zou verloren gaan.',
      hint: 'Kies een andere uitvoermap of andere namen.',
    },
    OUTPUT_INSIDE_INPUT: {
      message:
        '{file} wordt niet overschreven: het is een bestand in een invoermap dat dit programma niet schreef.',
      hint: 'Schrijf de uitvoer buiten de invoermap, of kies een nieuwe naam.',
    },
    OUTPUT_NOT_REGULAR: { message: '{file} is geen gewoon bestand en wordt niet overschreven.' },
    OUTPUT_WRITE_FAILED: { message: 'Kan {file} niet schrijven.' },
  },
  fr: {
    FILE_NOT_FOUND: { message: '{file} n’existe pas.' },
    FILE_NOT_REGULAR: {
      message: '{file} n’est pas un fichier ordinaire.',
      hint: 'Seuls les fichiers ordinaires sont lus (pas les dossiers, tubes, sockets ou périphériques).',
    },
    FILE_READ_FAILED: { message: 'Impossible de lire {file}.' },
    FILE_TOO_LARGE: { message: '{file} dépasse la limite de {limit} octets.' },
    OUTPUT_IS_INPUT: {
      message: 'Le fichier d’entrée {file} ne sera pas écrasé.',
      hint: 'Choisissez un autre nom de sortie.',
    },
    OUTPUT_COLLISION: {
      message: 'Deux sorties seraient écrites dans {file} ; l’une serait perdue.',
      hint: 'Choisissez un autre dossier ou d’autres noms de sortie.',
    },
    OUTPUT_INSIDE_INPUT: {
      message:
        '{file} ne sera pas écrasé : c’est un fichier d’un dossier d’entrée que cet outil n’a pas écrit.',
      hint: 'Écrivez la sortie hors du dossier d’entrée, ou choisissez un nouveau nom.',
    },
    OUTPUT_NOT_REGULAR: { message: '{file} n’est pas un fichier ordinaire et ne sera pas écrasé.' },
    OUTPUT_WRITE_FAILED: { message: 'Impossible d’écrire {file}.' },
  },
};
