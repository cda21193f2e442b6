import { css } from 'lit';

export default css`
  dl {
    margin: 0;
  }
  /*
   * Each fact's label beside its text when the box is 34em wide or more, stacked below that: a wrapping
   * flex row whose text needs 72% of 34em, rather than a container query (a layout container per box
   * costs a second style and layout pass: a third of the time of a page of briefs).
   */
  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em calc(var(--_nb-space) * 1.25);
    padding-block: 0.7em;
    border-block-start: 1px solid var(--_nb-border);
  }
  .fact:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }
  .fact:last-child {
    padding-block-end: 0;
  }
  dt {
    flex: 1 0 max(8em, 28%);
    min-inline-size: 0;
    font-weight: 700;
  }
  dd {
    flex: 999 1 0;
    min-inline-size: min(100%, calc(24.48em - var(--_nb-space) * 1.25));
    margin: 0;
  }
`
