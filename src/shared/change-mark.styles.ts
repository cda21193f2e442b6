import { css } from 'lit';

/**
 * The "New" / "Updated" / "Now confirmed" marks of a live update (`newsbrief/live` renders them): calm,
 * a quiet outlined tag, never blinking or moving. Not in the elements' own styles: live updates add them to
 * each element's shadow root once it has rendered (see `announceChanges`), so an element without
 * `newsbrief/live` does not carry them.
 */
export const changeMarkStyles = css`
  .change-mark {
    margin-inline-end: 0.3em;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    color: var(--_nb-accent);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: normal;
    text-transform: none;
    white-space: nowrap;
  }
  [data-change='confirmed'] {
    color: var(--_nb-positive);
  }
`;
