/**
 * Which frontmatter keys feed which event field. Each field lists candidate keys in priority
 * order; dot paths reach into objects (`signup.url`).
 */
export interface FieldMapping {
  title: string[];
  start: string[];
  startTime: string[];
  end: string[];
  endTime: string[];
  location: string[];
  locationUrl: string[];
  url: string[];
  registrationUrl: string[];
  timeZone: string[];
  image: string[];
  language: string[];
  id: string[];
  /** A recurrence rule: RFC 5545 text, a word (`weekly`), a Google-style line list or an object. */
  rrule: string[];
  /** Occurrences left out (RFC 5545 `EXDATE`). */
  exdate: string[];
  /** Extra occurrences (RFC 5545 `RDATE`). */
  rdate: string[];
  /** `draft: true` (Hugo, Astro, Eleventy's convention): not published. */
  draft: string[];
  /** `published: false` (Jekyll); a date here is Hugo's alias of `publishDate`. */
  published: string[];
  /** Not published before this date (Hugo). */
  publishDate: string[];
  /** Not published from this date on (Hugo). */
  expiryDate: string[];
}

// The spellings of recurrence found in Hugo, Jekyll, Eleventy and Astro event sites and in the
// FullCalendar / Google Calendar data they copy (see the README's "Recurring events").
const RECURRENCE = {
  rrule: ['rrule', 'recurrence', 'recurrenceRule', 'recurrence_rule', 'repeat', 'repeats'],
  exdate: ['exdate', 'exdates', 'exceptions', 'excludeDates', 'exclude_dates', 'skip'],
  rdate: ['rdate', 'rdates', 'extraDates', 'extra_dates', 'additionalDates'],
};

// Publication flags and their aliases in Hugo's front matter configuration and Jekyll.
const PUBLICATION = {
  draft: ['draft'],
  published: ['published'],
  publishDate: ['publishDate', 'publishdate', 'pubdate'],
  expiryDate: ['expiryDate', 'expirydate', 'unpublishdate'],
};

export interface Preset {
  name: string;
  mapping: FieldMapping;
  /** Keys that are neither mapped nor worth a "did you mean" (site generator keys). */
  ignore?: string[];
}

/** Dwengo's Jekyll `_events/` collection. */
export const DWENGO: Preset = {
  name: 'dwengo',
  mapping: {
    title: ['title'],
    start: ['date'],
    startTime: [],
    end: ['end_date'],
    endTime: [],
    location: ['location'],
    locationUrl: ['location_link'],
    url: [],
    registrationUrl: ['registration_link'],
    timeZone: [],
    image: ['item_theme_logo_url'],
    language: ['language'],
    id: ['anchor'],
    ...RECURRENCE,
    ...PUBLICATION,
  },
  ignore: ['layout', 'permalink'],
};

/** Common Hugo, Astro and Jekyll conventions. */
export const COMMON: Preset = {
  name: 'common',
  mapping: {
    title: ['title', 'name'],
    start: ['date', 'start', 'startDate', 'start_date', 'eventDate'],
    startTime: ['startTime', 'start_time', 'time'],
    end: ['endDate', 'end', 'end_date'],
    endTime: ['endTime', 'end_time'],
    location: ['venue', 'location', 'locations', 'place'],
    locationUrl: ['location_link', 'locationUrl', 'venueUrl'],
    url: ['url', 'eventURL', 'eventUrl', 'link', 'learnMoreURL', 'website'],
    registrationUrl: [
      'signup.url',
      'signUpURL',
      'signupUrl',
      'registration',
      'registrationUrl',
      'registration_link',
      'tickets',
    ],
    timeZone: ['timezone', 'timeZone', 'tz'],
    image: ['image', 'featured_image', 'cover'],
    language: ['lang', 'language'],
    id: ['anchor', 'slug', 'uid'],
    ...RECURRENCE,
    ...PUBLICATION,
  },
  ignore: [
    'layout',
    'permalink',
    'tags',
    'categories',
    'weight',
    'aliases',
    'type',
    'description',
    'summary',
    'subtitle',
    'organizer',
    'author',
    'authors',
    'lastmod',
  ],
};

export const PRESETS: Record<string, Preset> = { dwengo: DWENGO, common: COMMON };

// Keys only Dwengo's files have: one of them picks that preset automatically.
const DWENGO_MARKERS = [
  'end_date',
  'location_link',
  'registration_link',
  'item_theme_logo_url',
  'item_theme_logo_ur',
  'anchor',
];

const topKeys = (preset: Preset): Set<string> =>
  new Set([
    ...Object.values(preset.mapping)
      .flat()
      .map((k) => k.split('.')[0]!),
    ...(preset.ignore ?? []),
  ]);
const DWENGO_KEYS = topKeys(DWENGO);
const COMMON_KEYS = topKeys(COMMON);

/** Dwengo's mapping first, then the common one: for files that mix both conventions. */
export const DWENGO_COMMON: Preset = {
  name: 'dwengo+common',
  mapping: Object.fromEntries(
    Object.entries(DWENGO.mapping).map(([field, keys]) => [
      field,
      [...keys, ...COMMON.mapping[field as keyof FieldMapping].filter((k) => !keys.includes(k))],
    ]),
  ) as unknown as FieldMapping,
  ignore: [...new Set([...(DWENGO.ignore ?? []), ...(COMMON.ignore ?? [])])],
};

/**
 * Picks the preset for a file's keys: `dwengo` when a Dwengo-only key is present, else `common`.
 * A Dwengo file that also uses keys only the common preset reads (`timezone`, `url`) gets both
 * mappings, Dwengo's first: detection never silently drops a field the file uses.
 */
export function detectPreset(keys: Iterable<string>): Preset {
  const list = [...keys];
  if (!list.some((key) => DWENGO_MARKERS.includes(key))) return COMMON;
  return list.some((key) => !DWENGO_KEYS.has(key) && COMMON_KEYS.has(key)) ? DWENGO_COMMON : DWENGO;
}

/** A preset with a user's mapping laid over it (the user's keys come first). */
export function withMapping(
  preset: Preset,
  mapping: Partial<Record<keyof FieldMapping, string | string[]>>,
): Preset {
  const merged: FieldMapping = { ...preset.mapping };
  for (const [field, keys] of Object.entries(mapping) as [
    keyof FieldMapping,
    string | string[] | undefined,
  ][]) {
    if (keys === undefined || !(field in merged)) continue;
    const list = Array.isArray(keys) ? keys : [keys];
    merged[field] = [...list, ...merged[field].filter((k) => !list.includes(k))];
  }
  return { ...preset, name: `${preset.name}+custom`, mapping: merged };
}
