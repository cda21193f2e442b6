import { css } from 'lit';

export default css`
  header {
    padding-block-end: calc(var(--_nb-space) * 0.9);
  }
  header .heading {
    margin: 0;
    font-size: 1.375em;
  }
  .meta {
    margin: 0.3em 0 0;
    font-size: 0.875em;
  }
  /* The parts lose their own card: the brief is the card, and hairlines separate the parts. */
  .part {
    display: block;
    padding-block: calc(var(--_nb-space) * 1.1);
    border-block-start: 1px solid var(--_nb-border);
    --_nb-card-border: 0;
    --_nb-card-rule: 0;
    --_nb-card-side-rule: 0;
    --_nb-card-surface: transparent;
    --_nb-card-radius: 0;
    --_nb-card-padding: 0;
    --_nb-faq-last-border: 0;
  }
  .part:last-child {
    padding-block-end: 0;
  }
`;
