import { KlasLabError } from '@klaslab/core';
import {
  compareEvents,
  type Diagnostic,
  type KlasEvent,
  type Occurrence,
  webcalUrl,
} from '@klaslab/events';
import { html, nothing, type PropertyValues } from 'lit';
import { placeJsonLd } from '../../shared/jsonld.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { baseStyles } from '../../shared/styles.js';
import { eventMessages } from '../ai-event-card/messages.js';
import '../ai-event-card/define.js';
import { toJsonLd } from '@klaslab/events';
import { endsAt, formatMonth, monthKey } from '../ai-event-card/format.js';
import { eventListStyles } from './ai-event-list.styles.js';

type State = 'idle' | 'loading' | 'ready' | 'error';

const YEAR_MS = 366 * 86_400_000;

/** Events `<ai-event-list>` fires, by name, with their `detail`. */
export interface AiEventListEvents {
  'ai-events-loaded': { events: KlasEvent[]; diagnostics: Diagnostic[] };
  'ai-events-error': { error: unknown };
}

/**
 * Upcoming (and optionally past) events, grouped by month, each as an `<ai-event-card>`. Reads
 * `src` — the JSON that `klaslab-events --json` writes, or one or more Markdown event files
 * (space-separated URLs) parsed in the browser by `@klaslab/events` — or takes the `events`
 * property. Shows loading, empty and error states (each replaceable by a slot). Recurring events
 * are shown once per occurrence (a year back and a year ahead of now, DST-correct); `feed` adds a
 * `webcal://` link to subscribe to the site's calendar.
 *
 * @tag ai-event-list
 *
 * @slot heading - A heading above the list.
 * @slot loading - Replaces the loading message.
 * @slot empty - Replaces the "no events" message.
 * @slot error - Replaces the error message.
 *
 * @event ai-events-loaded - Events were loaded from `src`; `detail: { events, diagnostics }`.
 * @event ai-events-error - Loading `src` failed; `detail: { error }`.
 *
 * @csspart month - Each month heading.
 * @csspart list - Each month's list.
 * @csspart state - The loading, empty and error boxes.
 * @csspart subscribe - The "subscribe to this calendar" link (with `feed`).
 * @csspart card - Forwarded: each card's `<article>` (as `card`).
 *
 * @cssprop --ai-event-list-gap - Space between cards.
 * @cssprop --ai-event-list-month-size - Font size of the month headings.
 */
export class AiEventList extends KlasLabElement<AiEventListEvents> {
  static override styles = [baseStyles, eventListStyles];

