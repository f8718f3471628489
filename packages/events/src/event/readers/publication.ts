import { resolveWallTime } from '../../dates/zone.js';
import type { FieldMapping } from '../../mapping/presets.js';
import type { Field, FieldContext } from '../field-context.js';

/** Which unpublished pages to read anyway, as the site generators' build flags do. */
export interface PublicationOptions {
  /** `draft: true` (Hugo, Astro) and `published: false` (Jekyll); Hugo's `--buildDrafts`. */
  drafts: boolean;
  /** `publishDate` after `now`; Hugo's `--buildFuture`. */
  future: boolean;
  /** `expiryDate` at or before `now`; Hugo's `--buildExpired`. */
  expired: boolean;
  /** The build time, in epoch milliseconds. */
  nowMs: number;
}

/**
 * Reads the publication flags. Returns `false` (with an info saying why) when the site generator
 * would not publish the page, so the event is left out of calendars too.
 */
export function readPublication(
  ctx: FieldContext,
  m: FieldMapping,
  timeZone: string,
  opts: PublicationOptions,
): boolean {
  const draft = ctx.pick(m.draft);
  if (draft && flag(ctx, draft) === true && !opts.drafts) {
    ctx.report('EVENT_DRAFT', draft.key, { dropped: 'event', hintKey: 'HINT_DRAFTS' });
    return false;
  }
  const published = ctx.pick(m.published);
  let publishDate = ctx.pick(m.publishDate);
  // Jekyll's `published: false` is a flag; Hugo's `published: 2025-09-01` is its publishDate.
  if (published && typeof published.value === 'string' && /^\d{4}-/.test(published.value))
    publishDate ??= published;
  else if (published && flag(ctx, published) === false && !opts.drafts) {
    ctx.report('EVENT_UNPUBLISHED', published.key, { dropped: 'event', hintKey: 'HINT_DRAFTS' });
    return false;
  }
  if (publishDate && !opts.future) {
    const at = instant(ctx, publishDate, timeZone);
    if (at !== undefined && at > opts.nowMs) {
      ctx.report('EVENT_NOT_YET_PUBLISHED', publishDate.key, {
        params: { value: String(publishDate.value) },
        dropped: 'event',
        hintKey: 'HINT_FUTURE',
      });
      return false;
    }
  }
  const expiry = ctx.pick(m.expiryDate);
  if (expiry && !opts.expired) {
    const at = instant(ctx, expiry, timeZone);
    if (at !== undefined && at <= opts.nowMs) {
      ctx.report('EVENT_EXPIRED', expiry.key, {
        params: { value: String(expiry.value) },
        dropped: 'event',
        hintKey: 'HINT_EXPIRED',
      });
      return false;
    }
  }
  return true;
}

/** A true/false flag; anything else is reported and ignored. */
function flag(ctx: FieldContext, field: Field): boolean | undefined {
  if (typeof field.value === 'boolean') return field.value;
  ctx.report('EVENT_FIELD_TYPE', field.key, {
    params: { expected: 'true/false', actual: JSON.stringify(field.value) ?? 'null' },
    dropped: field.key,
  });
  return undefined;
}

/** A publish/expiry date as an instant: a date means its midnight in the event's zone. */
function instant(ctx: FieldContext, field: Field, timeZone: string): number | undefined {
  const civil = ctx.readDate(field.key, field.value, field.key);
  if (!civil) return undefined;
  if (civil.kind === 'date')
    return resolveWallTime(timeZone, { ...civil, hour: 0, minute: 0, second: 0 }).epochMs;
  const t = ctx.place(civil, field.key, timeZone);
  return t.kind === 'date-time' ? Date.parse(t.utc) : undefined;
}
