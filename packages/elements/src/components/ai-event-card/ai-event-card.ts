import { KlasLabError } from '@klaslab/core';
import { calendarLinks, type KlasEvent, toJsonLd } from '@klaslab/events';
import { html, nothing, type PropertyValues } from 'lit';
import { placeJsonLd } from '../../shared/jsonld.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { renderMarkdown } from '../../shared/markdown.js';
import { isWebUrl, safeUrl } from '../../shared/safe-url.js';
import { baseStyles } from '../../shared/styles.js';
import { eventCardStyles } from './ai-event-card.styles.js';
import { endsAt, formatWhen, machineTime, visitorTimeZone } from './format.js';
import { eventMessages } from './messages.js';

/** Events `<ai-event-card>` fires, by name, with their `detail`. */
export interface AiEventCardEvents {
  'ai-calendar-download': { event: KlasEvent; filename: string };
  'ai-error': { code: string; error: unknown };
}

/**
 * One event: title, date and time in the event's own time zone (in the page's language), location
 * with a map link, the description (Markdown, rendered inert), a registration button and "add to
 * calendar": links for Google Calendar, Outlook.com, Microsoft 365 and Yahoo, and an .ics file made
 * in the browser (Apple Calendar and the rest; for a recurring event, the whole series). Titles, texts and URLs from event files are shown
 * as text only; `javascript:` and other non-web URLs are refused.
 *
 * @tag ai-event-card
 *
 * @slot title - Replaces the title.
 * @slot actions - Extra buttons after the default ones.
 * @slot description - Replaces the rendered description.
 *
 * @event ai-calendar-download - An .ics file was offered for download; `detail: { event, filename }`.
 * @event ai-error - "Add to calendar" failed; `detail: { code, error }` (the card shows it too).
 *
 * @csspart card - The `<article>`.
 * @csspart title - The heading.
 * @csspart when - The date and time line.
 * @csspart where - The location line.
 * @csspart description - The description.
 * @csspart actions - The button row.
 * @csspart register - The registration link (styled as a button).
 * @csspart calendar - The "add to calendar" button (it opens the list of calendars).
 * @csspart calendar-menu - The list of calendars.
 * @csspart calendar-ics - The .ics download button in that list.
 * @csspart error - Why the event cannot be shown or put in a calendar.
 *
 * @cssprop --ai-event-card-padding - Padding inside the card.
 * @cssprop --ai-event-card-title-size - Font size of the title.
 * @cssprop --klaslab-accent - Button and link colour.
 * @cssprop --klaslab-surface - Card background.
 * @cssprop --klaslab-border - Card border colour.
 */
export class AiEventCard extends KlasLabElement<AiEventCardEvents> {
  static override styles = [baseStyles, eventCardStyles];

  static override properties = {
    event: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    jsonld: { type: Boolean, reflect: true },
    uidDomain: { type: String, attribute: 'uid-domain', reflect: true },
    series: { attribute: false },
    now: { attribute: false },
    calendarError: { state: true },
  };

  /** The event to show (a `KlasEvent` from `@klaslab/events`, or its JSON). */
  event: KlasEvent | undefined = undefined;
  /** Heading level of the title, 2–6 (default 3). */
  headingLevel = 3;
  /** Also put schema.org JSON-LD for this event in the page (next to the element). */
  jsonld = false;
  /**
   * The site's domain for the .ics `UID` (`id@uid-domain`; default `klaslab.events`). Use the same
   * one as the site's feed, so that an event added from the card and from the feed is one event.
   */
  uidDomain: string | undefined = undefined;
  /** For one occurrence of a recurring event: the whole series, which the .ics adds. */
  series: KlasEvent | undefined = undefined;
  /** The current time, for "past" (default: the clock). Mainly for tests and previews. */
  now: Date | number | undefined = undefined;

