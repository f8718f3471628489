import { css } from 'lit';

export const colorizerStyles = css`
  :host {
    display: block;
    max-width: var(--ai-colorizer-max-width, 48rem);
  }
  .frame {
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
    padding: 1rem;
    display: grid;
    gap: 0.75rem;
  }
  .frame.dragging {
    outline: 3px dashed var(--_k-accent);
  }
  .privacy {
    margin: 0;
    font-size: 0.95em;
    color: var(--_k-muted);
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .picker input[type='file'] {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .picker input[type='file']:focus-visible + label {
    outline: 3px solid var(--_k-focus);
    outline-offset: 2px;
  }
  .samples {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0;
  }
  .samples button {
    padding: 0;
    border: 2px solid var(--_k-border);
    border-radius: var(--_k-radius);
    background: none;
    cursor: pointer;
    line-height: 0;
  }
  .samples img {
    width: 4.5rem;
    height: 3rem;
    object-fit: cover;
    border-radius: calc(var(--_k-radius) - 2px);
  }
  .status {
    min-height: 1.5em;
    margin: 0;
  }
  progress {
    width: 100%;
    accent-color: var(--_k-accent);
  }
  .compare {
    position: relative;
    line-height: 0;
    margin: 0;
  }
  .compare canvas {
    width: 100%;
    height: auto;
    display: block;
    border-radius: calc(var(--_k-radius) / 2);
  }
  .compare .top {
    position: absolute;
    inset: 0;
    clip-path: inset(0 calc(100% - var(--split, 50%)) 0 0);
  }
  .compare .divider {
    position: absolute;
    top: 0;
    bottom: 0;
    left: var(--split, 50%);
    width: 3px;
    margin-left: -1px;
    background: var(--ai-colorizer-divider, #ffffff);
    box-shadow: 0 0 0 1px #000000;
    pointer-events: none;
  }
  .grey {
    filter: grayscale(1);
  }
  .compare[role='application'] {
    cursor: crosshair;
  }
  .compare:focus-visible {
    outline: 3px solid var(--_k-focus);
    outline-offset: 2px;
  }
  .compare .overlay {
    position: absolute;
    inset: 0;
    opacity: var(--overlay, 0.7);
    pointer-events: none;
  }
  .compare .overlay canvas {
    width: 100%;
    height: 100%;
  }
  .compare .cursor {
    position: absolute;
    left: var(--px);
    top: var(--py);
    width: 1.25rem;
    height: 1.25rem;
    margin: -0.625rem 0 0 -0.625rem;
    border: 2px solid #ffffff;
    border-radius: 50%;
    box-shadow: 0 0 0 2px #000000;
    pointer-events: none;
  }
  .lab {
    display: grid;
    gap: 0.5rem;
  }
  .range-ends {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .range-ends input {
    flex: 1;
    accent-color: var(--_k-accent);
  }
  .views {
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .closeness {
    margin: 0;
  }
  .overlay-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .probe .bars {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .probe li {
    display: grid;
    grid-template-columns: 1.5rem 7rem 1fr 3.5rem;
    align-items: center;
    gap: 0.5rem;
  }
  .swatch {
    display: inline-block;
    width: 1.5rem;
    height: 1.5rem;
    border: 1px solid var(--_k-border);
    border-radius: 0.25rem;
    background: var(--swatch, transparent);
    vertical-align: middle;
  }
  .probe .other .swatch {
    background: repeating-linear-gradient(45deg, #bbbbbb 0 3px, #ffffff 3px 6px);
  }
  .probe .bar {
    height: 0.9rem;
    background: linear-gradient(var(--_k-accent), var(--_k-accent)) no-repeat left / var(--p, 0%) 100%;
    border: 1px solid var(--_k-border);
    border-radius: 0.2rem;
  }
  .bar-value {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .probe-summary,
  .chosen {
    margin: 0.25rem 0;
  }
  .slider {
    display: grid;
    gap: 0.25rem;
  }
  .slider input {
    width: 100%;
    accent-color: var(--_k-accent);
  }
  .panels {
    display: grid;
    gap: 0.75rem;
  }
  .thumbs {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .thumbs figure {
    margin: 0;
  }
  .thumbs canvas {
    width: 100%;
    height: auto;
    display: block;
  }
  .thumbs button {
    width: 100%;
    padding: 0.25rem;
    border: 2px solid var(--_k-border);
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
    color: var(--_k-text);
    font: inherit;
    cursor: pointer;
  }
  .thumbs button[aria-pressed='true'] {
    border-color: var(--_k-accent);
  }
  h3,
  .panel-title {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  figcaption,
  .help {
    font-size: 0.9em;
    color: var(--_k-muted);
    line-height: 1.4;
    margin-top: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
