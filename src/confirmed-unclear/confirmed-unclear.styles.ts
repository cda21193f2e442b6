import { css } from 'lit';

export default css`
  /* Its two marks' colours: by default mixed with the text colour, bright in the dark theme (the base styles' theme rules). */
  :host {
    --_nb-positive: var(--nb-positive, color-mix(in srgb, #1a7f37 65%, currentColor));
    --_nb-caution: var(--nb-caution, color-mix(in srgb, #b26a00 65%, currentColor));
  }
  :host([theme='dark']) {
    --_nb-positive: var(--nb-positive, #56d364);
    --_nb-caution: var(--nb-caution, #e3b341);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_nb-positive: var(--nb-positive, #56d364);
      --_nb-caution: var(--nb-caution, #e3b341);
    }
  }
  /*
   * Side by side when the box is 36em wide or more (two columns of 17.375em and the gap), stacked below
   * that: an auto-fit grid rather than a container query, which costs every box a second layout pass.
   */
  .columns {
    display: grid;
    gap: calc(var(--_nb-space) * 1.25);
  }
  .columns.both {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc((36em - var(--_nb-space) * 1.25) / 2)), 1fr));
  }
  .group {
    --_nb-mark: var(--_nb-positive);
  }
  .group.unclear {
    --_nb-mark: var(--_nb-caution);
  }
  .group .heading {
    display: flex;
    align-items: center;
    gap: 0.45em;
    margin: 0 0 0.5em;
    padding-block-end: 0.4em;
    border-block-end: 2px solid var(--_nb-mark);
    font-size: 1em;
  }
  .group .heading .icon {
    color: var(--_nb-mark);
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    position: relative;
    padding-inline-start: 1.25em;
    margin-block: 0.45em;
  }
  /* Confirmed items get a filled square, unclear ones a hollow one: told apart by shape, not colour alone. */
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.1em;
    inset-block-start: 0.55em;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 1px;
    background: var(--_nb-mark);
  }
  .unclear li::before {
    background: none;
    border: 1.5px solid var(--_nb-mark);
    box-sizing: border-box;
    border-radius: 50%;
  }
  @media (forced-colors: active) {
    li::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .unclear li::before {
      background: none;
      border-color: CanvasText;
    }
    .group .heading {
      border-color: CanvasText;
    }
  }
`;
