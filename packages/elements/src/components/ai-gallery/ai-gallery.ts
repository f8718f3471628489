import type { KlasLabError } from '@klaslab/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { errorBox } from '../../shared/error-box.js';
import {
  checkGallery,
  creditLine,
  type GalleryData,
  type GalleryPhoto,
  galleryBase,
  JsonLoad,
  pick,
} from '../../shared/gallery-data.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { type Level, resolveLevel } from '../../shared/levels.js';
import { baseStyles } from '../../shared/styles.js';
import '../ai-colorizer/define.js';
import type { AiColorizer } from '../ai-colorizer/ai-colorizer.js';
import { galleryMessages } from './messages.js';

/** Events of `<ai-gallery>` and their `detail`. */
export interface AiGalleryEvents {
  /** A photo was chosen. */
  'ai-gallery-select': { id: string; group: string };
  /** The gallery's JSON could not be loaded. */
  'ai-gallery-error': { error: KlasLabError; code: string };
}

/**
 * The bias & confusion gallery: licensed photos with their true colours, grouped by what they
 * teach (things of any colour, people, scenes unlike the training data, old-looking photos,
 * drawings, pictures changed to confuse the model, "sure but wrong"). Choosing one shows it in an
 * `<ai-colorizer>` next to the real colours (its `view="truth"` where the colorizer has the lab's
 * truth view, except for old-looking photos, whose input is not their truth), with the group's
 * lesson, the measured error and a question for the class at the chosen `level`. Photos, credits
 * and measurements come from `gallery.json` in the asset folder (`base`), fetched only when the
 * gallery is on the page.
 *
 * @tag ai-gallery
 *
 * @event ai-gallery-select - A photo was chosen; `detail: { id, group }`.
 * @event ai-gallery-error - `gallery.json` could not be loaded; `detail: { error, code }` (`GALLERY_FETCH_FAILED`, `GALLERY_INVALID`).
 *
 * @csspart group - One group (heading, lesson, thumbnails).
 * @csspart thumb - A thumbnail button.
 * @csspart credit - A photo's author and licence.
 * @csspart detail - The chosen photo: colorizer, truth, question.
 * @csspart question - The question for the class.
 * @csspart error - The error box.
 *
 * @cssprop --ai-gallery-thumb-size - Thumbnail width (default 9rem).
 */
