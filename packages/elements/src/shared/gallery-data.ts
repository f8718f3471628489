import { KlasLabError, type Locale } from '@klaslab/core';
import { getDefaults } from './config.js';
import type { Level } from './levels.js';

/** A text in each language. */
export type Texts = Readonly<Record<Locale, string>>;

/** Who made a picture and under which licence (gallery.json, training.json). */
export interface Credit {
  author: string;
  licence: string;
  licenceUrl?: string;
  source: { package: string; version?: string; path: string; url: string };
  /** How the picture was changed from its source, or null. */
  derived?: string | null;
}

/** What the build script measured with the default model (scripts/gallery/build.mjs). */
export interface Measures {
  psnr: number;
  psnrGrey: number;
  deltaE: number;
  colourfulness: number;
  truthColourfulness: number;
  confidence: number;
}

export interface GalleryPhoto extends Credit {
  id: string;
  group: string;
  /** The true colours, relative to the asset folder. */
  file: string;
  /** What the model is given when it differs from the truth (the old-photo look). */
  input?: string;
  width: number;
  height: number;
  title: Texts;
  measures: Measures;
  questions: Readonly<Record<Level, Texts>>;
  /** Where the default model had this photo: `heldout`, `train` (it learnt from it) or `unused`. */
  modelSplit?: 'train' | 'heldout' | 'unused';
}

export interface QuizItem extends Credit {
  file: string;
  answer: 'real' | 'colorized';
  photo: string;
  title: Texts;
  measures: Measures;
}

export interface ModelStamp {
  name: string;
  version: string;
  sha256: string;
}

export interface GalleryData {
  schema: 1;
  model: ModelStamp;
  rules: Readonly<Record<string, string>>;
  groups: readonly string[];
  photos: readonly GalleryPhoto[];
  quiz: { rule: string; precomputed: boolean; items: readonly QuizItem[] };
}

export interface TrainingThumbnail extends Credit {
  subject: string;
  file: string;
}

export interface TrainingThumbnails {
  schema: 1;
  model: ModelStamp;
  thumbnails: readonly TrainingThumbnail[];
}

/** The asset folder (`base` attribute, else the page default, else `gallery/` beside the page). */
export function galleryBase(base: string | undefined): URL {
  const folder = base ?? getDefaults().galleryBase ?? 'gallery/';
  return new URL(folder.endsWith('/') ? folder : `${folder}/`, document.baseURI);
}

/**
 * Fetches and parses a JSON file. Failures are KlasLabErrors with the URL: `GALLERY_FETCH_FAILED`
 * (network or HTTP status) or `GALLERY_INVALID` (not JSON, or `check` rejects its shape).
 */
export async function fetchJson<T>(
  url: URL,
  check: (value: unknown) => string | undefined,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new KlasLabError('GALLERY_FETCH_FAILED', `${url.pathname}: could not be fetched`, {
      details: { file: url.href },
      cause,
    });
  }
  if (!response.ok)
    throw new KlasLabError('GALLERY_FETCH_FAILED', `${url.pathname}: HTTP ${response.status}`, {
      details: { file: url.href, status: response.status },
    });
  let value: unknown;
  try {
    value = await response.json();
  } catch (cause) {
    throw new KlasLabError('GALLERY_INVALID', `${url.pathname}: not JSON`, {
      details: { file: url.href },
      cause,
    });
  }
  const problem = check(value);
  if (problem)
    throw new KlasLabError('GALLERY_INVALID', `${url.pathname}: ${problem}`, {
      details: { file: url.href, hint: problem },
    });
  return value as T;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Why `value` is not a gallery.json, or undefined. */
export function checkGallery(value: unknown): string | undefined {
  if (!isObject(value) || value.schema !== 1) return 'expected schema 1';
  if (!Array.isArray(value.photos) || !Array.isArray(value.groups))
    return 'expected "photos" and "groups" arrays';
  const bad = (value.photos as unknown[]).findIndex(
    (p) => !isObject(p) || typeof p.id !== 'string' || typeof p.file !== 'string' || !p.title,
  );
  if (bad >= 0) return `photos[${bad}] needs id, file and title`;
  if (!isObject(value.quiz) || !Array.isArray(value.quiz.items)) return 'expected "quiz.items"';
  return undefined;
}

/** Why `value` is not a training.json, or undefined. */
export function checkThumbnails(value: unknown): string | undefined {
  if (!isObject(value) || value.schema !== 1 || !Array.isArray(value.thumbnails))
    return 'expected schema 1 with a "thumbnails" array';
  return undefined;
}

/** The text for `locale`, else English, else the first there is. */
export function pick(texts: Partial<Texts> | undefined, locale: Locale): string {
  return texts?.[locale] ?? texts?.en ?? Object.values(texts ?? {})[0] ?? '';
}

/** "Author, licence" as shown under a picture. */
export function creditLine(credit: Credit): string {
  const author = credit.author.replace(/^Copyright\s*(\(c\)|©)\s*/i, '');
  return `${author}, ${credit.licence.replace(/-/g, ' ').replace('CC BY SA', 'CC BY-SA')}`;
}

/** What {@link JsonLoad.run} gives: the data, or the coded error. */
export type Loaded<T> = { data: T; error?: undefined } | { data?: undefined; error: KlasLabError };

/**
 * One JSON file an element shows: a new `run` aborts the one before, an aborted run resolves
 * `undefined` (the element ignores it), any failure becomes a coded {@link KlasLabError}.
 */
export class JsonLoad {
  private abort: AbortController | undefined;

  /** True once `run` was called (elements load on their first update). */
  get started(): boolean {
    return this.abort !== undefined;
  }

  async run<T>(
    url: () => URL,
    check: (value: unknown) => string | undefined,
  ): Promise<Loaded<T> | undefined> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    try {
      const data = await fetchJson<T>(url(), check, abort.signal);
      return abort.signal.aborted ? undefined : { data };
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      return {
        error: KlasLabError.is(error)
          ? error
          : new KlasLabError('GALLERY_FETCH_FAILED', String(error), { cause: error }),
      };
    }
  }

  cancel(): void {
    this.abort?.abort();
  }
}
