import type { ColorCloseness } from '@klaslab/core';
import { html, nothing } from 'lit';
import type { ColorizerText } from '../messages.js';

/** Which two pictures the comparison shows. */
export type View = 'compare' | 'truth' | 'original';
export const VIEWS: readonly View[] = ['compare', 'truth', 'original'];
const VIEW_KEYS = { compare: 'viewCompare', truth: 'viewTruth', original: 'viewOriginal' } as const;

/** The temperature slider's range: bold (each spot its likeliest colour) to cautious (mixed). */
export const TEMPERATURE = { min: 0.05, max: 2, step: 0.05 } as const;

export interface LabView {
  temperature: number;
  /** The photo had real colours: offer the truth views and the closeness score. */
  truth: boolean;
  view: View;
  closeness: ColorCloseness | undefined;
  overlay: boolean;
  overlayOpacity: number;
  canOverlay: boolean;
  locale: string;
}

export interface LabActions {
  temperature(value: number): void;
  view(view: View): void;
  overlay(on: boolean): void;
  overlayOpacity(value: number): void;
}

/** The lab's controls: temperature, which pictures to compare (with the score), the overlay. */
export function renderLab(t: ColorizerText, v: LabView, act: LabActions) {
  const number = (n: number, digits: number) =>
    n.toLocaleString(v.locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return html`<div class="lab" part="lab">
    <div class="temperature" part="temperature">
      <label for="temperature">${t('temperature')}</label>
      <div class="range-ends">
        <span aria-hidden="true">${t('temperatureBold')}</span>
        <input
          id="temperature"
          type="range"
          min=${TEMPERATURE.min}
          max=${TEMPERATURE.max}
          step=${TEMPERATURE.step}
          .value=${String(v.temperature)}
          aria-valuetext=${`${t('temperatureValue', { value: number(v.temperature, 2) })} (${t('temperatureBold')} – ${t('temperatureCautious')})`}
          aria-describedby="temperature-help"
          @input=${(e: Event) => act.temperature(Number((e.target as HTMLInputElement).value))}
        />
        <span aria-hidden="true">${t('temperatureCautious')}</span>
      </div>
      <p class="help" id="temperature-help">${t('temperatureHelp')}</p>
    </div>
    ${
      v.truth
        ? html`<fieldset class="views" part="views">
            <legend>${t('view')}</legend>
            ${VIEWS.map(
              (view) => html`<label
                ><input
                  type="radio"
                  name="view"
                  value=${view}
                  .checked=${v.view === view}
                  @change=${() => act.view(view)}
                />
                ${t(VIEW_KEYS[view])}</label
              >`,
            )}
          </fieldset>`
        : nothing
    }
    ${
      v.truth && v.closeness
        ? html`<p class="closeness" part="closeness">
            ${t('closeness', {
              close: Math.round(v.closeness.closeShare * 100),
              mean: number(v.closeness.meanDeltaE, 1),
              threshold: v.closeness.threshold,
            })}
          </p>`
        : nothing
    }
    ${
      v.canOverlay
        ? html`<div class="overlay-controls" part="overlay-controls">
            <label
              ><input
                type="checkbox"
                .checked=${v.overlay}
                @change=${(e: Event) => act.overlay((e.target as HTMLInputElement).checked)}
              />
              ${t('overlay')}</label
            >
            ${
              v.overlay
                ? html`<label for="overlay-opacity">${t('overlayOpacity')}</label>
                    <input
                      id="overlay-opacity"
                      type="range"
                      min="0"
                      max="1"
                      step="0.05"
                      .value=${String(v.overlayOpacity)}
                      aria-valuetext=${`${Math.round(v.overlayOpacity * 100)} %`}
                      @input=${(e: Event) =>
                        act.overlayOpacity(Number((e.target as HTMLInputElement).value))}
                    />
                    <span class="help">${t('overlayHelp')}</span>`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}
