import { KlasLabError, type Locale } from '@klaslab/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { getDefaults } from '../../shared/config.js';
import { errorBox } from '../../shared/error-box.js';
import {
  checkThumbnails,
  creditLine,
  galleryBase,
  JsonLoad,
  pick,
  type Texts,
  type TrainingThumbnails,
} from '../../shared/gallery-data.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { baseStyles } from '../../shared/styles.js';
import { trainingMessages } from './messages.js';

/** The parts of the model's facts.json this view shows (models/small/facts.py writes it). */
export interface ModelFacts {
  schema: 1;
  model: string;
  version: string;
  photos: { total: number; train: number; heldout: number };
  sources: Array<
    Texts & {
      id: string;
      photos: number;
      train: number;
      share: number;
      licences: Record<string, number>;
    }
  >;
  subjects: Array<Texts & { id: string; photos: number; train: number; share: number }>;
  missing: Array<Texts & { id: string; why: Texts }>;
  encoder?: Texts & { name: string };
  labels: Record<'photos' | 'train' | 'heldout' | 'share' | 'missing', Texts>;
}

/** Events of `<ai-training-data>`. */
export interface AiTrainingDataEvents {
  'ai-training-data-error': { error: KlasLabError; code: string };
}

function checkFacts(value: unknown): string | undefined {
  const v = value as Partial<ModelFacts> | null;
  if (!v || typeof v !== 'object' || v.schema !== 1) return 'expected schema 1';
  if (!v.photos || !Array.isArray(v.sources) || !Array.isArray(v.subjects))
    return 'expected "photos", "sources" and "subjects"';
  if (!Array.isArray(v.missing) || !v.labels) return 'expected "missing" and "labels"';
  return undefined;
}

const number = (n: number, locale: Locale) => n.toLocaleString(locale);

/**
 * What the default model saw, for pupils: how many photos, from which sources (with their
 * licences), which subjects (with small thumbnails of training photos and their credits), and what
 * is missing. Every number and every nl/en/fr label comes from the model's `facts.json` (beside its
 * `model.json`), the thumbnails from `training.json` in the gallery's asset folder.
 *
 * @tag ai-training-data
 *
 * @event ai-training-data-error - facts.json could not be loaded; `detail: { error, code }`.
 *
 * @csspart summary - The totals.
 * @csspart sources - The list of sources.
 * @csspart subjects - The list of subjects with bars and thumbnails.
 * @csspart missing - What is missing.
 * @csspart error - The error box.
 */
