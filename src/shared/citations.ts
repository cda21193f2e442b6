import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import type { Source } from './article.js';
import { formatDate } from './dates.js';
import type { NbLabels } from './labels.js';
import { plainText } from './inline-text.js';
import { safeHref } from './text.js';

/** What a `cites` entry names: a source's position (from 1) or its `id`. */
export type Cite = number | string;

/** A marker that names no source keeps its text, with a word joiner after `[`: it shows as typed and never reads as a marker again. */
export const inertMarker = (ref: string) => `[\u2060^${ref}]`;

/** Whether `ref` names a source by its position (a number, or digits), rather than by its id. */
export const isPosition = (ref: Cite) => /^\d+$/.test(String(ref));

/** The index in `sources` of the source `ref` names (a position from 1, as a number or digits, or an id), or -1. */
const findSource = (sources: readonly Source[] = [], ref: Cite) =>
  isPosition(ref) ? (sources[+ref - 1] ? +ref - 1 : -1) : sources.findIndex((source) => source.id === ref);

/** The host a {@link Citations} controller serves: what it needs to name and show sources. */
type CitationHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a render needs: the article's sources, the element's language and its labels. */
type CitationContext = () => [sources: readonly Source[] | undefined, lang: string, text: NbLabels];

/** The popover's id: `_` never occurs in an FAQ item's slug, so it cannot collide with one. */
const POPOVER_ID = 'nb_cite';

/**
 * Citations in one element: each marker or `cites` entry becomes a small superscript button named
 * "Source 2: title, publisher" that opens the shadow root's one popover with that source's title
 * (linked only for http(s) URLs), publisher and date. The popover is the platform's: Escape and a click
 * outside close it; focus then returns to the citation. CSS anchor positioning places it beside the
 * number; without it, the browser centres the popover on screen.
 */
export class Citations {
  /** The index of the source the popover shows, and the citation that opened it. */
  private shown = -1;
  private invoker?: HTMLElement;
  /**
   * Whether the element has drawn a citation button, so needs the popover. Content drawn by directives
   * (`repeat`) is made after `render()` returns, so the first citation asks for one more render.
   */
  private cited = false;

  /** `context` is read at each render (also on the server, where controllers do not run). */
  constructor(
    private readonly host: CitationHost,
    private readonly context: CitationContext,
  ) {}

  /** The citation for `ref`: a button, or a plain superscript number where a button cannot go (`interactive: false`). */
  render = (ref: Cite, interactive = true) => {
    const [sources, , text] = this.context();
    const index = findSource(sources, ref);
    const source = sources?.[index];
    if (!source) return `[^${ref}]`; // readArticle lets no such marker through; data given otherwise shows as typed
    const name = text.citation
      .replace(/[\s,،，、]*\{publisher\}/, (found: string) => (source.publisher ? found.replace('{publisher}', plainText(source.publisher)) : ''))
      .replace('{n}', `${index + 1}`)
      .replace('{title}', plainText(source.title));
    if (interactive && !this.cited) {
      this.cited = true;
      this.host.requestUpdate();
    }
    return html`<sup class="cite">${interactive
      ? html`<button part="citation" popovertarget=${POPOVER_ID} aria-label=${name} @click=${(event: Event) => this.open(event, index)}>${index + 1}</button>`
      : index + 1}</sup>`;
  };

  /** The citations of an item's `cites` array, to follow its text. */
  list = (cites: readonly Cite[] = []) => cites.map((ref) => this.render(ref));

  private open(event: Event, index: number) {
    const button = event.currentTarget as HTMLButtonElement;
    const popover = button.popoverTargetElement as HTMLElement;
    this.shown = index;
    this.host.requestUpdate();
    // Another citation's popover is open: move it here instead of closing it.
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

  /** The shadow root's one popover, once the element has drawn a citation button. */
  renderPopover() {
    if (!this.cited) return nothing;
    const [sources, lang] = this.context();
    const source = sources?.[this.shown];
    const href = safeHref(source?.url);
    const title = source && plainText(source.title);
    return html`<div id=${POPOVER_ID} class="cite-pop" part="citation-popover" popover @toggle=${this.onToggle}>${source
          ? html`<b>${this.shown + 1}</b><div><strong>${href ? html`<a href=${href} rel="noopener noreferrer">${title}</a>` : title}</strong><div class="muted">${[
              source.publisher && plainText(source.publisher),
              source.date && formatDate(source.date, lang),
            ].filter(Boolean).join(' · ')}</div></div>`
          : ''}</div>`;
  }
}

/**
 * Citations and their popover. The popover floats over the page, so it cannot be transparent: it takes
 * `Canvas` colours, which follow the theme's (or the page's) `color-scheme`, unless `--nb-surface` and
 * `--nb-text` are set. Printed, the numbers stay and the popover goes.
 */
export const citationStyles = css`
  .cite {
    font-size: 0.7em;
    line-height: 0;
  }
  .cite button {
    font: inherit;
    font-weight: 700;
    line-height: 1.3;
    margin-inline-start: 0.2em;
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
