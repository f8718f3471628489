import type { KlasLabError } from '@klaslab/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { errorBox } from '../../shared/error-box.js';
import {
  checkGallery,
  creditLine,
  type GalleryData,
  galleryBase,
  JsonLoad,
  type QuizItem,
} from '../../shared/gallery-data.js';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { baseStyles } from '../../shared/styles.js';
import { quizMessages } from './messages.js';
import { drawRound, type Guess, type QuizScore, score, verdict } from './round.js';

/** Events of `<ai-quiz>` and their `detail`. */
export interface AiQuizEvents {
  /** The player answered one picture. */
  'ai-quiz-answer': {
    index: number;
    file: string;
    guess: Guess;
    answer: Guess;
    correct: boolean;
  };
  /** The round is over. */
  'ai-quiz-finish': QuizScore & { total: number; verdict: ReturnType<typeof verdict> };
  /** gallery.json could not be loaded. */
  'ai-quiz-error': { error: KlasLabError; code: string };
}

type Phase = 'intro' | 'question' | 'answer' | 'done';

/**
 * "Real or colorized?": a short round of pictures, half real colour photos, half the default
 * model's colorizations of other photos; the player guesses, sees the answer, and gets a score
 * with an honest verdict (including when the model fooled nobody). The colorizations were made
 * beforehand by `scripts/gallery/build.mjs` with the model whose sha256 `gallery.json` records, so
 * a class gets its first picture at once, without the 3 MB model. File names (`quiz/q07.jpg`)
 * give no hint.
 *
 * @tag ai-quiz
 *
 * @event ai-quiz-answer - One answer; `detail: { index, file, guess, answer, correct }` (`guess`, `answer`: `real` or `colorized`).
 * @event ai-quiz-finish - The round is over; `detail: { total, answered, correct, colorized, fooled, doubted, verdict }` (`verdict`: `never`, `rarely`, `sometimes`, `often`).
 * @event ai-quiz-error - `gallery.json` could not be loaded; `detail: { error, code }`.
 *
 * @csspart picture - The picture to judge.
 * @csspart choices - The two answer buttons.
 * @csspart feedback - Right or wrong, and the answer.
 * @csspart score - The final score.
 * @csspart error - The error box.
 */
