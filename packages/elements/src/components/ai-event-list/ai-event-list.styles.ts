import { css } from 'lit';

export const eventListStyles = css`
  :host {
    display: block;
  }
  .month {
    margin: 1.5rem 0 0.5rem;
    font-size: var(--ai-event-list-month-size, 1.1rem);
    text-transform: capitalize;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ai-event-list-gap, 0.75rem);
  }
  .state {
    padding: 1rem;
    border: 1px dashed var(--_k-border);
    border-radius: var(--_k-radius);
  }
  .section-title {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.2rem;
  }
  .subscribe {
    margin: 0 0 0.75rem;
  }
  .subscribe .hint {
    display: block;
    color: var(--_k-muted);
    font-size: 0.9em;
  }
`;
