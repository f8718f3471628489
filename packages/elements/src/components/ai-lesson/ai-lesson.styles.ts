import { css } from 'lit';

export const lessonStyles = css`
  :host {
    display: block;
    max-width: var(--ai-lesson-max-width, 60rem);
  }
  .title {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0 0 0.25rem;
  }
  .progress-text {
    margin: 0 0 0.25rem;
    color: var(--_k-muted);
  }
  progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_k-accent);
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0.75rem 0;
    padding: 0;
  }
  nav button {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_k-border);
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
    color: var(--_k-text);
    font: inherit;
    cursor: pointer;
  }
  nav button[aria-current='step'] {
    border-color: var(--_k-accent);
    background: var(--_k-accent);
    color: var(--_k-accent-text);
    font-weight: 600;
  }
  nav button.tried:not([aria-current='step'])::after {
    content: ' ✓';
  }
  .step-title {
    font-size: 1.25rem;
    margin: 1rem 0 0.25rem;
  }
  .task {
    font-size: 1.1rem;
    border-left: 4px solid var(--_k-accent);
    padding: 0.25rem 0.75rem;
  }
  .embed {
    margin: 1rem 0;
  }
  details {
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    padding: 0.5rem 1rem;
    margin: 1rem 0;
  }
  summary {
    font-weight: 600;
    cursor: pointer;
    min-height: 1.5rem;
  }
  dt {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  dd {
    margin: 0;
  }
  .controls {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    align-items: center;
  }
  .keys {
    color: var(--_k-muted);
    font-size: 0.9rem;
    margin: 0.25rem 0 0;
  }
`;
