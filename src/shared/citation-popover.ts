import { adoptStyles, css, html } from 'lit';
import type { CitationContext, CitationHost } from './citations.js';
import { formatDate } from './dates.js';
import { plainText } from './inline-text.js';
import { safeHref } from './text.js';

/**
 * The citation buttons and the popover. The popover floats over the page, so it cannot be transparent: it
 * takes `Canvas` colours, which follow the theme's (or the page's) `color-scheme`, unless `--nb-surface` and
 * `--nb-text` are set. Printed, the numbers stay and the popover goes.
 */
export const popoverStyles = css`
  .cite button {
    font: inherit;
    line-height: 1.3;
    padding: 0.15em 0.4em;
    border: 0;
    border-radius: 0.5em;
    color: var(--_nb-accent);
    background: color-mix(in srgb, var(--_nb-accent) 12%, transparent);
    cursor: pointer;
  }
  .cite-pop {
    max-inline-size: min(20em, 90vw);
    padding: 0.75em 0.9em;
    border: 1px solid var(--_nb-border);
    border-block-start: 3px solid var(--_nb-accent);
    border-radius: var(--_nb-radius);
    color: var(--nb-text, CanvasText);
    background: var(--nb-surface, Canvas);
    box-shadow: 0 0.4em 1.5em #0003;
    font-size: 0.875em;
  }
  /* Centred below the number (above it when there is no room), shifted to stay on screen; without
     anchor positioning, the browser centres the popover in the viewport. */
  @supports (position-area: end) {
    .cite-pop {
      inset: auto;
      margin: 0.5em;
      position-area: bottom;
      position-try-fallbacks: flip-block;
    }
  }
  .cite-pop:popover-open {
    display: flex;
    gap: 0.6em;
  }
  .cite-pop:not(:has(*)) {
    display: none;
  }
  .cite-pop b {
    color: var(--_nb-accent);
  }
  @media print {
    .cite button {
      padding: 0;
      color: inherit;
      background: none;
    }
    .cite-pop {
      display: none !important;
    }
  }
`;

/**
 * Citation popovers in one element (`import 'newsbrief/citations'`; the CDN file and `newsbrief/ssr` have
 * them): each citation is a superscript button that opens the shadow root's one popover with that
 * source's title (linked only for http(s) URLs), publisher and date. The popover is the platform's:
 * Escape and a click outside close it; focus then returns to the citation. CSS anchor positioning
 * places it beside the number; without it, the browser centres the popover on screen.
 * Made by the element's {@link Citations} at its first citation, when it adds its styles to the element's shadow root.
 */
export class CitationPopover {
  /** The index of the source the popover shows, and the citation that opened it. */
  private shown = -1;
  private invoker?: HTMLElement;

  constructor(
    private readonly host: CitationHost,
    private readonly context: CitationContext,
  ) {
    // On the server there is no root: newsbrief/ssr adds these styles to the elements' own. Lit's adoptStyles
    // adds them to the sheets the root has, or, where a root cannot adopt style sheets (Safari before 16.4),
    // as a <style> element (with Lit's nonce), as it does for the element's own styles there.
    const root = host.renderRoot as ShadowRoot | undefined;
    if (root) adoptStyles(root, [...(root.adoptedStyleSheets ?? []), popoverStyles]);
  }

  /**
   * The button of the citation of source `index`, named `name`. The popover's id, `nb_cite`, is written in both
   * templates: `_` never occurs in an FAQ item's slug, so it cannot collide with one.
   */
  button(index: number, name: string) {
    return html`<button part="citation" popovertarget="nb_cite" aria-label=${name} @click=${(event: Event) => this.open(event, index)}>${index + 1}</button>`;
  }

  private open(event: Event, index: number) {
    const button = event.currentTarget as HTMLButtonElement;
    const popover = button.popoverTargetElement as HTMLElement;
    this.shown = index;
    this.host.requestUpdate();
    // Open, and activated from another citation: shown again beside this one instead of closed. Closed, the
    // platform opens it from its invoker (anchored to it, also where showPopover({ source }) is not supported).
    if (popover.matches(':popover-open') && this.invoker !== button) {
      event.preventDefault();
      popover.hidePopover();
      popover.showPopover({ source: button });
    }
    this.invoker = button;
  }

  /** Closed by Escape or a click on nothing focusable: focus goes back to the citation. */
  private onToggle = (event: ToggleEvent) => {
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    if (event.newState === 'closed' && ((!active && document.activeElement === document.body) || (event.target as Node).contains(active))) this.invoker?.focus();
  };

  /** The popover, showing the source of the citation last activated. */
  render() {
    const [sources, lang] = this.context();
    const source = sources?.[this.shown];
    const href = safeHref(source?.url);
    const title = source && plainText(source.title);
    return html`<div id="nb_cite" class="cite-pop" part="citation-popover" popover @toggle=${this.onToggle}>${source
          ? html`<b>${this.shown + 1}</b><div><strong>${href ? html`<a href=${href} rel="noopener noreferrer">${title}</a>` : title}</strong><div class="muted">${[
              source.publisher && plainText(source.publisher),
              source.date && formatDate(source.date, lang),
            ].filter(Boolean).join(' · ')}</div></div>`
          : ''}</div>`;
  }
}
