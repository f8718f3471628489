import { html, nothing, type PropertyValues } from 'lit';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { LEVEL_NAMES, type Level, resolveLevel } from '../../shared/levels.js';
import { baseStyles } from '../../shared/styles.js';
import '../ai-colorizer/define.js';
import '../ai-gallery/define.js';
import '../ai-quiz/define.js';
import '../ai-training-data/define.js';
import { lessonStyles } from './ai-lesson.styles.js';
import { lessonTexts } from './content.js';
import { lessonMessages } from './messages.js';
import {
  type Embed,
  STEP_IDS,
  STEPS,
  type Step,
  type StepId,
  startMinutes,
  stepFromParam,
  TOTAL_MINUTES,
} from './steps.js';

/** Where the current step is kept in the page's address. */
export type LessonUrlMode = 'hash' | 'query' | 'none';

export interface LessonStepDetail {
  step: StepId;
  /** 0-based position of the step. */
  index: number;
  previous: StepId | undefined;
  level: Level;
  /** Minute of the lesson the step starts at, and how long it takes. */
  start: number;
  minutes: number;
  /** What moved the lesson: a button or key, the address (back/forward, a link), or code. */
  cause: 'navigation' | 'url' | 'property';
}

export interface LessonEvents {
  'ai-lesson-step': LessonStepDetail;
}

/** The name of the step parameter in the address: `#step=reveal` or `?step=reveal`. */
export const STEP_PARAM = 'step';

/** Keys that move between steps, and the direction. Arrows only outside form controls. */
const KEY_MOVES: Record<string, -1 | 1> = {
  ArrowRight: 1,
  ArrowLeft: -1,
  PageDown: 1,
  PageUp: -1,
};

/** An element that uses arrow keys itself (a slider, a text field, a select…). */
function usesArrows(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement)
    return target.type !== 'button' && target.type !== 'checkbox';
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    [
      'slider',
      'spinbutton',
      'textbox',
      'listbox',
      'radiogroup',
      'radio',
      'tab',
      'application',
    ].includes(target.getAttribute('role') ?? '')
  );
}

/**
 * A 50-minute guided lesson on generative AI with the colorizer: predict → colorize → reveal the
 * truth → probe the probabilities → find a bias → try to confuse it → discuss. Each step shows the
 * pupils' task, the element they work with, and (for the teacher) what to say and ask at the
 * chosen level, with an answer note. `<ai-teacher-guide>` prints the same steps.
 *
 * The current step is kept in the address (`url="hash"`, the default: `#step=reveal`; `url="query"`:
 * `?step=reveal`; `url="none"`: not at all), so a link opens a step and the browser's back button
 * goes back a step. One lesson per page when the address is used. Keys: ← → and Page Up/Down
 * (arrows only when focus is not in a slider or form field).
 *
 * The reveal step switches the colorizer to its truth view (`view="truth"`: grey | AI | real), the
 * probe step counts `ai-colorizer-probe` events, and the colorize step waits for a result.
 *
 * @tag ai-lesson
 *
 * @event ai-lesson-step - The step changed; `detail: { step, index, previous, level, start, minutes, cause }`.
 *
 * @slot - Extra content under every step (your own notes for the class).
 *
 * @csspart header - The title and progress.
 * @csspart progress - The progress bar.
 * @csspart steps - The step list (navigation).
 * @csspart step - The current step.
 * @csspart task - The pupils' task.
 * @csspart teacher - The teacher's notes (say, ask, answer).
 * @csspart controls - The previous and next buttons.
 *
 * @cssprop --ai-lesson-max-width - Maximum width (default 60rem).
 */
export class AiLesson extends KlasLabElement<LessonEvents> {
  static override styles = [baseStyles, lessonStyles];

  static override properties = {
    step: { type: String, reflect: true },
    level: { type: String, reflect: true },
    url: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    teacherOpen: { type: Boolean, attribute: 'teacher-open', reflect: true },
    modelSrc: { type: String, attribute: 'model-src', reflect: true },
    wasmPath: { type: String, attribute: 'wasm-path', reflect: true },
    tried: { state: true },
    probes: { state: true },
  };

  /** The current step: `predict`, `colorize`, `reveal`, `probe`, `bias`, `confuse` or `discuss`. */
  step: StepId = 'predict';
  /** `po`, `vo` (default) or `mbo`, or a Flemish alias (`lo`, `so1`–`so3`): the teacher's texts. */
  level: Level | string = 'vo';
  /** Keep the step in the address: `hash` (default), `query` or `none`. */
  url: LessonUrlMode = 'hash';
  /** Level of the lesson's title heading, 2–5 (default 2); the step title is one below. */
  headingLevel = 2;
  /** Open the teacher's notes by default (for the teacher's own screen). */
  teacherOpen = false;
  /** Passed to the lesson's `<ai-colorizer>`. */
  modelSrc: string | undefined = undefined;
  /** Passed to the lesson's `<ai-colorizer>`. */
  wasmPath: string | undefined = undefined;

