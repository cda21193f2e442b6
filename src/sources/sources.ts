import { html, nothing } from 'lit';
import { repeatItems } from '../shared/repeat.js';
import { readSources, type Article, type Source } from '../shared/article.js';
import { NbElement } from '../shared/base-element.js';
import { keepRelativeDatesCurrent, renderTime } from '../shared/dates.js';
import type { NbLabels } from '../shared/labels.js';
import { renderInline } from '../shared/inline-text.js';
import { cleanLabel, safeHref } from '../shared/text.js';
import styles from './sources.styles.js';

/**
 * A numbered source list: each title (a link only for `http:`/`https:` URLs, with
 * `rel="noopener noreferrer"`), its publisher and its date, formatted with `Intl` in the element's
 * language. Any other URL scheme is dropped and the title shows as text. Printed, a link's URL follows
 * its title. Reads `sources`; data may also be the array of sources alone.
 *
 * @summary The article's sources, numbered.
 * @tag nb-sources
 *
 * @csspart list - The `<ol>`.
 * @csspart item - One source.
 * @csspart title - A source's title (a link or text).
 * @csspart meta - Publisher and date.
 */
export class NbSources extends NbElement {
  static override styles = [NbElement.styles, styles];
  protected static override readers = { sources: readSources };
  protected static override shorthand = 'sources' as const;

  constructor() {
    super();
    keepRelativeDatesCurrent(this);
  }

  /** One template instance per source (its title a link or text), and one for its meta line: see the FAQ's items. */
  private renderSource(source: Source, lang: string, mark: unknown, index: number) {
    const title = renderInline(cleanLabel(source.title), { links: false });
    const href = safeHref(source.url);
    const publisher = source.publisher && renderInline(cleanLabel(source.publisher), { links: false });
    const date = source.date ? renderTime(source.date, lang, this.relativeDates) : nothing;
    // The separator is text, not a span around the publisher with a ::before (an element and a pseudo-element less a source).
    const meta = publisher || source.date
      ? html`<span class="meta muted" part="meta">${publisher || nothing}${publisher && source.date ? ' · ' : nothing}${date}</span>`
      : nothing;
    return href
      ? html`<li part="item" id="source-${index + 1}">${mark}<a class="title" part="title" href=${href} rel="noopener noreferrer">${title}</a>${meta}</li>`
      : html`<li part="item" id="source-${index + 1}">${mark}<span class="title" part="title">${title}</span>${meta}</li>`;
  }

  protected renderContent(article: Article, text: NbLabels) {
    const lang = this.language;
    return this.htmlAtLevel()`<div class="card" part="base"><h2 class="heading" part="heading">${this.heading || text.sources}</h2><ol part="list">${repeatItems('sources', article.sources!, (source, index) => this.renderSource(source, lang, this.changeMark('sources', index, text), index))}</ol></div>${this.citations.renderPopover()}`;
  }
}
