import { KlasLabError } from '@klaslab/core';
import { canonicalTimeZone } from '../dates/zone.js';
import type { EventTime, KlasEvent } from '../event/types.js';

/**
 * What the serializer accepts, checked at the serializer itself: events need not come from the
 * parser (a site builds them, a card receives them as a property), and a CR or LF in any value
 * would start a new calendar line. Every failure is `EVENTS_INVALID_EVENT` naming the field.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
// Control characters are caught by CONTROL first.
const HOST = /^[^\s@/\\:;,"]+$/;

function invalid(event: KlasEvent | undefined, field: string, why: string): never {
  const id = typeof event?.id === 'string' ? event.id : undefined;
  throw new KlasLabError('EVENTS_INVALID_EVENT', `${id ? `Event "${id}": ` : ''}${field} ${why}.`, {
    details: {
      ...(event?.source?.file ? { file: event.source.file } : {}),
      ...(id ? { id } : {}),
      field,
      hint: 'Read events with parseEvent/parseEvents, which check every field, or fix this one.',
    },
  });
}

/** A link a calendar may carry: absolute http(s) (or mailto), no spaces or control characters. */
export function isSafeUri(value: unknown, allowMailto = false): value is string {
  if (typeof value !== 'string' || value === '' || /\s/.test(value) || CONTROL.test(value))
    return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' ||
      url.protocol === 'http:' ||
      (allowMailto && url.protocol === 'mailto:')
    );
  } catch {
    return false;
  }
}

function checkText(event: KlasEvent | undefined, field: string, value: unknown, optional = true) {
  if (value === undefined && optional) return;
  if (typeof value !== 'string') invalid(event, field, 'must be text');
}

function checkTime(event: KlasEvent, field: string, t: EventTime | undefined, optional: boolean) {
  if (t === undefined && optional) return;
  if (typeof t !== 'object' || t === null) invalid(event, field, 'must be a date or a date-time');
  if (typeof t.date !== 'string' || !DATE.test(t.date))
    invalid(event, `${field}.date`, 'must be a date like 2025-11-14');
  if (t.kind === 'date') return;
  if (t.kind !== 'date-time') invalid(event, `${field}.kind`, 'must be "date" or "date-time"');
  if (typeof t.time !== 'string' || !TIME.test(t.time))
    invalid(event, `${field}.time`, 'must be a time like 09:30:00');
  if (typeof t.utc !== 'string' || !UTC.test(t.utc))
    invalid(event, `${field}.utc`, 'must be a UTC instant like 2025-11-14T08:30:00Z');
  if (typeof t.timeZone !== 'string' || canonicalTimeZone(t.timeZone) === undefined)
    invalid(
      event,
      `${field}.timeZone`,
      `is not a time zone this runtime knows ("${String(t.timeZone)}")`,
    );
}

function checkUri(event: KlasEvent, field: string, value: unknown, allowMailto = false) {
  if (value === undefined) return;
  if (!isSafeUri(value, allowMailto)) invalid(event, field, 'must be an absolute http(s) link');
}

/** Throws `EVENTS_INVALID_EVENT` unless the event can be written as a calendar entry. */
export function checkEvent(event: KlasEvent): void {
  if (typeof event !== 'object' || event === null) invalid(undefined, 'event', 'must be an object');
  if (
    typeof event.id !== 'string' ||
    event.id === '' ||
    CONTROL.test(event.id) ||
    /\s/.test(event.id)
  )
    invalid(event, 'id', 'must be non-empty text without spaces or control characters');
  checkText(event, 'title', event.title, false);
  checkText(event, 'descriptionText', event.descriptionText);
  checkTime(event, 'start', event.start, false);
  checkTime(event, 'end', event.end, true);
  if (
    event.language !== undefined &&
    (typeof event.language !== 'string' || !LANGUAGE.test(event.language))
  )
    invalid(event, 'language', 'must be a BCP 47 tag such as nl or nl-BE');
  checkUri(event, 'url', event.url);
  checkUri(event, 'registrationUrl', event.registrationUrl, true);
  checkUri(event, 'imageUrl', event.imageUrl);
  if (event.location !== undefined) {
    if (typeof event.location !== 'object' || event.location === null)
      invalid(event, 'location', 'must be an object');
    checkText(event, 'location.name', event.location.name);
    checkText(event, 'location.address', event.location.address);
    checkUri(event, 'location.url', event.location.url);
  }
}

function badOption(name: string, why: string, value: unknown): never {
  throw new KlasLabError('EVENTS_BAD_OPTION', `${name} ${why}.`, {
    details: { field: name, value: String(value) },
  });
}

/** Checks the options that end up in the calendar as they are (no escaping applies to them). */
export function checkCalendarOptions(options: {
  uidDomain?: unknown;
  prodId?: unknown;
  source?: unknown;
  name?: unknown;
  description?: unknown;
}): void {
  if (
    options.uidDomain !== undefined &&
    (typeof options.uidDomain !== 'string' || !HOST.test(options.uidDomain))
  )
    badOption(
      'uidDomain',
      'must be a domain name without spaces, control characters or @',
      options.uidDomain,
    );
  if (
    options.prodId !== undefined &&
    (typeof options.prodId !== 'string' || options.prodId === '' || CONTROL.test(options.prodId))
  )
    badOption('prodId', 'must be text without control characters', options.prodId);
  if (options.source !== undefined && !isSafeUri(options.source))
    badOption('source', 'must be an absolute http(s) link', options.source);
  if (options.name !== undefined && typeof options.name !== 'string')
    badOption('name', 'must be text', options.name);
  if (options.description !== undefined && typeof options.description !== 'string')
    badOption('description', 'must be text', options.description);
}