  private tried = new Set<StepId>();
  private probes = 0;
  private previous: StepId | undefined;
  private cause: LessonStepDetail['cause'] = 'property';
  private defaultView: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('popstate', this.onAddressChange);
    window.addEventListener('hashchange', this.onAddressChange);
    this.addEventListener('ai-colorizer-result', this.onResult);
    this.addEventListener('ai-colorizer-probe', this.onProbe);
    const fromUrl = this.readAddress();
    if (fromUrl) {
      this.cause = 'url';
      this.step = fromUrl;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('popstate', this.onAddressChange);
    window.removeEventListener('hashchange', this.onAddressChange);
    this.removeEventListener('ai-colorizer-result', this.onResult);
    this.removeEventListener('ai-colorizer-probe', this.onProbe);
  }

  /** The steps in order (ids), for pages that build their own navigation. */
  get steps(): readonly StepId[] {
    return STEP_IDS;
  }

  /** Goes to the next step (no-op on the last). */
  next(): void {
    this.go(this.index + 1, 'navigation');
  }

  /** Goes to the previous step (no-op on the first). */
  previousStep(): void {
    this.go(this.index - 1, 'navigation');
  }

  /** Goes to `step` (an id or its 1-based number), as a visitor's navigation would. */
  goTo(step: StepId | number): void {
    const id = stepFromParam(String(step));
    if (id) this.go(STEP_IDS.indexOf(id), 'navigation');
  }

  private get index(): number {
    const i = STEP_IDS.indexOf(this.step);
    return Math.max(i, 0);
  }

