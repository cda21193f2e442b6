import { css } from 'lit';

export default css`
  .card {
    border-inline-start: var(--_nb-card-side-rule, 4px solid var(--_nb-accent));
    border-block-start: var(--_nb-card-rule, 1px solid var(--_nb-border));
  }
  .heading {
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--_nb-accent);
    margin-block-end: 0.5em;
  }
  .summary {
    font-size: 1.0625em;
    line-height: 1.6;
  }
`;
