import type { ColorProbe } from '@klaslab/colorize/browser';
import { html } from 'lit';
import { cssVars } from '../css-vars.js';
import type { ColorizerText } from '../messages.js';

const percent = (p: number) => Math.round(p * 100);
const rgbCss = ([r, g, b]: [number, number, number]) => `rgb(${r} ${g} ${b})`;

/**
 * The model's probabilities at the probed pixel: a bar per top colour (a swatch and its
 * percentage as text), "other colours", the colour it chose and the confidence there. The
 * summary sentence is a live region, so a screen reader hears each new probe.
 */
export function renderProbe(t: ColorizerText, probe: ColorProbe) {
  const { x, y } = probe;
  return html`<section class="probe" part="probe" aria-labelledby="probe-title">
    <p class="panel-title" id="probe-title">${t('probeTitle', { x, y })}</p>
    <p class="probe-summary" role="status" aria-live="polite">
      ${t('probeSummary', {
        x,
        y,
        top: percent(probe.top[0]?.probability ?? 0),
        confidence: percent(probe.confidence),
      })}
    </p>
    <ol class="bars">
      ${probe.top.map(
        (bin, i) => html`<li>
          <span
            class="swatch"
            role="img"
            aria-label=${t('probeRgb', { r: bin.rgb[0], g: bin.rgb[1], b: bin.rgb[2] })}
            ${cssVars({ '--swatch': rgbCss(bin.rgb) })}
          ></span>
          <span class="bar-label">${t('probeColor', { n: i + 1 })}</span>
          <span class="bar" ${cssVars({ '--p': `${bin.probability * 100}%` })}></span>
          <span class="bar-value">${percent(bin.probability)} %</span>
        </li>`,
      )}
      <li class="other">
        <span class="swatch" aria-hidden="true"></span>
        <span class="bar-label">${t('probeOther')}</span>
        <span class="bar" ${cssVars({ '--p': `${probe.other * 100}%` })}></span>
        <span class="bar-value">${percent(probe.other)} %</span>
      </li>
    </ol>
    <p class="chosen">
      <span
        class="swatch"
        role="img"
        aria-label=${t('probeRgb', {
          r: probe.chosen.rgb[0],
          g: probe.chosen.rgb[1],
          b: probe.chosen.rgb[2],
        })}
        ${cssVars({ '--swatch': rgbCss(probe.chosen.rgb) })}
      ></span>
      ${t('probeChosen')} · ${t('probeConfidence', { percent: percent(probe.confidence) })}
    </p>
  </section>`;
}
