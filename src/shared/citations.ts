import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import type { Source } from './article.js';
import type { CitationPopover } from './citation-popover.js';
import { features } from './features.js';
import { CITATION_MARKER, plainText } from './inline-text.js';
import type { NbLabels } from './labels.js';
import { safeHref } from './text.js';

/** What a `cites` entry names: a source's position (from 1) or its `id`. */
export type Cite = number | string;

/** Whether `ref` names a source by its position (a number, or digits), rather than by its id. */
const isPosition = (ref: Cite) => /^\d+$/.test(String(ref));

/** What checking citations needs from the reading of an article: its problems and its valid sources. */
export interface CitationReading {
  problems: string[];
  /** For each listed source, its index among the valid ones, or -1 when it was skipped. */
  kept: number[];
  /** The valid sources' ids, with their indexes among the valid ones. */
  ids: Map<string, number>;
}

/**
 * The one check of a citation, for markers and `cites` entries alike: what `ref` names among the valid
 * sources (a position, renumbered to count only valid sources, or the id as it is), or `undefined` after
 * noting why it names none. Positions count in the data's list, so a skipped source moves the ones after it up.
 */
export function cite(ref: Cite, where: string, { problems, kept, ids }: CitationReading, shown = JSON.stringify(ref)): Cite | undefined {
  const position = isPosition(ref);
  const found = position ? kept[+ref - 1] : ids.get(ref as string);
  if (found! >= 0) return position ? found! + 1 : ref;
  return void problems.push(`${where} cites ${shown}, but ${!position ? 'no source has that id' : found! < 0 ? `sources[${+ref - 1}] was skipped` : `there are ${kept.length} sources`}`);
}

/**
 * Checks the citation markers in a text: each keeps naming its source (renumbered), or is made inert after
 * noting why it names none: a word joiner after `[` makes it show as typed and never read as a marker again.
 */
export const citeMarkers = (text: string | undefined, where: string, reading: CitationReading) =>
  text?.replace(CITATION_MARKER, (marker, ref: string) => {
    const found = cite(ref, where, reading, marker);
    return found === undefined ? `[\u2060^${ref}]` : `[^${found}]`;
  });

/** The host a {@link Citations} controller serves: what it needs to name and show sources. */
export type CitationHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a render needs: the article's sources, the element's language and its labels. */
export type CitationContext = () => [sources: readonly Source[] | undefined, lang: string, text: NbLabels];

/**
 * Citations in one element: each marker or `cites` entry becomes a small superscript number named
 * "Source 2: title, publisher". With citation popovers (`import 'newsbrief/citations'`, the CDN file) it is
 * a button that opens the source in a popover (src/shared/citation-popover.ts); without them it is a link
 * to the source's http(s) URL, or, for a source without one, the number with its name for screen readers.
 * The CDN file has popovers, so in a browser that supports them its citations are buttons (src/citations.ts).
 */
export class Citations {
  /** The element's citation popover, made at its first citation button. */
  private popover?: CitationPopover;

  /** `context` is read at each render (also on the server, where controllers do not run). */
  constructor(
    private readonly host: CitationHost,
    private readonly context: CitationContext,
  ) {}

  /** The citation for `ref`: interactive, or a plain superscript number where no control can go (`interactive: false`: inside a button). */
  render = (ref: Cite, interactive = true) => {
    const [sources = [], , text] = this.context();
    const index = isPosition(ref) ? +ref - 1 : sources.findIndex((source) => source.id === ref);
    const source = sources[index];
    if (!source) return `[^${ref}]`; // readArticle lets no such marker through; data given otherwise shows as typed
    // The label's `{n}`, `{title}` and `{publisher}`; without a publisher, that part goes with the punctuation before it.
    const values: Record<string, string | undefined> = { ...source, n: `${index + 1}` };
    const name = text.citation.replace(/([\s,،，、]*)\{(n|title|publisher)\}/g, (_, before: string, key: string) => (values[key] ? before + plainText(values[key]) : ''));
    const Popover = interactive && features.citations;
    // Content drawn by directives (`repeat`) is made after `render()` returns: the first button asks for one more render, which draws the popover.
    if (Popover && !this.popover) {
      this.popover = new Popover(this.host, this.context);
      this.host.requestUpdate();
    }
    // The URL is read only for a link: with popovers, the popover reads it when it shows the source.
    const href = interactive && !this.popover && safeHref(source.url);
    return html`<sup class="cite">${!interactive
      ? index + 1
      : this.popover
        ? this.popover.button(index, name)
        : href
          ? html`<a part="citation" href=${href} rel="noopener noreferrer" aria-label=${name}>${index + 1}</a>`
          : html`<span class="visually-hidden">${name}</span><span part="citation" aria-hidden="true">${index + 1}</span>`}</sup>`;
  };

  /** The citations of an item's `cites` array, to follow its text. */
  list = (cites: readonly Cite[] = []) => cites.map((ref) => this.render(ref));

  /** The shadow root's one popover, once the element has drawn a citation button. */
  renderPopover = () => this.popover?.render() ?? nothing;
}

/** A citation's number, whatever it is drawn as: a button, a link or text. The buttons' and popover's own styles come with them (src/shared/citation-popover.ts). */
export const citationStyles = css`
  .cite {
    font-size: 0.7em;
    font-weight: 700;
    line-height: 0;
    margin-inline-start: 0.2em;
  }
`;