export class AiQuiz extends KlasLabElement<AiQuizEvents> {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: var(--ai-quiz-max-width, 40rem);
      }
      .frame {
        border: 1px solid var(--_k-border);
        border-radius: var(--_k-radius);
        padding: 1rem;
      }
      img {
        display: block;
        max-width: 100%;
        height: auto;
        max-height: 60vh;
        margin: 0.5rem auto;
        background: #808080;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .big {
        font-size: 1.5rem;
        font-weight: 700;
        margin: 0.5rem 0;
      }
      .credit {
        font-size: 0.8rem;
        color: var(--_k-muted);
      }
    `,
  ];

  static override properties = {
    base: { type: String, reflect: true },
    count: { type: Number, reflect: true },
    seed: { type: Number, reflect: true },
    data: { state: true },
    error: { state: true },
    phase: { state: true },
    round: { state: true },
    guesses: { state: true },
  };

  /** URL of the asset folder with `gallery.json` (default: `gallery/` beside the script). */
  base: string | undefined = undefined;
  /** Pictures per round (default 8). */
  count = 8;
  /** Fixed seed: every player gets the same round (e.g. to compare in class); random when unset. */
  seed: number | undefined = undefined;

  private data: GalleryData | undefined = undefined;
  private error: KlasLabError | undefined = undefined;
  private phase: Phase = 'intro';
  private round: QuizItem[] = [];
  private guesses: Guess[] = [];
  private readonly loader = new JsonLoad();
  private rounds = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loader.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('base') || !this.loader.started) void this.load();
  }

  /** The score so far. */
  get score(): QuizScore {
    return score(this.round, this.guesses);
  }

  private async load(): Promise<void> {
    const result = await this.loader.run<GalleryData>(
      () => new URL('gallery.json', galleryBase(this.base)),
      checkGallery,
    );
    if (!result) return;
    this.data = result.data;
    this.error = result.error;
    if (result.error) this.emit('ai-quiz-error', { error: result.error, code: result.error.code });
  }

  /** Starts a new round (a new draw unless `seed` is set). */
  start(): void {
    if (!this.data) return;
    const seed = this.seed ?? Math.floor(Math.random() * 2 ** 31);
    this.round = drawRound(this.data.quiz.items, this.count, seed + this.rounds);
    this.rounds += this.seed === undefined ? 0 : 1;
    this.guesses = [];
    this.phase = 'question';
    this.focusSoon('.picture-heading');
  }

  /** Answers the current picture. */
  answer(guess: Guess): void {
    const index = this.guesses.length;
    const item = this.round[index];
    if (this.phase !== 'question' || !item) return;
    this.guesses = [...this.guesses, guess];
    this.phase = 'answer';
    this.emit('ai-quiz-answer', {
      index,
      file: item.file,
      guess,
      answer: item.answer,
      correct: guess === item.answer,
    });
    this.focusSoon('.feedback');
  }

  private next(): void {
    if (this.guesses.length < this.round.length) {
      this.phase = 'question';
      this.focusSoon('.picture-heading');
      return;
    }
    this.phase = 'done';
    const s = this.score;
    this.emit('ai-quiz-finish', { ...s, total: this.round.length, verdict: verdict(s) });
    this.focusSoon('.result');
  }

  private focusSoon(selector: string): void {
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus(),
    );
  }

  override render() {
    const t = quizMessages.forLocale(this.locale);
    if (this.error)
      return errorBox(this.error, t('error'), t('errorCode', { code: this.error.code }));
    if (!this.data) return html`<p role="status">${t('loading')}</p>`;
    return html`<section class="frame" aria-label=${t('label')}>
      <p><strong>${t('label')}</strong></p>
      ${this.phase === 'intro' ? this.renderIntro() : nothing}
      ${this.phase === 'question' || this.phase === 'answer' ? this.renderPicture() : nothing}
      ${this.phase === 'done' ? this.renderResult() : nothing}
    </section>`;
  }

  private renderIntro() {
    const t = quizMessages.forLocale(this.locale);
    const total = Math.min(this.count, this.data?.quiz.items.length ?? 0);
    return html`<p>${t('intro', { count: total })}</p>
      <button type="button" class="button primary start" @click=${() => this.start()}>${t('start')}</button>`;
  }

  private renderPicture() {
    const t = quizMessages.forLocale(this.locale);
    const index = this.phase === 'answer' ? this.guesses.length - 1 : this.guesses.length;
    const item = this.round[index];
    if (!item) return nothing;
    const n = index + 1;
    const last = n === this.round.length;
    const guess = this.guesses[index];
    return html`<p class="picture-heading" tabindex="-1">${t('progress', { n, total: this.round.length })}</p>
      <img part="picture" src=${new URL(item.file, galleryBase(this.base)).href} alt=${t('picture', { n })} />
      ${
        this.phase === 'question'
          ? html`<div class="choices" part="choices" role="group" aria-label=${t('picture', { n })}>
              <button type="button" class="button primary" data-guess="real" @click=${() => this.answer('real')}>${t('real')}</button>
              <button type="button" class="button primary" data-guess="colorized" @click=${() => this.answer('colorized')}>${t('colorized')}</button>
            </div>`
          : html`<div class="feedback" part="feedback" tabindex="-1" role="status">
              <p class="big">${guess === item.answer ? t('correct') : t('wrong')}</p>
              <p>${item.answer === 'real' ? t('wasReal') : t('wasColorized')}</p>
              <p class="credit">${t('credit', { credit: creditLine(item) })}</p>
              <button type="button" class="button primary next" @click=${() => this.next()}>${last ? t('finish') : t('next')}</button>
            </div>`
      }`;
  }

  private renderResult() {
    const t = quizMessages.forLocale(this.locale);
    const s = this.score;
    const model = this.data?.model;
    return html`<div class="result" part="score" tabindex="-1" role="status">
      <p class="big">${t('score', { correct: s.correct, total: this.round.length })}</p>
      <p>${t('fooled', { fooled: s.fooled, colorized: s.colorized })}</p>
      ${s.doubted ? html`<p>${t('doubted', { doubted: s.doubted })}</p>` : nothing}
      <p>${t(`verdict.${verdict(s)}`)}</p>
      ${
        model
          ? html`<p class="credit">${t('precomputed', {
              model: `${model.name} ${model.version}`,
              sha: model.sha256.slice(0, 12),
            })}</p>`
          : nothing
      }
      <button type="button" class="button primary again" @click=${() => this.start()}>${t('again')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-quiz': AiQuiz;
  }
}
