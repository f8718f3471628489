/** A day without a time: an all-day event's start or (inclusive) last day. */
export interface EventDate {
  kind: 'date';
  /** `2025-11-14` */
  date: string;
}

/** A moment, kept both as the wall time in the event's zone and as the UTC instant. */
export interface EventDateTime {
  kind: 'date-time';
  /** Wall date in `timeZone`, `2025-11-14`. */
  date: string;
  /** Wall time in `timeZone`, `09:30:00`. */
  time: string;
  /** IANA zone, `Europe/Brussels`. */
  timeZone: string;
  /** The zone's offset at that moment, `+01:00`. */
  offset: string;
  /** The instant, `2025-11-14T08:30:00Z`. */
  utc: string;
}

export type EventTime = EventDate | EventDateTime;

/**
 * How an event repeats (RFC 5545 `RRULE`, `RDATE`, `EXDATE`). Every time is in the event's zone and
 * of the same kind as `start` (dates for all-day events), so `.ics` output can write them with the
 * event's `TZID`.
 */
export interface EventRecurrence {
  /** The rule, checked and in canonical form (`FREQ` first; `UNTIL` in UTC for timed events). */
  rrule?: string;
  /** Extra occurrences (`RDATE`). */
  rdates: EventTime[];
  /** Occurrences left out (`EXDATE`), at the start's wall time when written as a date. */
  exdates: EventTime[];
}

export interface EventLocation {
  name?: string;
  address?: string;
  url?: string;
}

/**
 * One event, read from one file. Plain data (JSON-safe): no `Date` objects, so it looks the same
 * on every host and after `JSON.parse(JSON.stringify(event))`.
 */
export interface KlasEvent {
  /** Stable id: the `anchor` (or `slug`/`uid`/`id`) field, else the file's slug. */
  id: string;
  title: string;
  start: EventTime;
  /** For all-day events the last day (inclusive, as authors write it); absent when not given. */
  end?: EventTime;
  allDay: boolean;
  /** The zone the times are in (from the file, else the caller's `timeZone`). */
  timeZone: string;
  /** Present when the event repeats; `start`/`end` are then the first occurrence's. */
  recurrence?: EventRecurrence;
  location?: EventLocation;
  /** The event's own web page. */
  url?: string;
  registrationUrl?: string;
  imageUrl?: string;
  /** BCP 47 tag, canonicalised (`nl`, `nl-BE`). */
  language?: string;
  /** The Markdown body. */
  description: string;
  /** The body as plain text: no Markdown, no HTML, no control characters. */
  descriptionText: string;
  /** Frontmatter keys that are not mapped to a field, unchanged. */
  extra: Record<string, unknown>;
  source: {
    file?: string;
    format: 'yaml' | 'toml';
    /** The mapping preset that read it. */
    preset: string;
  };
}