  /** Why the last "add to calendar" failed (shown in the card), or empty. */
  private calendarError = '';
  private ldScript: HTMLScriptElement | undefined;
  private objectUrls = new Set<string>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const url of this.objectUrls) URL.revokeObjectURL(url);
    this.objectUrls.clear();
    this.ldScript?.remove();
    this.ldScript = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-placed on the next update (it was removed when the element left the page).
    if (this.jsonld) this.requestUpdate('jsonld');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('event') || changed.has('jsonld')) {
      let data: unknown;
      if (this.jsonld && this.event) {
        try {
          data = toJsonLd(this.event);
        } catch {
          data = undefined;
        }
      }
      this.ldScript = placeJsonLd(this, data, this.ldScript);
    }
  }

  /**
   * Makes the .ics for this event and offers it as a download. Returns the file name, or
   * `undefined` when the event cannot be written: the card then shows why (with the error code)
   * and fires `ai-error`; it never rejects, so a click can never fail unseen.
   */
  async downloadCalendar(): Promise<string | undefined> {
    const event = this.event;
    if (!event) return undefined;
    const t = eventMessages.forLocale(this.locale);
    this.calendarError = '';
    let ics: string;
    try {
      // The iCalendar writer (with its VTIMEZONE data) loads on the first click only.
      const { toICalendar } = await import('@klaslab/events');
      ics = toICalendar([withSafeLinks(this.series ?? event)], {
        name: t('calendarName'),
        ...(this.uidDomain ? { uidDomain: this.uidDomain } : {}),
      });
    } catch (error) {
      const code = KlasLabError.is(error) ? error.code : 'EVENTS_INVALID_EVENT';
      this.calendarError = t('calendarFailed', { code });
      this.emit('ai-error', { code, error });
      return undefined;
    }
    const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    this.objectUrls.add(url);
    const filename = `${(event.id || 'event').replace(/[^\w.-]+/g, '-').slice(0, 80)}.ics`;
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    // Revoke once the download has had time to start (and at the latest on removal).
    setTimeout(() => {
      if (this.objectUrls.delete(url)) URL.revokeObjectURL(url);
    }, 30_000);
    this.emit('ai-calendar-download', { event, filename });
    return filename;
  }

  private renderCalendarMenu(event: KlasEvent, t: ReturnType<typeof eventMessages.forLocale>) {
    return calendarMenu(this, event, t);
  }

  override render() {
    const event = this.event;
    if (!event) return nothing;
    const locale = this.locale;
    const t = eventMessages.forLocale(locale);
    // An object set from script need not be a KlasEvent: say so instead of throwing in render.
    if (!isShowable(event)) {
      return html`<p class="error" role="alert" part="error">
        ${t('invalidEvent', { code: 'EVENTS_INVALID_EVENT' })}
      </p>`;
    }
    const level = Math.min(6, Math.max(2, Math.trunc(Number(this.headingLevel)) || 3));
    const now = this.now === undefined ? Date.now() : Number(this.now);
    const past = endsAt(event) < now;
    const registration = safeUrl(event.registrationUrl);
    const loc = event.location;
    const place = loc?.name ?? loc?.address;
    const mapUrl = safeUrl(loc?.url);
    let when = '';
    try {
      when = formatWhen(event, locale);
    } catch {
      when = event.start.date;
    }
    const showZone =
      !event.allDay && event.start.kind === 'date-time' && event.timeZone !== visitorTimeZone();
    return html`
      <article part="card" aria-labelledby="title">
        <div id="title" class="title" role="heading" aria-level=${level} part="title">
          <slot name="title">${event.title}</slot>
        </div>
        ${past ? html`<p class="past">${t('past')}</p>` : nothing}
        <p class="when" part="when">
          <span class="visually-hidden">${t('when')}: </span>
          <time datetime=${machineTime(event.start)}>${when}</time>
        </p>
        ${showZone ? html`<p class="zone">${t('timeZoneNote', { zone: event.timeZone })}</p>` : nothing}
        ${
          place || loc?.address
            ? html`<p class="where" part="where">
              <span class="label">${t('location')}:</span>
              ${place}${loc?.address && loc.address !== place ? html`, ${loc.address}` : nothing}
              ${
                mapUrl && isWebUrl(mapUrl)
                  ? html` — <a href=${mapUrl} rel="noopener noreferrer nofollow"
                      >${t('openMap', { place: place ?? '' })}</a
                    >`
                  : nothing
              }
            </p>`
            : nothing
        }
        <div class="description" part="description">
          <slot name="description">${event.description ? renderMarkdown(event.description) : nothing}</slot>
        </div>
        <div class="actions" part="actions">
          ${
            registration && !past
              ? html`<a
                  class="button primary"
                  part="register"
                  href=${registration}
                  rel="noopener noreferrer nofollow"
                  aria-label=${t('registerFor', { title: event.title })}
                  >${t('register')}</a
                >`
              : nothing
          }
          ${this.renderCalendarMenu(event, t)}
          <slot name="actions"></slot>
        </div>
        ${this.calendarError ? html`<p class="error" role="alert" part="error">${this.calendarError}</p>` : nothing}
      </article>
    `;
  }
}