export class AiTrainingData extends KlasLabElement<AiTrainingDataEvents> {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: var(--ai-training-data-max-width, 48rem);
      }
      ul {
        padding-left: 1.25rem;
      }
      .subjects {
        list-style: none;
        padding: 0;
      }
      .subjects > li {
        margin: 0.75rem 0;
      }
      .bar {
        height: 0.75rem;
        background: var(--_k-accent);
        border-radius: 0.25rem;
        min-width: 2px;
      }
      .thumbs {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        list-style: none;
        padding: 0;
        margin: 0.25rem 0;
      }
      .thumbs figure {
        margin: 0;
        width: 7rem;
      }
      .thumbs img {
        width: 7rem;
        height: 5.25rem;
        object-fit: contain;
        background: #808080;
      }
      figcaption,
      .note {
        font-size: 0.8rem;
        color: var(--_k-muted);
      }
    `,
  ];

  static override properties = {
    factsSrc: { type: String, attribute: 'facts-src', reflect: true },
    modelSrc: { type: String, attribute: 'model-src', reflect: true },
    base: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    facts: { state: true },
    thumbs: { state: true },
    error: { state: true },
    thumbsFailed: { state: true },
  };

  /** URL of the model's facts.json (default: beside `model-src`, or the page's default model). */
  factsSrc: string | undefined = undefined;
  /** URL of the model's model.json; its facts.json is read from the same folder. */
  modelSrc: string | undefined = undefined;
  /** Asset folder with training.json (the thumbnails); default `gallery/` beside the script. */
  base: string | undefined = undefined;
  /** Level of the title heading, 2–5 (default 2). */
  headingLevel = 2;

  private facts: ModelFacts | undefined = undefined;
  private thumbs: TrainingThumbnails | undefined = undefined;
  private error: KlasLabError | undefined = undefined;
  private thumbsFailed = false;
  private readonly loader = new JsonLoad();
  private readonly thumbsLoader = new JsonLoad();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader.cancel();
    this.thumbsLoader.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('factsSrc') ||
      changed.has('modelSrc') ||
      changed.has('base') ||
      !this.loader.started
    )
      void this.load();
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute, so pages with default-src 'self' show the bars.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar[data-share]'))
      bar.style.width = `${Math.round(Number(bar.dataset.share) * 100)}%`;
  }

  private factsUrl(): URL {
    if (this.factsSrc) return new URL(this.factsSrc, document.baseURI);
    const model = this.modelSrc ?? getDefaults().modelSrc;
    if (!model)
      throw new KlasLabError('GALLERY_FACTS_UNKNOWN', 'No facts-src and no model-src to find it', {
        details: { hint: 'set facts-src="…/facts.json" or model-src="…/model.json"' },
      });
    return new URL('facts.json', new URL(model, document.baseURI));
  }

  private async load(): Promise<void> {
    this.error = undefined;
    this.thumbsFailed = false;
    const thumbs = this.thumbsLoader.run<TrainingThumbnails>(
      () => new URL('training.json', galleryBase(this.base)),
      checkThumbnails,
    );
    const result = await this.loader.run<ModelFacts>(() => this.factsUrl(), checkFacts);
    if (!result) return;
    this.facts = result.data;
    this.error = result.error;
    if (result.error) {
      this.emit('ai-training-data-error', { error: result.error, code: result.error.code });
      return;
    }
    // Without thumbnails the facts still stand: the view says so.
    const loaded = await thumbs;
    if (!loaded) return;
    this.thumbs = loaded.data;
    this.thumbsFailed = !loaded.data;
  }

  override render() {
    const t = trainingMessages.forLocale(this.locale);
    if (this.error)
      return errorBox(this.error, t('error'), t('errorCode', { code: this.error.code }));
    const f = this.facts;
    if (!f) return html`<p role="status">${t('loading')}</p>`;
    const locale = this.locale;
    const level = Math.min(5, Math.max(2, Math.trunc(Number(this.headingLevel)) || 2));
    const heading = (text: string, l: number) =>
      html`<div role="heading" aria-level=${l}><strong>${text}</strong></div>`;
    const pct = (share: number) => t('percent', { percent: Math.round(share * 100) });
    return html`<article>
      ${heading(t('title'), level)}
      <p part="summary" class="summary">
        ${t('total', {
          model: `${f.model} ${f.version}`,
          total: number(f.photos.total, locale),
          train: number(f.photos.train, locale),
          trainLabel: pick(f.labels.train, locale),
          heldout: number(f.photos.heldout, locale),
          heldoutLabel: pick(f.labels.heldout, locale),
        })}
      </p>
      ${heading(t('sources'), level + 1)}
      <ul part="sources" class="sources">
        ${f.sources.map(
          (s) => html`<li>
            <strong>${pick(s, locale)}</strong>: ${number(s.photos, locale)}
            ${pick(f.labels.photos, locale)}; ${pick(f.labels.share, locale)}: ${pct(s.share)}.
            <span class="note">${t('licences', {
              licences: Object.entries(s.licences)
                .map(([l, n]) => `${l} (${number(n, locale)})`)
                .join(', '),
            })}</span>
          </li>`,
        )}
      </ul>
      ${heading(t('subjects'), level + 1)}
      ${this.thumbsFailed ? html`<p class="note">${t('noThumbnails')}</p>` : nothing}
      <ul part="subjects" class="subjects">
        ${f.subjects.map((s) => this.renderSubject(s, f, pct))}
      </ul>
      ${heading(pick(f.labels.missing, locale), level + 1)}
      <ul part="missing" class="missing">
        ${f.missing.map(
          (m) => html`<li><strong>${pick(m, locale)}</strong>: ${pick(m.why, locale)}</li>`,
        )}
      </ul>
      ${f.encoder ? html`${heading(t('encoder'), level + 1)}<p>${pick(f.encoder, locale)}</p>` : nothing}
    </article>`;
  }

  private renderSubject(
    s: ModelFacts['subjects'][number],
    f: ModelFacts,
    pct: (share: number) => string,
  ) {
    const t = trainingMessages.forLocale(this.locale);
    const locale = this.locale;
    const name = pick(s, locale);
    const thumbs = this.thumbs?.thumbnails.filter((x) => x.subject === s.id) ?? [];
    const base = galleryBase(this.base);
    return html`<li data-subject=${s.id}>
      <span>${name}: ${number(s.photos, locale)} ${pick(f.labels.photos, locale)}; ${pick(f.labels.share, locale)}: ${pct(s.share)}</span>
      <div class="bar" data-share=${s.share}></div>
      ${
        thumbs.length
          ? html`<ul class="thumbs" aria-label=${t('examples', { subject: name })}>
              ${thumbs.map(
                (x) => html`<li><figure>
                  <img src=${new URL(x.file, base).href} alt="" loading="lazy" />
                  <figcaption>${creditLine(x)}</figcaption>
                </figure></li>`,
              )}
            </ul>`
          : this.thumbs
            ? html`<p class="note">${t('noExamples')}</p>`
            : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-training-data': AiTrainingData;
  }
}
