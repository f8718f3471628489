import type { EventTime, KlasEvent } from '@klaslab/events';

function dateOnly(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
}

function instant(t: EventTime): Date {
  return t.kind === 'date' ? dateOnly(t.date) : new Date(t.utc);
}

/** `datetime` attribute value for a `<time>` element. */
export function machineTime(t: EventTime): string {
  return t.kind === 'date'
    ? t.date
    : `${t.date}T${t.time.slice(0, 5)}${t.offset === '+00:00' ? 'Z' : t.offset}`;
}

/**
 * The event's date and time range in the page's language, shown in the event's own time zone (a
 * workshop in Ghent at 09:30 reads 09:30 wherever the visitor is).
 */
export function formatWhen(event: KlasEvent, locale: string): string {
  if (event.allDay || event.start.kind === 'date') {
    const fmt = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const start = dateOnly(event.start.date);
    if (!event.end || event.end.date === event.start.date) return fmt.format(start);
    return fmt.formatRange(start, dateOnly(event.end.date));
  }
  const fmt = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: event.timeZone,
  });
  const start = instant(event.start);
  if (!event.end) return fmt.format(start);
  const end = instant(event.end);
  return end > start ? fmt.formatRange(start, end) : fmt.format(start);
}

/** `2025-11` for grouping by month (in the event's own zone). */
export function monthKey(event: KlasEvent): string {
  return event.start.date.slice(0, 7);
}

export function formatMonth(key: string, locale: string): string {
  const [y, m] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 15)));
}

/** The moment an event is over: its end (all-day: the day after the last day), else its start. */
export function endsAt(event: KlasEvent): number {
  const t = event.end ?? event.start;
  if (t.kind === 'date') return dateOnly(t.date).getTime() + 12 * 3600_000;
  return new Date(t.utc).getTime();
}

/** The visitor's own zone, to tell whether a time-zone note is needed. */
export function visitorTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}
