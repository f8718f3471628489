import { css } from 'lit';

export const eventCardStyles = css`
  :host {
    display: block;
  }
  article {
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
    padding: var(--ai-event-card-padding, 1rem 1.25rem);
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: var(--ai-event-card-title-size, 1.25rem);
    line-height: 1.3;
  }
  .when,
  .where,
  .zone {
    margin: 0.25rem 0;
  }
  .zone,
  .past {
    color: var(--_k-muted);
    font-size: 0.9em;
  }
  .label {
    font-weight: 600;
  }
  .description {
    margin: 0.75rem 0;
  }
  .description :first-child {
    margin-top: 0;
  }
  details.calendar {
    position: relative;
  }
  details.calendar summary {
    list-style: none;
    cursor: pointer;
  }
  details.calendar summary::-webkit-details-marker {
    display: none;
  }
  details.calendar ul {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    border: 1px solid var(--_k-border);
    border-radius: var(--_k-radius);
    background: var(--_k-surface);
  }
  details.calendar li a,
  details.calendar li button {
    display: block;
    width: 100%;
    padding: 0.35rem 0.75rem;
    text-align: start;
    font: inherit;
    color: var(--_k-accent, inherit);
    background: none;
    border: 0;
    cursor: pointer;
  }
  details.calendar li a:focus-visible,
  details.calendar li button:focus-visible {
    outline: 2px solid var(--_k-accent, currentColor);
    outline-offset: -2px;
  }
  .series-note {
    margin: 0.25rem 0 0;
    color: var(--_k-muted);
    font-size: 0.85em;
    max-width: 22rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
`;
