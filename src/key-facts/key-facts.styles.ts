import { css } from 'lit';

export default css`
  .card {
    container-type: inline-size;
  }
  dl {
    margin: 0;
  }
  .fact {
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
    font-weight: 700;
    margin-block-end: 0.15em;
  }
  dd {
    margin: 0;
  }
  @container (min-width: 34em) {
    .fact {
      display: grid;
      grid-template-columns: minmax(8em, 28%) 1fr;
      column-gap: calc(var(--_nb-space) * 1.25);
    }
    dt {
      margin: 0;
    }
    dd {
      grid-column: 2;
    }
  }
`;
