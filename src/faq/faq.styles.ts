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
  /* The question's button (not a citation's in the answer). Block layout, the chevron its background: a flex
     row would measure every question twice, and a pseudo-element box for the chevron cost a fifth of a long
     FAQ's style and layout time. */
  .heading > button {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    margin: 0;
    padding-block: 0.85em;
    padding-inline: 0.25em 2em;
    border: 0;
    /* The chevron, v closed and ^ open: two arms side by side, each a 0.14em diagonal stroke that a gradient
       draws across its own box; where the boxes meet the strokes join in a mitre. Opening swaps the boxes.
       Each box is 1px wider than half the chevron, so that the two cannot part where sizes are rounded. */
    background: no-repeat right 0.77em top 1.25em / calc(0.4em + 1px) 0.6em
        linear-gradient(45deg, #0000 calc(50% - 0.07em - 0.4px), var(--_nb-accent) calc(50% - 0.07em + 0.4px) calc(50% + 0.07em - 0.4px), #0000 calc(50% + 0.07em + 0.4px)),
      no-repeat right 0.37em top 1.25em / calc(0.4em + 1px) 0.6em
        linear-gradient(135deg, #0000 calc(50% - 0.07em - 0.4px), var(--_nb-accent) calc(50% - 0.07em + 0.4px) calc(50% + 0.07em - 0.4px), #0000 calc(50% + 0.07em + 0.4px));
    color: inherit;
    font: inherit;
    font-weight: 700;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }
  .heading > [aria-expanded='true'] {
    background-position-x: right 0.37em, right 0.77em;
  }
  /* Background positions are physical: right to left, the chevron sits at the left. */
  .heading > button:dir(rtl) {
    background-position-x: left 0.37em, left 0.77em;
  }
  .heading > [aria-expanded='true']:dir(rtl) {
    background-position-x: left 0.77em, left 0.37em;
  }
  .heading > button:hover {
    text-decoration: underline;
    text-decoration-color: var(--_nb-accent);
    text-underline-offset: 0.2em;
  }
  /* A closed answer keeps its box (find-in-page needs it), so only an open one has padding. */
  [part='answer']:not([hidden]) {
    padding: 0 0.25em 1em;
  }
  /* Forced colours drop gradients: there the chevron is two borders of a small turned square, in ButtonText. */
  @media (forced-colors: active) {
    .heading > button {
      position: relative;
      background-image: none;
    }
    .heading > button::after {
      content: '';
      position: absolute;
      inset-inline-end: 0.45em;
      inset-block-start: 1.05em;
      inline-size: 0.5em;
      block-size: 0.5em;
      border: solid ButtonText;
      border-width: 0 0.14em 0.14em 0;
      transform: rotate(45deg);
    }
    .heading > [aria-expanded='true']::after {
      inset-block-start: 1.3em;
      transform: rotate(225deg);
    }
  }
  @media print {
    /* Every answer prints, expanded; the toggle chevrons do not. */
    [hidden='until-found'] {
      content-visibility: visible !important;
      padding: 0 0.25em 1em;
    }
    .heading > button {
      background-image: none;
    }
    .heading > button::after {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
