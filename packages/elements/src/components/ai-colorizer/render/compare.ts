import { html, nothing } from 'lit';
import { cssVars } from '../css-vars.js';
import type { ColorizerText } from '../messages.js';
import type { Picture } from '../pixels.js';
import { canvas } from './canvas.js';

/** One picture of the comparison: the grey photo, the AI's colouring or the real colours. */
export interface Layer {
  picture: Picture;
  label: string;
  /** Class of its canvas: `grey` (greyed by CSS), `after` (the AI's), `truth`. */
  kind: string;
}

export interface CompareView {
  /** Under the divider (all of it shows right of the divider). */
  base: Layer;
  /** Over it, shown left of the divider; none before the result is there. */
  top: Layer | undefined;
  split: number;
  /** The uncertainty veil over the photo, and its opacity 0…1. */
  overlay: { picture: Picture; opacity: number } | undefined;
  /** The probe's cursor, in image pixels, and the image size. */
  probe: { x: number; y: number; width: number; height: number; on: boolean } | undefined;
  name: string;
}

export interface CompareActions {
  split(split: number): void;
  /** Probe at image pixel (x, y). */
  probe(x: number, y: number): void;
}

const STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The before/after figure with its divider, the keyboard-operable slider, and the probe cursor. */
export function renderCompare(t: ColorizerText, v: CompareView, act: CompareActions) {
  const split = v.top ? v.split : 0;
  const probe = v.probe;
  const click = (event: MouseEvent) => {
    if (!probe) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = Math.floor(((event.clientX - box.left) / box.width) * probe.width);
    const y = Math.floor(((event.clientY - box.top) / box.height) * probe.height);
    act.probe(clamp(x, probe.width), clamp(y, probe.height));
  };
  const key = (event: KeyboardEvent) => {
    const step = STEPS[event.key];
    if (!probe || !step) return;
    event.preventDefault();
    const size = event.shiftKey ? 4 : 1;
    const dx = Math.max(1, Math.round(probe.width / 32)) * size;
    const dy = Math.max(1, Math.round(probe.height / 32)) * size;
    act.probe(
      clamp(probe.x + step[0] * dx, probe.width),
      clamp(probe.y + step[1] * dy, probe.height),
    );
  };
  const figure = html`<figure
    class="compare"
    part="compare"
    ${cssVars({ '--split': `${split}%` })}
    data-split=${split}
    tabindex=${probe ? '0' : nothing}
    role=${probe ? 'application' : nothing}
    aria-label=${probe ? t('probePhoto', { name: v.name }) : nothing}
    aria-describedby=${probe ? 'probe-help' : nothing}
    @click=${click}
    @keydown=${key}
  >
    ${canvas(v.base.picture, v.base.label, v.base.kind)}
    ${
      v.top
        ? html`${canvas(v.top.picture, v.top.label, `${v.top.kind} top`)}
            <span class="divider"></span>`
        : nothing
    }
    ${
      v.overlay
        ? html`<span class="overlay" part="overlay" ${cssVars({ '--overlay': String(v.overlay.opacity) })}
            >${canvas(v.overlay.picture, '')}</span
          >`
        : nothing
    }
    ${
      probe?.on
        ? html`<span
            class="cursor"
            aria-hidden="true"
            ${cssVars({
              '--px': `${((probe.x + 0.5) / probe.width) * 100}%`,
              '--py': `${((probe.y + 0.5) / probe.height) * 100}%`,
            })}
          ></span>`
        : nothing
    }
  </figure>`;
  return html`
    ${figure}
    ${probe ? html`<p class="help" id="probe-help">${t('probeHelp')}</p>` : nothing}
    ${
      v.top
        ? html`<div class="slider">
            <label for="split">${t('compare')}</label>
            <input
              id="split"
              part="slider"
              type="range"
              min="0"
              max="100"
              step="1"
              .value=${String(v.split)}
              aria-valuetext=${t('compareValue', { percent: v.split })}
              @input=${(e: Event) => act.split(Number((e.target as HTMLInputElement).value))}
            />
          </div>`
        : nothing
    }
  `;
}

function clamp(v: number, size: number): number {
  return Math.min(size - 1, Math.max(0, v));
}
