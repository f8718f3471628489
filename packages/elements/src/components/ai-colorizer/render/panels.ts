import type { ColorizeResult } from '@klaslab/colorize/browser';
import { html, nothing } from 'lit';
import type { ColorizerText } from '../messages.js';
import type { Picture } from '../pixels.js';
import { canvas } from './canvas.js';

export type Panel = 'alternatives' | 'confidence' | 'channels';

const CHANNEL_KEYS = { L: 'channelL', a: 'channelA', b: 'channelB' } as const;

/** The `panels` attribute as a set of known panel names. */
export function panelSet(panels: string | undefined): Set<Panel> {
  return new Set((panels ?? '').split(/[\s,]+/).filter(Boolean) as Panel[]);
}

export interface PanelsView {
  panels: Set<Panel>;
  /** The model can sample other colourings. */
  canAlternatives: boolean;
  busy: boolean;
  alternatives: readonly ColorizeResult[];
  shown: ColorizeResult | undefined;
  confidence: Picture | undefined;
  channels: Record<'L' | 'a' | 'b', Picture> | undefined;
}

export interface PanelsActions {
  download(): void;
  showAlternatives(): void;
  use(result: ColorizeResult): void;
}

/** Download and the panels under the comparison: alternatives, confidence map, L/a/b channels. */
export function renderPanels(t: ColorizerText, v: PanelsView, act: PanelsActions) {
  return html`
    <div class="actions">
      <button type="button" class="button" part="download" @click=${act.download}>
        ${t('download')}
      </button>
      <slot name="actions"></slot>
    </div>
    <div class="panels">
      ${v.panels.has('alternatives') && v.canAlternatives ? renderAlternatives(t, v, act) : nothing}
      ${
        v.panels.has('confidence') && v.confidence
          ? html`<figure class="thumbs" part="confidence">
              ${canvas(v.confidence, t('confidence'))}
              <figcaption>${t('confidence')}. ${t('confidenceHelp')}</figcaption>
            </figure>`
          : nothing
      }
      ${v.panels.has('channels') && v.channels ? renderChannels(t, v.channels) : nothing}
    </div>
  `;
}

function renderAlternatives(t: ColorizerText, v: PanelsView, act: PanelsActions) {
  return html`<section part="alternatives" aria-labelledby="alt-title">
    <p class="panel-title" id="alt-title">${t('alternatives')}</p>
    <button type="button" class="button" ?disabled=${v.busy} @click=${act.showAlternatives}>
      ${v.alternatives.length ? t('tryAgain') : t('showAlternatives')}
    </button>
    ${
      v.alternatives.length
        ? html`<ul class="thumbs">
            ${v.alternatives.map(
              (alt, i) => html`<li>
                <button
                  type="button"
                  aria-pressed=${v.shown === alt ? 'true' : 'false'}
                  aria-label=${t('useAlternative', { n: i + 1 })}
                  @click=${() => act.use(alt)}
                >
                  ${canvas(alt.image, '')} ${t('alternative', { n: i + 1 })}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}

function renderChannels(t: ColorizerText, channels: Record<'L' | 'a' | 'b', Picture>) {
  return html`<section part="channels" aria-labelledby="ch-title">
    <p class="panel-title" id="ch-title">${t('channels')}</p>
    <ul class="thumbs">
      ${(['L', 'a', 'b'] as const).map(
        (c) => html`<li>
          <figure>
            ${canvas(channels[c], `${t('channels')}: ${t(CHANNEL_KEYS[c])}`)}
            <figcaption>${t(CHANNEL_KEYS[c])}</figcaption>
          </figure>
        </li>`,
      )}
    </ul>
  </section>`;
}
