import { css } from 'lit';

/** Screen and print (A4) styles. `@page` itself must be on the page: see the element's docs. */
export const guideStyles = css`
  :host {
    display: block;
    max-width: var(--ai-teacher-guide-max-width, 48rem);
  }
  h1,
  .h1 {
    font-size: 1.6rem;
    line-height: 1.2;
    margin: 0 0 0.5rem;
  }
  h2,
  .h2 {
    font-size: 1.25rem;
    margin: 1.25rem 0 0.5rem;
  }
  h3,
  .h3 {
    font-size: 1.05rem;
    margin: 1rem 0 0.25rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border: 1px solid var(--_k-border);
    padding: 0.25rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  .step {
    break-inside: avoid;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.25rem;
  }
  .level {
    color: var(--_k-muted);
    font-weight: 600;
  }
  .fields {
    display: grid;
    grid-template-columns: 2fr 1fr 1fr;
    gap: 1rem;
  }
  .field {
    border-bottom: 1px solid var(--_k-text);
    padding-top: 1.25rem;
  }
  .lines {
    display: block;
    height: 3.2rem;
    background: repeating-linear-gradient(
      to bottom,
      transparent 0,
      transparent calc(1.6rem - 1px),
      var(--_k-border) calc(1.6rem - 1px),
      var(--_k-border) 1.6rem
    );
  }
  .predict td {
    height: 4rem;
    width: 50%;
  }
  .page-break {
    break-before: page;
  }
  @media print {
    :host {
      max-width: none;
      font-size: 10.5pt;
      color: #000;
    }
    /* The worksheet is handed out on its own: it always starts a new sheet of paper. */
    :host([sheet='worksheet']) {
      break-before: page;
    }
    .step,
    tr {
      break-inside: avoid;
    }
    h2,
    .h2,
    h3,
    .h3 {
      break-after: avoid;
    }
  }
`;
