import { KlasLabError } from '../errors/klaslab-error.js';

/** The languages KlasLab ships text for. Dutch first: our users are Dutch and Flemish schools. */
export const SUPPORTED_LOCALES = ['nl', 'en', 'fr'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** A message with plural forms, chosen by `Intl.PluralRules` from the `count` parameter. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
export type Params = Record<string, string | number>;

/** Translations: the default locale is complete; others may leave keys out (they fall back). */
export type CatalogInput<M extends Messages> = { nl: M } & Partial<
  Record<Locale, Partial<Record<keyof M, Message>>>
>;

export interface Catalog<K extends string> {
  /** Translates `key` into `locale` (any BCP 47 tag; `nl-BE` → `nl`), filling `{name}` placeholders. */
  t(locale: string | undefined, key: K, params?: Params): string;
  /** A translator bound to one locale. */
  forLocale(locale: string | undefined): (key: K, params?: Params) => string;
  /** The keys of the catalogue, to check translations are complete. */
  keys(): K[];
}

/**
 * Picks the best supported locale for a BCP 47 tag or a preference list (like `navigator.languages`).
 * Unknown or missing tags give the default, Dutch.
 *
 * @example
 * ```ts
 * resolveLocale('fr-BE'); // 'fr'
 * resolveLocale(['de-DE', 'en-GB']); // 'en'
 * resolveLocale(undefined); // 'nl'
 * ```
 */
export function resolveLocale(requested: string | readonly string[] | undefined | null): Locale {
  const list = typeof requested === 'string' ? [requested] : (requested ?? []);
  for (const tag of list) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    const hit = SUPPORTED_LOCALES.find((l) => l === base);
    if (hit) return hit;
  }
  return DEFAULT_LOCALE;
}

const pluralRulesCache = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders; numbers are formatted for the locale. A missing parameter is an error. */
export function interpolate(
  template: string,
  params: Params,
  locale: Locale = DEFAULT_LOCALE,
): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new KlasLabError('I18N_MISSING_PARAM', `Message parameter "{${name}}" was not given.`, {
        details: { param: name, template },
      });
    }
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

/**
 * Creates a message catalogue: a tiny, framework-free translator with interpolation and plurals.
 *
 * @example
 * ```ts
 * const catalog = createCatalog({
 *   nl: { photos: { one: '{count} foto', other: '{count} foto’s' }, hello: 'Hallo {name}' },
 *   en: { photos: { one: '{count} photo', other: '{count} photos' }, hello: 'Hello {name}' },
 * });
 * catalog.t('en', 'photos', { count: 2 }); // '2 photos'
 * catalog.t('nl-BE', 'hello', { name: 'Sam' }); // 'Hallo Sam'
 * ```
 */
export function createCatalog<M extends Messages>(
  input: CatalogInput<M>,
): Catalog<Extract<keyof M, string>> {
  type K = Extract<keyof M, string>;
  const lookup = (locale: Locale, key: K): Message | undefined =>
    input[locale]?.[key] ?? input.nl[key];

  const t = (requested: string | undefined, key: K, params: Params = {}): string => {
    const locale = resolveLocale(requested);
    const message = lookup(locale, key);
    if (message === undefined) {
      throw new KlasLabError('I18N_MISSING_MESSAGE', `No message "${key}" in the catalogue.`, {
        details: { key, locale },
      });
    }
    if (typeof message === 'string') return interpolate(message, params, locale);
    const count = params.count;
    if (typeof count !== 'number') {
      throw new KlasLabError(
        'I18N_MISSING_PARAM',
        `Plural message "${key}" needs a numeric "count".`,
        {
          details: { key, param: 'count' },
        },
      );
    }
    const form = pluralRules(locale).select(count);
    return interpolate(message[form] ?? message.other, params, locale);
  };

  return {
    t,
    forLocale: (locale) => (key, params) => t(locale, key, params),
    keys: () => Object.keys(input.nl) as K[],
  };
}
