import { css } from 'lit';

export default css`
  .items {
    border-block-start: 1px solid var(--_nb-border);
  }
  .item {
    border-block-end: 1px solid var(--_nb-border);
  }
  .item:last-child {
    border-block-end: var(--_nb-faq-last-border, 1px solid var(--_nb-border));
  }
  .item .heading {
    margin: 0;
    font-size: 1em;
  }
  button {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1em;
    inline-size: 100%;
    margin: 0;
    padding: 0.85em 0.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }
  button:hover .question {
    text-decoration: underline;
    text-decoration-color: var(--_nb-accent);
    text-underline-offset: 0.2em;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.2em;
    color: var(--_nb-accent);
    transition: transform 0.2s ease;
  }
  .open .icon {
    transform: rotate(180deg);
  }
  .answer-body {
    padding: 0 0.25em 1em;
  }
  @media (forced-colors: active) {
    .icon {
      color: ButtonText;
    }
  }
  @media print {
    /* Every answer prints, expanded; the toggle chevrons do not. */
    [hidden='until-found'] {
      content-visibility: visible !important;
    }
    .icon {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
