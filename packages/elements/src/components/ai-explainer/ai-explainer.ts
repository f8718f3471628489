import { css, html, nothing, type PropertyValues } from 'lit';
import { getDefaults } from '../../shared/config.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { baseStyles } from '../../shared/styles.js';
import '../ai-colorizer/define.js';
import { type Level, resolveLevel } from '../../shared/levels.js';
import { colorizerMessages } from '../ai-colorizer/messages.js';
import { explainerText, TOPICS, type Topic } from './content.js';

/** The colorizer panels each topic's figure shows (topics without a figure caption show none). */
const FIGURE_PANELS: Partial<Record<Topic, string>> = {
  'generative-ai': 'alternatives',
  colorization: 'channels confidence',
  bias: 'confidence',
  probability: 'alternatives confidence',
  'convincing-but-wrong': 'alternatives',
};

interface ModelCardFacts {
  name?: string;
  license?: string;
  trainingData?: string;
  citation?: string;
}

/**
 * A short explainer about AI, in Dutch, English or French, at three depths (`level="po|vo|mbo"`, or the Flemish `lo`, `so1`–`so3`:
 * primary, secondary, vocational). Topics with an interactive figure that runs the real colorizer:
 * `generative-ai` (other possible colourings of one photo), `colorization` (the L, a and b channels
 * and the confidence map), `bias` (the training data, read from the model's card), `probability`
 * and `convincing-but-wrong`. Topics as text: `training-data`, `misinformation` (and deepfakes),
 * `energy` (a measured figure for one colorization next to a published one for large image
 * generators, with sources), `hype`, `no-mind` (no consciousness or will), `copyright`, `big-tech`
 * (dependence on a few companies) and `prompting`. Numbers about the model come from its exported
 * facts, generated into the package at build time.
 *
 * @tag ai-explainer
 *
 * @slot - Extra content after the text (your own examples or assignments).
 * @slot title - Replaces the title.
 * @slot figure - Replaces the interactive colorizer figure.
 * @slot question - Replaces the question for the class.
 *
 * @csspart title - The heading.
 * @csspart text - The paragraphs.
 * @csspart figure - The figure with the colorizer.
 * @csspart model-card - The model card facts (topic `bias`).
 * @csspart question - The question for the class.
 * @csspart sources - Where the figures come from (topic `energy`).
 *
 * @cssprop --ai-explainer-max-width - Maximum width (default 48rem).
 */
export class AiExplainer extends KlasLabElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: var(--ai-explainer-max-width, 48rem);
      }
      .title {
        font-size: 1.4rem;
        margin: 0 0 0.5rem;
        line-height: 1.25;
      }
      figure {
        margin: 1rem 0;
      }
      figcaption {
        margin-top: 0.5rem;
        color: var(--_k-muted);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        border: 1px solid var(--_k-border);
        border-radius: var(--_k-radius);
        padding: 0.75rem 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .sources {
        font-size: 0.875rem;
        color: var(--_k-muted);
      }
      .question {
        border-left: 4px solid var(--_k-accent);
        padding: 0.25rem 0.75rem;
        font-style: italic;
      }
    `,
  ];

  static override properties = {
    topic: { type: String, reflect: true },
    level: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    modelSrc: { type: String, attribute: 'model-src', reflect: true },
    wasmPath: { type: String, attribute: 'wasm-path', reflect: true },
    noFigure: { type: Boolean, attribute: 'no-figure', reflect: true },
    card: { state: true },
  };

  /** One of the topics listed above (default `generative-ai`). */
  topic: Topic = 'generative-ai';
  /** `po` (primary), `vo` (secondary, default), `mbo` (vocational), or a Flemish alias: `lo`, `so1`–`so3`. */
  level: Level | string = 'vo';
  /** Level of the title heading, 2–6 (default 2). */
  headingLevel = 2;
  /** Passed to the figure's `<ai-colorizer>`; also where the model card is read from. */
  modelSrc: string | undefined = undefined;
  /** Passed to the figure's `<ai-colorizer>`. */
  wasmPath: string | undefined = undefined;
  /** Leave out the interactive figure. */
  noFigure = false;

  private card: ModelCardFacts | undefined = undefined;
  private abort: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.abort = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.topic === 'bias' && !this.card) void this.readModelCard();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('topic') || changed.has('modelSrc')) && this.topic === 'bias')
      void this.readModelCard();
  }

  /** The model card facts (model.json's name, licence, training data), read from `model-src`. */
  private async readModelCard(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const src = this.modelSrc ?? getDefaults().modelSrc;
    if (!src) return;
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: abort.signal });
      if (!response.ok) return;
      const json = (await response.json()) as Record<string, unknown>;
      const text = (key: string) =>
        typeof json[key] === 'string' ? (json[key] as string) : undefined;
      if (!abort.signal.aborted) {
        this.card = {
          name: [text('name'), text('version')].filter(Boolean).join(' '),
          license: text('license'),
          trainingData: text('trainingData'),
          citation: text('citation'),
        };
      }
    } catch {
      // No card: the text still stands on its own.
    }
  }

  override render() {
    const locale = this.locale;
    const topic = TOPICS.includes(this.topic) ? this.topic : 'generative-ai';
    const level = resolveLevel(this.level);
    const text = explainerText(locale, topic, level);
    const headingLevel = Math.min(6, Math.max(2, Math.trunc(Number(this.headingLevel)) || 2));
    const panels = FIGURE_PANELS[topic] ?? 'confidence';
    return html`
      <article aria-labelledby="title">
        <div id="title" class="title" part="title" role="heading" aria-level=${headingLevel}>
          <slot name="title">${text.title}</slot>
        </div>
        <div part="text">${text.paragraphs.map((p) => html`<p>${p}</p>`)}</div>
        ${topic === 'bias' && this.card ? this.renderCard(this.card) : nothing}
        ${
          this.noFigure || !text.figure
            ? nothing
            : html`<figure part="figure">
                <slot name="figure">
                  <ai-colorizer
                    lang=${locale}
                    panels=${panels}
                    model-src=${this.modelSrc ?? nothing}
                    wasm-path=${this.wasmPath ?? nothing}
                  ></ai-colorizer>
                </slot>
                <figcaption>${text.figure}</figcaption>
              </figure>`
        }
        <p class="question" part="question"><slot name="question">${text.question}</slot></p>
        ${
          text.sources
            ? html`<ul class="sources" part="sources">
                ${text.sources.map((source) => html`<li>${source}</li>`)}
              </ul>`
            : nothing
        }
        <slot></slot>
      </article>
    `;
  }

  private renderCard(card: ModelCardFacts) {
    const t = colorizerMessages.forLocale(this.locale);
    const rows: Array<[string, string | undefined]> = [
      [t('modelName'), card.name],
      [t('trainingData'), card.trainingData],
      [t('license'), card.license],
      [t('citation'), card.citation],
    ];
    return html`<div part="model-card">
      <p><strong>${t('modelCard')}</strong></p>
      <dl>
        ${rows.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
      </dl>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-explainer': AiExplainer;
  }
}
