import type { Locale } from '@klaslab/core';

/**
 * School levels the lesson texts are written for: `po` primary (10–12), `vo` secondary (12–18),
 * `mbo` vocational (16+). Every element with a `level` attribute reads it through
 * {@link resolveLevel}, so Flemish teachers can use the names of their own system.
 */
export const LEVELS = ['po', 'vo', 'mbo'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Flemish levels, as aliases of the level whose texts fit their pupils: lager onderwijs (5th–6th
 * year, 10–12) reads the primary texts; all three stages (graden) of secundair onderwijs read the
 * secondary ones (the 3rd stage's vocational tracks can choose `mbo` themselves).
 */
export const LEVEL_ALIASES: Readonly<Record<string, Level>> = {
  lo: 'po',
  'lager-onderwijs': 'po',
  so1: 'vo',
  so2: 'vo',
  so3: 'vo',
  'secundair-1': 'vo',
  'secundair-2': 'vo',
  'secundair-3': 'vo',
};

/** A `level` attribute's value as a {@link Level}; unknown or missing values give `fallback`. */
export function resolveLevel(value: string | null | undefined, fallback: Level = 'vo'): Level {
  const key = (value ?? '').trim().toLowerCase();
  if ((LEVELS as readonly string[]).includes(key)) return key as Level;
  return LEVEL_ALIASES[key] ?? fallback;
}

/** Names of the levels for a level picker, per language. */
export const LEVEL_NAMES: Readonly<Record<Locale, Readonly<Record<Level, string>>>> = {
  nl: {
    po: 'Basisonderwijs / lager onderwijs (10–12 jaar)',
    vo: 'Voortgezet / secundair onderwijs (12–18 jaar)',
    mbo: 'Mbo (16+)',
  },
  en: {
    po: 'Primary school (age 10–12)',
    vo: 'Secondary school (age 12–18)',
    mbo: 'Vocational education (16+)',
  },
  fr: {
    po: 'École primaire (10–12 ans)',
    vo: 'Enseignement secondaire (12–18 ans)',
    mbo: 'Enseignement professionnel (16 ans et plus)',
  },
};
