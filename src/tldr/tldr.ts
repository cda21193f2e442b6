import { html } from 'lit';
import { readTldr, type Article } from '../shared/article.js';
import { NbElement } from '../shared/base-element.js';
import { renderParagraphs } from '../shared/inline-text.js';
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
    return html`<div class="card" part="base">
      ${this.renderHeading(html`${this.changeMark('tldr', 0, text)}${this.heading || text.tldr}`)}
      <div class="summary" part="summary">${renderParagraphs(article.tldr!, this.inline)}</div>
    </div>`;
  }
}
