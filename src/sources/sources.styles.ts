import { css } from 'lit';

export default css`
  ol {
    margin: 0;
    padding-inline-start: 1.6em;
  }
  li {
    padding-block: 0.55em;
    padding-inline-start: 0.3em;
    border-block-start: 1px solid var(--_nb-border);
  }
  li:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }
  li:last-child {
    padding-block-end: 0;
  }
  li::marker {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    color: var(--_nb-muted);
  }
  .title {
    font-weight: 600;
  }
  .meta {
    display: block;
    font-size: 0.875em;
    margin-block-start: 0.1em;
  }
  @media print {
    a[href]::after {
      content: ' <' attr(href) '>';
      font-weight: 400;
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
