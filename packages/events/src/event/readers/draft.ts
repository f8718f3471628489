import type { FieldMapping } from '../../mapping/presets.js';
import type { Civil, FieldContext } from '../field-context.js';
import type { KlasEvent } from '../types.js';

/** The event as the field readers fill it in, in table order. */
export interface Draft
  extends Partial<
    Pick<
      KlasEvent,
      | 'title'
      | 'start'
      | 'end'
      | 'recurrence'
      | 'location'
      | 'url'
      | 'registrationUrl'
      | 'imageUrl'
      | 'language'
      | 'id'
    >
  > {
  /** Set by a reader whose field is required and unusable: the event is rejected at the end. */
  rejected: boolean;
  /** Set by a reader that ends reading: the page is not published (a draft, expired, …). */
  stop?: boolean;
  timeZone: string;
  /** The start as read, before it was placed in the zone (the end is read against it). */
  startCivil?: Civil;
}

/** A required field (title, start) without any of its keys: the event is rejected. */
export function missing(
  ctx: FieldContext,
  code: 'EVENT_TITLE_MISSING' | 'EVENT_START_MISSING',
  keys: readonly string[],
  draft: Draft,
): void {
  ctx.push({
    code,
    line: ctx.firstLine,
    column: 1,
    params: { keys: keys.join(', ') },
    dropped: 'event',
  });
  draft.rejected = true;
}

/** One field's reader: reads its keys from the context and writes the draft. */
export type FieldReader = (ctx: FieldContext, m: FieldMapping, draft: Draft) => void;
