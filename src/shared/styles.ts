import { css } from 'lit';

/**
 * What every element shares: theme tokens, the card, headings, links, the loading skeleton, print and
 * forced colours. Sizes are in `em` so a host page's `html { font-size }` cannot shrink the elements.
 * Private tokens (`--_nb-*`) are computed from the public `--nb-*` ones, so a page sets only those.
 * `--_nb-positive` and `--_nb-caution` are `<nb-confirmed-unclear>`'s, the one element that uses them.
 */
const lightTokens = css`
  color-scheme: light;
  --_nb-text: var(--nb-text, #1b1b1b);
  --_nb-surface: var(--nb-surface, #ffffff);
  --_nb-muted: var(--nb-muted, #595959);
  --_nb-border: var(--nb-border, #d6d6d6);
`;

const darkTokens = css`
  color-scheme: dark;
  --_nb-text: var(--nb-text, #ececec);
  --_nb-surface: var(--nb-surface, #17191d);
  --_nb-muted: var(--nb-muted, #b0b3b8);
  --_nb-border: var(--nb-border, #3a3d44);
  --_nb-accent: var(--nb-accent, #ff6b6b);
`;

export const baseStyles = css`
  :host {
    display: block;
    --_nb-text: var(--nb-text, currentColor);
    --_nb-surface: var(--nb-surface, transparent);
    --_nb-muted: var(--nb-muted, color-mix(in srgb, currentColor 74%, transparent));
    --_nb-border: var(--nb-border, color-mix(in srgb, currentColor 20%, transparent));
    --_nb-accent: var(--nb-accent, #c8102e);
    --_nb-link: var(--nb-link, currentColor);
    --_nb-radius: var(--nb-radius, 0.25em);
    --_nb-space: var(--nb-space, 1em);
    font-family: var(--nb-font, inherit);
    line-height: 1.55;
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  :host(:state(empty)) {
    display: none !important;
  }
  :host([theme='light']),
  :host([theme='auto']) {
    ${lightTokens}
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  /* Inside <nb-brief> the parts drop their own card: the brief is the card. */
  .card {
    box-sizing: border-box;
    color: var(--_nb-text);
    background: var(--_nb-card-surface, var(--_nb-surface));
    border: var(--_nb-card-border, 1px solid var(--_nb-border));
    border-block-start: var(--_nb-card-rule, 3px solid var(--_nb-accent));
    border-radius: var(--_nb-card-radius, var(--_nb-radius));
    padding: var(--_nb-card-padding, calc(var(--_nb-space) * 1.25) calc(var(--_nb-space) * 1.5));
  }
  .heading {
    margin: 0 0 calc(var(--_nb-space) * 0.75);
    font-family: var(--nb-heading-font, inherit);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: -0.005em;
    color: var(--_nb-text);
  }
  p {
    margin: 0;
  }
  p + p {
    margin-block-start: 0.75em;
  }
  a {
    color: var(--_nb-link);
    text-decoration-line: underline;
    text-decoration-color: var(--_nb-accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 0.14em;
  }
  :focus-visible {
    outline: 2px solid var(--nb-focus, var(--_nb-accent));
    outline-offset: 2px;
  }
  .muted {
    color: var(--_nb-muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .skeleton span {
    display: block;
    block-size: 0.9em;
    margin-block: 0.6em;
    border-radius: 0.2em;
    background: color-mix(in srgb, currentColor 10%, transparent);
    animation: nb-pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:first-child {
    inline-size: 35%;
    block-size: 1.1em;
  }
  .skeleton span:last-child {
    inline-size: 70%;
  }
  @keyframes nb-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .skeleton span {
      background: GrayText;
      forced-color-adjust: none;
    }
  }
  @media print {
    /* Paper is white: a dark theme prints light. */
    :host([theme]) {
      ${lightTokens}
      --_nb-accent: var(--nb-accent, #c8102e);
    }
    .card {
      color: #000;
      background: none;
      border-color: #999;
      break-inside: avoid-page;
    }
    .muted {
      color: #444;
    }
  }
`;
