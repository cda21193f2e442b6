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
  /* The question's button (not a citation's in the answer). Block layout, the chevron placed beside the text:
     a flex row would measure every question twice. */
  .heading > button {
    display: block;
    position: relative;
    box-sizing: border-box;
    inline-size: 100%;
    margin: 0;
    padding-block: 0.85em;
    padding-inline: 0.25em 2em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }
  .heading > button:hover {
    text-decoration: underline;
    text-decoration-color: var(--_nb-accent);
    text-underline-offset: 0.2em;
  }
  /* The chevron: two borders of a small square, turned; a pseudo-element, no SVG or element per item. */
  .heading > button::after {
    content: '';
    position: absolute;
    inset-inline-end: 0.45em;
    inset-block-start: 1.05em;
    inline-size: 0.5em;
    block-size: 0.5em;
    border: solid var(--_nb-accent);
    border-width: 0 0.14em 0.14em 0;
    transform: rotate(45deg);
    transition: transform 0.2s ease;
  }
  .heading > [aria-expanded='true']::after {
    inset-block-start: 1.3em;
    transform: rotate(225deg);
  }
  /* A closed answer keeps its box (find-in-page needs it), so only an open one has padding. */
  [part='answer']:not([hidden]) {
    padding: 0 0.25em 1em;
  }
  @media (forced-colors: active) {
    .heading > button::after {
      border-color: ButtonText;
    }
  }
  @media print {
    /* Every answer prints, expanded; the toggle chevrons do not. */
    [hidden='until-found'] {
      content-visibility: visible !important;
      padding: 0 0.25em 1em;
    }
    .heading > button::after {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