  static override properties = {
    src: { type: String, reflect: true },
    events: { attribute: false },
    showPast: { type: Boolean, attribute: 'show-past', reflect: true },
    limit: { type: Number, reflect: true },
    timeZone: { type: String, attribute: 'time-zone', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    jsonld: { type: Boolean, reflect: true },
    uidDomain: { type: String, attribute: 'uid-domain', reflect: true },
    feed: { type: String, reflect: true },
    now: { attribute: false },
    state: { state: true },
    occurrences: { state: true },
    loaded: { state: true },
    errorMessage: { state: true },
  };

  /** URL of the events JSON, or space-separated URLs of Markdown event files. */
  src: string | undefined = undefined;
  /** Events to show (overrides `src`): `KlasEvent`s from `@klaslab/events`. */
  events: KlasEvent[] | undefined = undefined;
  /** Also show events that are over, in their own section (newest first). */
  showPast = false;
  /** Show at most this many upcoming events. */
  limit: number | undefined = undefined;
  /** Zone for Markdown times without an offset or zone (default Europe/Brussels). */
  timeZone: string | undefined = undefined;
  /** Level of the month headings, 2–5; the cards use one level deeper (default 2). */
  headingLevel = 2;
  /** Put schema.org JSON-LD for the shown events in the page. */
  jsonld = false;
  /** The site's domain for the cards' .ics `UID`s (as the feed's `--uid-domain`). */
  uidDomain: string | undefined = undefined;
  /** URL of the site's .ics feed (`klaslab-events --feed`): shows a `webcal://` subscribe link. */
  feed: string | undefined = undefined;
  /** The current time (default: the clock). Mainly for tests and previews. */
  now: Date | number | undefined = undefined;

  private state: State = 'idle';
  /** Each recurring event's occurrences in the window, once expanded (the expander loads lazily). */
  private occurrences = new Map<KlasEvent, KlasEvent[]>();
  private readonly seriesOf = new WeakMap<KlasEvent, KlasEvent>();
  private expansion = 0;
  private loaded: KlasEvent[] = [];
  private errorMessage = '';
  private abort: AbortController | undefined;
  private ldScript: HTMLScriptElement | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.abort = undefined;
    this.ldScript?.remove();
    this.ldScript = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reload if a fetch was cut off by a removal.
    if (this.src && this.events === undefined && this.state !== 'ready') this.requestUpdate('src');
    if (this.jsonld) this.requestUpdate('jsonld');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const map = changed as Map<PropertyKey, unknown>;
    if (changed.has('events') || changed.has('now') || map.has('loaded')) void this.expand();
    if ((changed.has('src') || changed.has('timeZone')) && this.events === undefined) {
      if (this.src) void this.load(this.src);
      else {
        this.abort?.abort();
        this.state = 'idle';
        this.loaded = [];
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      changed.has('jsonld') ||
      changed.has('events') ||
      (changed as Map<PropertyKey, unknown>).has('loaded') ||
      (changed as Map<PropertyKey, unknown>).has('occurrences')
    ) {
      // One JSON-LD object per event: a recurring one carries its eventSchedule once.
      const shown = this.jsonld
        ? [...new Set(this.upcoming().map((e) => this.seriesOf.get(e) ?? e))]
            .map((e) => safeLd(e))
            .filter(Boolean)
        : [];
      this.ldScript = placeJsonLd(
        this,
        shown.length ? { '@context': 'https://schema.org', '@graph': shown } : undefined,
        this.ldScript,
      );
    }
  }

  private async load(src: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = 'loading';
    try {
      const urls = src
        .trim()
        .split(/\s+/)
        .map((u) => new URL(u, document.baseURI));
      const texts = await Promise.all(
        urls.map(async (url) => {
          const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
          if (!response.ok) {
            throw new KlasLabError(
              'EVENTS_FETCH_FAILED',
              `${url.pathname}: HTTP ${response.status}`,
              {
                details: { file: url.href, status: response.status },
              },
            );
          }
          const type = response.headers.get('content-type') ?? '';
          return {
            url,
            text: await response.text(),
            json: /json/.test(type) || /\.json$/i.test(url.pathname),
          };
        }),
      );
      const events: KlasEvent[] = [];
      const diagnostics: Diagnostic[] = [];
      const markdown = texts.filter((t) => !t.json);
      for (const t of texts.filter((t) => t.json)) events.push(...readJson(t.text, t.url.href));
      if (markdown.length) {
        // The Markdown/YAML/TOML reader is loaded only for Markdown sources.
        const { parseEvents } = await import('@klaslab/events');
        const result = parseEvents(
          markdown.map((t) => ({
            file: t.url.pathname.split('/').pop() || t.url.href,
            text: t.text,
          })),
          {
            locale: this.locale,
            ...(this.timeZone ? { timeZone: this.timeZone } : {}),
            baseUrl: markdown[0]?.url.href,
          },
        );
        events.push(...result.events);
        diagnostics.push(...result.diagnostics);
      }
      if (abort.signal.aborted) return;
      events.sort(compareEvents);
      this.loaded = events;
      this.state = 'ready';
      this.emit('ai-events-loaded', { events, diagnostics });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.state = 'error';
      this.errorMessage = error instanceof Error ? error.message : String(error);
      this.emit('ai-events-error', { error });
    }
  }

  private source(): KlasEvent[] {
    const list = this.events ?? this.loaded;
    return Array.isArray(list) ? list.filter(isEvent) : [];
  }

  /** Every event, recurring ones as their occurrences (once expanded). */
  private all(): KlasEvent[] {
    return this.source().flatMap((e) => (e.recurrence && this.occurrences.get(e)) || [e]);
  }

  /** Expands the recurring events around now; the expander (ical.js) loads only when needed. */
  private async expand(): Promise<void> {
    const run = ++this.expansion;
    const recurring = this.source().filter((e) => e.recurrence);
    if (recurring.length === 0) {
      if (this.occurrences.size) this.occurrences = new Map();
      return;
    }
    const { expandEvent } = await import('@klaslab/events');
    if (run !== this.expansion) return;
    const now = this.nowMs();
    const window = { from: now - YEAR_MS, to: now + YEAR_MS };
    const next = new Map<KlasEvent, KlasEvent[]>();
    for (const series of recurring) {
      try {
        next.set(
          series,
          expandEvent(series, window).map((o) => this.occurrence(series, o)),
        );
      } catch {
        next.set(series, [series]);
      }
    }
    this.occurrences = next;
  }

  private occurrence(series: KlasEvent, o: Occurrence): KlasEvent {
    const { end: _end, ...rest } = series;
    const copy: KlasEvent = { ...rest, start: o.start, ...(o.end && { end: o.end }) };
    this.seriesOf.set(copy, series);
    return copy;
  }

  private nowMs(): number {
    return this.now === undefined ? Date.now() : Number(this.now);
  }

  /** The events that are not over yet, in order, up to `limit`. */
  upcoming(): KlasEvent[] {
    const now = this.nowMs();
    const list = this.all()
      .filter((e) => endsAt(e) >= now)
      .sort(compareEvents);
    const limit = Number(this.limit);
    return limit > 0 ? list.slice(0, limit) : list;
  }

  /** The events that are over, newest first. */
  past(): KlasEvent[] {
    const now = this.nowMs();
    return this.all()
      .filter((e) => endsAt(e) < now)
      .sort((a, b) => compareEvents(b, a));
  }

  override render() {
    const t = eventMessages.forLocale(this.locale);
    const level = Math.min(5, Math.max(2, Math.trunc(Number(this.headingLevel)) || 2));
    if (this.events === undefined && this.state === 'loading') {
      return html`<slot name="heading"></slot>
        <div class="state" part="state" role="status" aria-live="polite">
          <slot name="loading">${t('loading')}</slot>
        </div>`;
    }
    if (this.events === undefined && this.state === 'error') {
      return html`<slot name="heading"></slot>
        <div class="state error" part="state" role="alert">
          <slot name="error">
            <p>${t('error')}</p>
            <p>${t('errorDetail', { message: this.errorMessage })}</p>
          </slot>
        </div>`;
    }
    const upcoming = this.upcoming();
    const past = this.showPast ? this.past() : [];
    const busy = this.events === undefined && this.state === 'idle' && !!this.src;
    return html`
      <slot name="heading"></slot>
      ${this.renderSubscribe(t)}
      <div role="status" aria-live="polite" class="visually-hidden">
        ${busy ? '' : t('count', { count: upcoming.length })}
      </div>
      ${
        upcoming.length === 0 && !busy
          ? html`<div class="state" part="state">
              <slot name="empty">${this.showPast && past.length === 0 ? t('emptyAll') : t('empty')}</slot>
            </div>`
          : this.renderGroups(upcoming, level, this.locale)
      }
      ${
        past.length
          ? html`<div class="section-title" role="heading" aria-level=${level}>${t('pastHeading')}</div>
              ${this.renderGroups(past, Math.min(level + 1, 6), this.locale)}`
          : nothing
      }
    `;
  }

  private renderSubscribe(t: ReturnType<typeof eventMessages.forLocale>) {
    if (!this.feed) return nothing;
    let href: string;
    try {
      href = webcalUrl(new URL(this.feed, document.baseURI).href);
    } catch {
      return nothing;
    }
    return html`<p class="subscribe">
      <a part="subscribe" href=${href}>${t('subscribe')}</a>
      <span class="hint">${t('subscribeHint')}</span>
    </p>`;
  }

  private renderGroups(events: KlasEvent[], level: number, locale: string) {
    const groups = new Map<string, KlasEvent[]>();
    for (const event of events) {
      const key = monthKey(event);
      const group = groups.get(key);
      if (group) group.push(event);
      else groups.set(key, [event]);
    }
    return [...groups].map(
      ([key, list]) => html`
        <section aria-labelledby=${`m-${key}`}>
          <div class="month" part="month" id=${`m-${key}`} role="heading" aria-level=${level}>
            ${formatMonth(key, locale)}
          </div>
          <ol part="list">
            ${list.map(
              (event) => html`<li>
                <ai-event-card
                  exportparts="card,title,when,where,description,actions,register,calendar,calendar-menu,calendar-ics"
                  .event=${event}
                  .series=${this.seriesOf.get(event)}
                  .now=${this.now}
                  uid-domain=${this.uidDomain ?? nothing}
                  heading-level=${Math.min(level + 1, 6)}
                  lang=${locale}
                ></ai-event-card>
              </li>`,
            )}
          </ol>
        </section>
      `,
    );
  }
}

function isEvent(value: unknown): value is KlasEvent {
  const e = value as KlasEvent | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.title === 'string' &&
    typeof e.start === 'object' &&
    e.start !== null &&
    typeof e.start.date === 'string'
  );
}

function readJson(text: string, file: string): KlasEvent[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new KlasLabError('EVENTS_JSON_INVALID', `${file}: not valid JSON`, {
      details: { file },
      cause,
    });
  }
  const list = Array.isArray(data) ? data : (data as { events?: unknown })?.events;
  if (!Array.isArray(list)) {
    throw new KlasLabError('EVENTS_JSON_INVALID', `${file}: expected a list of events`, {
      details: { file },
    });
  }
  return list.filter(isEvent);
}

function safeLd(event: KlasEvent): Record<string, unknown> | undefined {
  try {
    return toJsonLd(event, { context: false });
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-event-list': AiEventList;
  }
}