export class AiGallery extends KlasLabElement<AiGalleryEvents> {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      h2,
      h3 {
        margin: 1rem 0 0.25rem;
        line-height: 1.25;
      }
      .thumbs {
        list-style: none;
        margin: 0.5rem 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(var(--ai-gallery-thumb-size, 9rem), 1fr));
        gap: 0.75rem;
      }
      .thumb {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        width: 100%;
        padding: 0.25rem;
        border: 2px solid var(--_k-border);
        border-radius: var(--_k-radius);
        background: var(--_k-surface);
        color: inherit;
        font: inherit;
        text-align: left;
        cursor: pointer;
      }
      .thumb[aria-pressed='true'] {
        border-color: var(--_k-accent);
        box-shadow: 0 0 0 2px var(--_k-accent);
      }
      .thumb img {
        width: 100%;
        height: auto;
        aspect-ratio: 4 / 3;
        object-fit: contain;
        background: #808080;
        border-radius: calc(var(--_k-radius) / 2);
      }
      .credit {
        font-size: 0.8rem;
        color: var(--_k-muted);
        margin: 0;
      }
      .detail {
        border: 1px solid var(--_k-border);
        border-radius: var(--_k-radius);
        padding: 0.75rem 1rem;
        margin: 1rem 0;
      }
      .pair {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: 1rem;
        align-items: start;
      }
      figure {
        margin: 0;
      }
      figure img {
        max-width: 100%;
        height: auto;
      }
      .question {
        border-left: 4px solid var(--_k-accent);
        padding: 0.25rem 0.75rem;
        font-style: italic;
      }
    `,
  ];

  static override properties = {
    base: { type: String, reflect: true },
    level: { type: String, reflect: true },
    group: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    modelSrc: { type: String, attribute: 'model-src', reflect: true },
    wasmPath: { type: String, attribute: 'wasm-path', reflect: true },
    data: { state: true },
    error: { state: true },
  };

  /** URL of the asset folder with `gallery.json` (default: `gallery/` beside the script). */
  base: string | undefined = undefined;
  /** `po`, `vo` (default), `mbo`, or a Flemish alias (`lo`, `so1`–`so3`): which question is shown. */
  level: Level | string = 'vo';
  /** Show only this group (e.g. `people`); all groups when empty. */
  group = '';
  /** Id of the chosen photo (set it to open one). */
  selected = '';
  /** Level of the group headings, 2–5 (default 2; the chosen photo's title is one lower). */
  headingLevel = 2;
  /** Passed to the `<ai-colorizer>`. */
  modelSrc: string | undefined = undefined;
  /** Passed to the `<ai-colorizer>`. */
  wasmPath: string | undefined = undefined;

  private data: GalleryData | undefined = undefined;
  private error: KlasLabError | undefined = undefined;
  private readonly loader = new JsonLoad();
  private colorized = '';

  /** The loaded gallery.json (after the first render), e.g. for a lesson page. */
  get gallery(): GalleryData | undefined {
    return this.data;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('base') || !this.loader.started) void this.load();
  }

  protected override updated(): void {
    if (this.data && this.selected && this.colorized !== this.selected) void this.colorizeChosen();
  }

  private url(file: string): string {
    return new URL(file, galleryBase(this.base)).href;
  }

  private async load(): Promise<void> {
    this.data = undefined;
    this.error = undefined;
    const result = await this.loader.run<GalleryData>(
      () => new URL('gallery.json', galleryBase(this.base)),
      checkGallery,
    );
    if (!result) return;
    this.data = result.data;
    this.error = result.error;
    if (result.error)
      this.emit('ai-gallery-error', { error: result.error, code: result.error.code });
  }

  private choose(photo: GalleryPhoto): void {
    this.selected = photo.id;
    this.emit('ai-gallery-select', { id: photo.id, group: photo.group });
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector('#detail-title') as HTMLElement | null)?.focus(),
    );
  }

  /** Colorizes the chosen photo's input in the embedded colorizer. */
  private async colorizeChosen(): Promise<void> {
    const photo = this.data?.photos.find((p) => p.id === this.selected);
    const colorizer = this.renderRoot.querySelector('ai-colorizer') as AiColorizer | null;
    if (!photo || !colorizer) return;
    this.colorized = photo.id;
    try {
      // As a file, so the colorizer shows its grey/colour comparison as for a visitor's photo.
      const response = await fetch(this.url(photo.input ?? photo.file));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await response.blob();
      await colorizer.updateComplete;
      if (this.selected === photo.id) await colorizer.colorize(blob, `${photo.id}.jpg`);
    } catch {
      // A picture that could not be fetched: the truth is still shown; the next choice retries.
      this.colorized = '';
    }
  }

  override render() {
    const t = galleryMessages.forLocale(this.locale);
    if (this.error)
      return errorBox(this.error, t('error'), t('errorCode', { code: this.error.code }));
    const data = this.data;
    if (!data) return html`<p role="status">${t('loading')}</p>`;
    const level = Math.min(5, Math.max(2, Math.trunc(Number(this.headingLevel)) || 2));
    const groups = data.groups.filter((g) => !this.group || g === this.group);
    const chosen = data.photos.find((p) => p.id === this.selected);
    return html`<section aria-label=${t('label')}>
      ${groups.map((g) => this.renderGroup(g, data, level))}
      ${chosen ? this.renderDetail(chosen, level + 1) : nothing}
    </section>`;
  }

  private renderGroup(group: string, data: GalleryData, level: number) {
    const t = galleryMessages.forLocale(this.locale);
    const photos = data.photos.filter((p) => p.group === group);
    const key = group as 'any-colour';
    return html`<section part="group" aria-labelledby="g-${group}">
      <div id="g-${group}" role="heading" aria-level=${level} class="h">
        <strong>${t(`group.${key}`)}</strong>
      </div>
      <p>${t(`lesson.${key}`)}</p>
      <ul class="thumbs" role="list">
        ${photos.map((p) => {
          const title = pick(p.title, this.locale);
          return html`<li>
            <button
              type="button"
              class="thumb"
              part="thumb"
              data-id=${p.id}
              aria-pressed=${this.selected === p.id ? 'true' : 'false'}
              aria-label=${t('choose', { title })}
              @click=${() => this.choose(p)}
            >
              <img src=${this.url(p.file)} alt="" loading="lazy" width=${p.width} height=${p.height} />
              <span>${title}</span>
            </button>
            <p class="credit" part="credit">
              ${creditLine(p)}${p.licenceUrl ? html` (<a href=${p.licenceUrl} rel="license noopener" target="_blank">${t('licence')}</a>)` : nothing}
            </p>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderDetail(photo: GalleryPhoto, level: number) {
    const t = galleryMessages.forLocale(this.locale);
    const title = pick(photo.title, this.locale);
    const question = pick(photo.questions?.[resolveLevel(this.level)], this.locale);
    const m = photo.measures;
    return html`<section class="detail" part="detail" aria-labelledby="detail-title">
      <div id="detail-title" role="heading" aria-level=${level} tabindex="-1">
        <strong>${t('chosen', { title })}</strong>
      </div>
      <p>${t(`lesson.${photo.group as 'any-colour'}`)}</p>
      <div class="pair">
        <ai-colorizer
          lang=${this.locale}
          no-samples
          loading="eager"
          panels="confidence"
          view=${photo.input ? 'compare' : 'truth'}
          model-src=${this.modelSrc ?? nothing}
          wasm-path=${this.wasmPath ?? nothing}
        ></ai-colorizer>
        <div>
          <figure>
            <img src=${this.url(photo.file)} alt=${`${t('truth')}: ${title}`} width=${photo.width} height=${photo.height} />
            <figcaption>${t('truth')}</figcaption>
          </figure>
          ${
            photo.input
              ? html`<figure>
                <img src=${this.url(photo.input)} alt=${`${t('input')}: ${title}`} width=${photo.width} height=${photo.height} />
                <figcaption>${t('input')}</figcaption>
              </figure>`
              : nothing
          }
          <p class="credit" part="credit">${t('credit', { credit: creditLine(photo) })}</p>
          ${photo.derived ? html`<p class="credit">${t('derived', { how: photo.derived })}</p>` : nothing}
          ${photo.modelSplit === 'train' ? html`<p>${t('seen')}</p>` : nothing}
          <p>${t('measured', {
            deltaE: m.deltaE.toLocaleString(this.locale),
            confidence: Math.round(m.confidence * 100),
          })}</p>
        </div>
      </div>
      <p class="question" part="question"><strong>${t('question')}:</strong> ${question}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-gallery': AiGallery;
  }
}
