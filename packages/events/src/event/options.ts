import { KlasLabError } from '@klaslab/core';
import { canonicalTimeZone } from '../dates/zone.js';
import {
  detectPreset,
  type FieldMapping,
  PRESETS,
  type Preset,
  withMapping,
} from '../mapping/presets.js';
import { ownValue } from '../own-key.js';
import type { PublicationOptions } from './readers/publication.js';

/** The zone for times without an offset when neither the file nor the caller names one. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

export interface ParseOptions {
  /** File name or path, for diagnostics, the slug (stable id) and the file-name date check. */
  file?: string;
  /** IANA zone for local times when the file has no `timezone`; default `Europe/Brussels`. Never the host's. */
  timeZone?: string;
  /**
   * `lenient` (default): keep every event with a valid title and start, leave out only what is
   * wrong, and say so. `strict`: any error rejects the event.
   */
  mode?: 'lenient' | 'strict';
  /** `auto` (default) picks `dwengo` when Dwengo's keys are present, else `common`. */
  preset?: 'auto' | 'dwengo' | 'common' | Preset;
  /** Extra keys per field, tried before the preset's (`{ title: 'name', start: ['when'] }`). */
  mapping?: Partial<Record<keyof FieldMapping, string | string[]>>;
  /** Language of diagnostic messages: `nl` (default) or `en` (any BCP 47 tag). */
  locale?: string;
  /** Resolves site-relative links (`/images/logo.png`) instead of reporting them. */
  baseUrl?: string;
  /** Read `draft: true` and `published: false` pages too (Hugo's `--buildDrafts`). */
  drafts?: boolean;
  /** Read pages whose `publishDate` is after `now` (Hugo's `--buildFuture`). */
  future?: boolean;
  /** Read pages whose `expiryDate` has passed (Hugo's `--buildExpired`). */
  expired?: boolean;
  /** The build time for `publishDate`/`expiryDate`; default the clock. */
  now?: Date | string | number;
}

export interface Resolved extends PublicationOptions {
  timeZone: string;
  mode: 'lenient' | 'strict';
  locale: string;
  baseUrl: string | undefined;
}

/** Validates options (throws `KlasLabError` for bad ones) and fills in defaults. */
export function resolveOptions(options: ParseOptions): Resolved {
  const zoneName = options.timeZone ?? DEFAULT_TIME_ZONE;
  const timeZone = canonicalTimeZone(zoneName);
  if (!timeZone) {
    throw new KlasLabError('EVENTS_BAD_TIME_ZONE', `Unknown time zone "${zoneName}".`, {
      details: {
        timeZone: zoneName,
        hint: 'Use an IANA name such as Europe/Brussels or Europe/Amsterdam.',
      },
    });
  }
  const mode = options.mode ?? 'lenient';
  if (mode !== 'lenient' && mode !== 'strict') {
    throw new KlasLabError(
      'EVENTS_BAD_OPTION',
      `mode must be "lenient" or "strict", not "${String(mode)}".`,
      { details: { field: 'mode', value: String(mode) } },
    );
  }
  let baseUrl: string | undefined;
  if (options.baseUrl !== undefined) {
    // The caller's own site, so a local development server (http://localhost:8080/) is fine here;
    // links inside the files still go through checkUrl.
    let base: URL | undefined;
    try {
      base = new URL(options.baseUrl);
    } catch {
      base = undefined;
    }
    if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:') || !base.hostname) {
      throw new KlasLabError(
        'EVENTS_BAD_BASE_URL',
        `baseUrl must be an absolute http(s) URL, not "${options.baseUrl}".`,
        { details: { value: String(options.baseUrl) } },
      );
    }
    baseUrl = base.href;
  }
  const now = options.now ?? Date.now();
  const nowMs =
    now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(nowMs)) {
    throw new KlasLabError('EVENTS_BAD_OPTION', `now must be a date, not "${String(now)}".`, {
      details: { field: 'now', value: String(now) },
    });
  }
  return {
    timeZone,
    mode,
    locale: options.locale ?? 'nl',
    baseUrl,
    drafts: options.drafts === true,
    future: options.future === true,
    expired: options.expired === true,
    nowMs,
  };
}

export function pickPreset(options: ParseOptions, keys: string[]): Preset {
  const chosen = options.preset ?? 'auto';
  let preset: Preset;
  if (typeof chosen === 'object') preset = chosen;
  else if (chosen === 'auto') preset = detectPreset(keys);
  else {
    const found = ownValue(PRESETS, chosen);
    if (!found) {
      throw new KlasLabError('EVENTS_UNKNOWN_PRESET', `Unknown preset "${String(chosen)}".`, {
        details: {
          preset: String(chosen),
          presets: ['auto', ...Object.keys(PRESETS)].join(', '),
          hint: `Use one of: auto, ${Object.keys(PRESETS).join(', ')}.`,
        },
      });
    }
    preset = found;
  }
  return options.mapping ? withMapping(preset, options.mapping) : preset;
}
