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
  /*
   * The group's icon (a tick in a circle, a question mark in a dashed circle): a mask in the group's colour, on
   * the heading's ::before rather than an inline <svg> of three or four nodes that every panel builds. It
   * prints (print-color-adjust), and in forced colours it is CanvasText.
   */
  .group .heading::before {
    content: '';
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    background-color: var(--_nb-mark);
    mask: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.5'><circle cx='8' cy='8' r='7'/><path d='M4.8 8.2l2.1 2.1 4.3-4.5' stroke-width='1.7' stroke-linecap='round' stroke-linejoin='round'/></svg>") center / 100% 100% no-repeat;
    print-color-adjust: exact;
  }
  .unclear .heading::before {
    mask-image: url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='black' stroke-width='1.5'><circle cx='8' cy='8' r='7' stroke-dasharray='2.6 1.6'/><path d='M6.1 6.2a1.95 1.95 0 1 1 2.6 1.85c-.45.17-.7.55-.7 1v.45' stroke-linecap='round'/><circle cx='8' cy='11.6' r='.95' fill='black' stroke='none'/></svg>");
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
    .group .heading::before {
      background-color: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
