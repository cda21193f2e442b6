import { nothing } from 'lit';
import { readTldr, type Article } from '../shared/article.js';
import { NbElement } from '../shared/base-element.js';
import { renderInline, renderParagraphs, splitParagraphs } from '../shared/inline-text.js';
import type { NbLabels } from '../shared/labels.js';
import styles from './tldr.styles.js';

/**
 * A TL;DR card: the article's short summary under a "TL;DR" heading.
 * Reads `tldr`. Data may also be the summary alone, as a JSON string.
 *
 * @summary The article's short summary as a card.
 * @tag nb-tldr
 *
 * @csspart summary - The summary text.
 */
export class NbTldr extends NbElement {
  static override styles = [NbElement.styles, styles];
  protected static override readers = { tldr: readTldr };
  protected static override shorthand = 'tldr' as const;

  protected renderContent(article: Article, text: NbLabels) {
    // One template instance with the heading and the first paragraph (most summaries have one), no white space.
    const [first, ...more] = splitParagraphs(article.tldr!);
    return this.htmlAtLevel()`<div class="card" part="base"><h2 class="heading" part="heading">${this.changeMark('tldr', 0, text)}${this.heading || text.tldr}</h2><div class="summary" part="summary"><p>${renderInline(first, this.inline)}</p>${more.length ? renderParagraphs(more, this.inline) : nothing}</div></div>${this.citations.renderPopover()}`;
  }
}