/** The "add to calendar" disclosure: one link per web calendar, then the .ics download. */
function calendarMenu(
  card: AiEventCard,
  event: KlasEvent,
  t: ReturnType<typeof eventMessages.forLocale>,
) {
  let links: ReturnType<typeof calendarLinks> | undefined;
  try {
    links = calendarLinks(event);
  } catch {
    links = undefined;
  }
  const services = links
    ? ([
        ['google', t('calendarGoogle'), links.google],
        ['outlook', t('calendarOutlook'), links.outlook],
        ['office365', t('calendarOffice365'), links.office365],
        ['yahoo', t('calendarYahoo'), links.yahoo],
      ] as const)
    : [];
  const recurring = !!(card.series ?? event).recurrence;
  return html`<details class="calendar">
    <summary class="button" part="calendar" aria-label=${t('addToCalendarFor', { title: event.title })}>
      ${t('addToCalendar')}
    </summary>
    <ul part="calendar-menu">
      ${services.map(
        ([key, label, href]) =>
          html`<li>
            <a href=${href} target="_blank" rel="noopener noreferrer nofollow" data-calendar=${key}
              >${label}</a
            >
          </li>`,
      )}
      <li>
        <button type="button" part="calendar-ics" @click=${() => void card.downloadCalendar()}>
          ${t('calendarIcs')}
        </button>
      </li>
    </ul>
    ${recurring ? html`<p class="series-note">${t('seriesNote')}</p>` : nothing}
  </details>`;
}

function isTime(t: unknown): boolean {
  if (typeof t !== 'object' || t === null) return false;
  const v = t as Record<string, unknown>;
  if (typeof v.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return false;
  if (v.kind === 'date') return true;
  return (
    v.kind === 'date-time' &&
    typeof v.time === 'string' &&
    typeof v.offset === 'string' &&
    typeof v.utc === 'string' &&
    typeof v.timeZone === 'string'
  );
}

/** Enough of a `KlasEvent` to show: a title and well-formed start (and end) times. */
function isShowable(event: KlasEvent): boolean {
  return (
    typeof event === 'object' &&
    typeof event.title === 'string' &&
    isTime(event.start) &&
    (event.end === undefined || isTime(event.end))
  );
}

/** The event with only the links the card would show itself (http(s), and mailto to register). */
function withSafeLinks(event: KlasEvent): KlasEvent {
  const web = (url: string | undefined) => {
    const safe = safeUrl(url);
    return safe && isWebUrl(safe) ? safe : undefined;
  };
  const registration = safeUrl(event.registrationUrl);
  const { url: _u, imageUrl: _i, registrationUrl: _r, location, ...rest } = event;
  const locationUrl = web(location?.url);
  const { url: _l, ...place } = location ?? {};
  return {
    ...rest,
    ...(web(event.url) && { url: web(event.url) }),
    ...(web(event.imageUrl) && { imageUrl: web(event.imageUrl) }),
    ...(registration &&
      /^(https?|mailto):/.test(registration) && { registrationUrl: registration }),
    ...(location && { location: { ...place, ...(locationUrl && { url: locationUrl }) } }),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-event-card': AiEventCard;
  }
}
