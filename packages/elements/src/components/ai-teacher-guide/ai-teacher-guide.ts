import { html } from 'lit';
import { KlasLabElement } from '../../shared/klaslab-element.js';
import { LEVEL_NAMES, LEVELS, type Level, resolveLevel } from '../../shared/levels.js';
import { factsText } from '../../shared/model-facts.js';
import { baseStyles } from '../../shared/styles.js';
import { lessonTexts } from '../ai-lesson/content.js';
import { STEPS, startMinutes, TOTAL_MINUTES } from '../ai-lesson/steps.js';
import { guideStyles } from './ai-teacher-guide.styles.js';
import { guideTexts } from './content.js';

export type Sheet = 'guide' | 'worksheet';

/**
 * The printable teacher guide (`sheet="guide"`, the default) or pupils' worksheet
 * (`sheet="worksheet"`) for `<ai-lesson>`, in nl, en or fr: goals, timing, the steps with what to
 * say and ask per level and answer notes, what the model learnt from and its known failure modes
 * (numbers from the model's facts). The worksheet has the tasks, the questions for one level and
 * lines to write on.
 *
 * Printing: the element breaks pages itself (`break-before: page`), but `@page` rules only work in
 * the page's own CSS, so a print page should add `@page { size: A4; margin: 15mm }` (the demo's
 * guide pages do).
 *
 * `level`: the guide shows all three levels unless one is set (`po`, `vo`, `mbo` or a Flemish
 * alias); the worksheet uses `vo` unless one is set. (It is called `sheet`, not `part`: `part` is
 * a global HTML attribute.)
 *
 * @tag ai-teacher-guide
 *
 * @csspart sheet - The whole guide or worksheet.
 * @csspart timing - The timing table.
 * @csspart steps - The steps.
 * @csspart failures - The known failure modes.
 *
 * @cssprop --ai-teacher-guide-max-width - Maximum width on screen (default 48rem; none in print).
 */
export class AiTeacherGuide extends KlasLabElement {
  static override styles = [baseStyles, guideStyles];

  static override properties = {
    sheet: { type: String, reflect: true },
    level: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
  };

  /** `guide` (default) or `worksheet`. */
  sheet: Sheet = 'guide';
  /** One level (`po`, `vo`, `mbo`, `lo`, `so1`–`so3`), or unset: all levels (guide) / `vo` (worksheet). */
  level: string | undefined = undefined;
  /** Level of the title heading, 1–4 (default 1: the guide is usually a page of its own). */
  headingLevel = 1;

  private heading(offset: number, text: string, cls = '') {
    const level = Math.min(6, Math.max(1, Math.trunc(Number(this.headingLevel)) || 1) + offset);
    return html`<div class="h${Math.min(3, offset + 1)} ${cls}" role="heading" aria-level=${level}>${text}</div>`;
  }

  override render() {
    return this.sheet === 'worksheet' ? this.renderWorksheet() : this.renderGuide();
  }

  private levels(): Level[] {
    return this.level ? [resolveLevel(this.level)] : [...LEVELS];
  }

  private renderGuide() {
    const locale = this.locale;
    const g = guideTexts(locale);
    const steps = lessonTexts(locale);
    const facts = factsText(locale);
    const starts = startMinutes();
    const levels = this.levels();
    return html`<article part="sheet" class="guide">
      ${this.heading(0, g.guideTitle)}
      <p>${g.intro}</p>
      <section>
        ${this.heading(1, g.goals)}
        ${levels.map(
          (level) => html`<p class="level">${LEVEL_NAMES[locale][level]}</p>
            <ul>
              ${g.goalsPerLevel[level].map((goal) => html`<li>${goal}</li>`)}
            </ul>`,
        )}
      </section>
      <section>
        ${this.heading(1, g.prepare)}
        <ul>
          ${g.prepareItems.map((item) => html`<li>${item}</li>`)}
        </ul>
      </section>
      <section part="timing">
        ${this.heading(1, g.timing)}
        <table>
          <thead>
            <tr><th scope="col">${g.step}</th><th scope="col">${g.minutes}</th><th scope="col">${g.from}</th></tr>
          </thead>
          <tbody>
            ${STEPS.map(
              (s, i) => html`<tr>
                <td>${i + 1}. ${steps[s.id].title}</td>
                <td>${s.minutes}</td>
                <td>${starts[i]}–${(starts[i] ?? 0) + s.minutes}</td>
              </tr>`,
            )}
            <tr><td></td><td><strong>${TOTAL_MINUTES}</strong></td><td></td></tr>
          </tbody>
        </table>
      </section>
      <section part="steps" class="page-break">
        ${this.heading(1, g.steps)}
        ${STEPS.map((s, i) => {
          const text = steps[s.id];
          return html`<div class="step">
            ${this.heading(2, `${i + 1}. ${text.title} (${s.minutes} min)`)}
            <dl>
              <dt>${g.task}</dt>
              <dd>${text.task}</dd>
              ${levels.map(
                (level) => html`<dt>${g.say} · ${level}</dt>
                  <dd>${text.say[level]}</dd>
                  <dt>${g.ask} · ${level}</dt>
                  <dd>${text.ask[level]}</dd>`,
              )}
              <dt>${g.answer}</dt>
              <dd>${text.answer}</dd>
            </dl>
          </div>`;
        })}
      </section>
      <section class="page-break">
        ${this.heading(1, g.data)}
        <p>${g.dataIntro}</p>
        <ul>
          ${facts.sources.map((s) => html`<li>${s}</li>`)}
        </ul>
        ${this.heading(2, g.missing)}
        <ul>
          ${facts.missing.map((m) => html`<li>${m}</li>`)}
        </ul>
      </section>
      <section part="failures">
        ${this.heading(1, g.failures)}
        <ul>
          ${g.failureItems.map((item) => html`<li>${item}</li>`)}
        </ul>
      </section>
    </article>`;
  }

  private renderWorksheet() {
    const locale = this.locale;
    const g = guideTexts(locale);
    const steps = lessonTexts(locale);
    const level = resolveLevel(this.level);
    return html`<article part="sheet" class="worksheet">
      ${this.heading(0, g.worksheetTitle)}
      <div class="fields">
        <div class="field">${g.name}:</div>
        <div class="field">${g.klass}:</div>
        <div class="field">${g.date}:</div>
      </div>
      <section>
        ${this.heading(1, g.predictTable)}
        <table class="predict">
          <thead><tr><th scope="col">${g.predictGood}</th><th scope="col">${g.predictBad}</th></tr></thead>
          <tbody><tr><td></td><td></td></tr></tbody>
        </table>
      </section>
      <section part="steps">
        ${STEPS.slice(1).map((s, i) => {
          const text = steps[s.id];
          return html`<div class="step">
            ${this.heading(2, `${i + 2}. ${text.title}`)}
            <p>${text.task}</p>
            <p><strong>${text.ask[level]}</strong></p>
            <span class="lines" role="img" aria-label=${g.yourAnswer}></span>
          </div>`;
        })}
      </section>
      <section>
        ${this.heading(1, g.reflection)}
        <p>${g.reflectionQuestion}</p>
        <span class="lines" role="img" aria-label=${g.yourAnswer}></span>
      </section>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ai-teacher-guide': AiTeacherGuide;
  }
}
