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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
`;