  private go(index: number, cause: LessonStepDetail['cause']): void {
    const id = STEP_IDS[index];
    if (!id || id === this.step) return;
    this.cause = cause;
    this.step = id;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step')) {
      if (!STEP_IDS.includes(this.step)) this.step = stepFromParam(this.step) ?? 'predict';
      this.previous = changed.get('step') as StepId | undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('step')) return;
    this.applyView();
    const cause = this.cause;
    this.cause = 'property';
    if (cause === 'navigation') this.writeAddress();
    const index = this.index;
    const step = STEPS[index]!;
    this.emit('ai-lesson-step', {
      step: step.id,
      index,
      previous: this.previous,
      level: resolveLevel(this.level),
      start: startMinutes()[index] ?? 0,
      minutes: step.minutes,
      cause,
    });
  }

  /** The lesson's colorizer (one for all steps, so a photo stays from colorize to probe). */
  get colorizer(): HTMLElementTagNameMap['ai-colorizer'] | null {
    return this.renderRoot.querySelector('ai-colorizer');
  }

  /** Sets the colorizer's `view` to the step's (truth on reveal), else back to what it had. */
  private applyView(): void {
    const colorizer = this.colorizer as (HTMLElement & { view?: unknown }) | null;
    if (!colorizer) return;
    if (this.defaultView === undefined) this.defaultView = colorizer.view ?? null;
    const wanted = STEPS[this.index]?.view;
    const view = wanted ?? this.defaultView ?? undefined;
    if (colorizer.view !== view) colorizer.view = view;
  }

  private readAddress(): StepId | undefined {
    if (this.url === 'none') return undefined;
    const params =
      this.url === 'query'
        ? new URLSearchParams(location.search)
        : new URLSearchParams(location.hash.replace(/^#/, ''));
    return stepFromParam(params.get(STEP_PARAM));
  }

  private writeAddress(): void {
    if (this.url === 'none') return;
    const url = new URL(location.href);
    if (this.url === 'query') url.searchParams.set(STEP_PARAM, this.step);
    else {
      const params = new URLSearchParams(url.hash.replace(/^#/, ''));
      params.set(STEP_PARAM, this.step);
      url.hash = params.toString();
    }
    if (url.href !== location.href) history.pushState(history.state, '', url);
  }

  private readonly onAddressChange = (): void => {
    const id = this.readAddress();
    if (id && id !== this.step) this.go(STEP_IDS.indexOf(id), 'url');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const move = KEY_MOVES[event.key];
    if (!move || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key.startsWith('Arrow') && usesArrows(event.composedPath()[0])) return;
    const target = this.index + move;
    if (target < 0 || target >= STEP_IDS.length) return;
    event.preventDefault();
    this.go(target, 'navigation');
  };

  private readonly onResult = (): void => {
    this.markTried('colorize');
  };

  private readonly onProbe = (): void => {
    this.probes += 1;
    this.markTried('probe');
  };

  private markTried(id: StepId): void {
    if (this.tried.has(id)) return;
    this.tried = new Set([...this.tried, id]);
  }

  override render() {
    const locale = this.locale;
    const t = lessonMessages.forLocale(locale);
    const texts = lessonTexts(locale);
    const level = resolveLevel(this.level);
    const index = this.index;
    const step = STEPS[index]!;
    const text = texts[step.id];
    const starts = startMinutes();
    const start = starts[index] ?? 0;
    const heading = Math.min(5, Math.max(2, Math.trunc(Number(this.headingLevel)) || 2));
    return html`
      <section aria-labelledby="title">
        <header part="header">
          <div id="title" class="title" role="heading" aria-level=${heading}>${t('label')}</div>
          <p class="progress-text" aria-live="polite">
            ${t('progress', { n: index + 1, total: STEPS.length, start, end: start + step.minutes, minutes: TOTAL_MINUTES })}
            · ${LEVEL_NAMES[locale][level]}
          </p>
          <progress
            part="progress"
            max=${TOTAL_MINUTES}
            .value=${start + step.minutes}
            aria-label=${t('steps')}
          ></progress>
        </header>
        <nav part="steps" aria-label=${t('steps')}>
          <ol>
            ${STEPS.map(
              (s, i) => html`<li>
                <button
                  type="button"
                  class=${this.tried.has(s.id) ? 'tried' : ''}
                  aria-current=${i === index ? 'step' : nothing}
                  data-step=${s.id}
                  @click=${() => this.go(i, 'navigation')}
                >
                  ${i + 1}. ${texts[s.id].title}
                  <span class="visually-hidden">(${t('minutes', { n: s.minutes })})</span>
                </button>
              </li>`,
            )}
          </ol>
        </nav>
        <article part="step" data-step=${step.id} aria-labelledby="step-title">
          <div id="step-title" class="step-title" role="heading" aria-level=${heading + 1}>
            ${index + 1}. ${text.title} (${t('minutes', { n: step.minutes })})
          </div>
          <p class="task" part="task">${text.task}</p>
          ${this.renderEmbeds(step, locale, level, heading + 2)}
          <p role="status" class="status">${this.statusText(step.id, t)}</p>
          <details part="teacher" ?open=${this.teacherOpen}>
            <summary>${t('teacher')}</summary>
            <dl>
              <dt>${t('say')}</dt>
              <dd>${text.say[level]}</dd>
              <dt>${t('ask')}</dt>
              <dd>${text.ask[level]}</dd>
              <dt>${t('answer')}</dt>
              <dd>${text.answer}</dd>
            </dl>
          </details>
          <slot></slot>
        </article>
        <div class="controls" part="controls">
          <button type="button" class="button" ?disabled=${index === 0} @click=${() => this.go(index - 1, 'navigation')}>
            ← ${t('previous')}
          </button>
          <button type="button" class="button primary" ?disabled=${index === STEPS.length - 1} @click=${() => this.go(index + 1, 'navigation')}>
            ${t('next')} →
          </button>
          ${index === STEPS.length - 1 ? html`<span>${t('finished')}</span>` : nothing}
        </div>
        <p class="keys">${t('keys')}</p>
      </section>
    `;
  }

  /**
   * What the step works with. The colorizer is always rendered (hidden when not needed), so the
   * photo chosen in "colorize" is still there to reveal and probe.
   */
  private renderEmbeds(step: Step, locale: string, level: Level, headingLevel: number) {
    const embeds = new Set<Embed>(step.embeds);
    const model = this.modelSrc ?? nothing;
    const wasm = this.wasmPath ?? nothing;
    return html`
      ${
        embeds.has('training-data')
          ? html`<div class="embed">
              <ai-training-data lang=${locale} heading-level=${headingLevel} model-src=${model}></ai-training-data>
            </div>`
          : nothing
      }
      <div class="embed" ?hidden=${!embeds.has('colorizer')}>
        <ai-colorizer lang=${locale} panels="alternatives confidence" model-src=${model} wasm-path=${wasm}></ai-colorizer>
      </div>
      ${
        embeds.has('gallery')
          ? html`<div class="embed">
              <ai-gallery
                lang=${locale}
                level=${level}
                group=${step.galleryGroup ?? ''}
                heading-level=${headingLevel}
                model-src=${model}
                wasm-path=${wasm}
              ></ai-gallery>
            </div>`
          : nothing
      }
      ${embeds.has('quiz') ? html`<div class="embed"><ai-quiz lang=${locale}></ai-quiz></div>` : nothing}
    `;
  }

  private statusText(id: StepId, t: ReturnType<typeof lessonMessages.forLocale>): string {
    if (id === 'probe' && this.probes > 0) return t('probes', { count: this.probes });
    return this.tried.has(id) ? t('tried') : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-lesson': AiLesson;
  }
}
