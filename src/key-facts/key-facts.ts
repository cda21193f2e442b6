import { html } from 'lit';
import { repeatItems } from '../shared/repeat.js';
import { readKeyFacts, type Article, type KeyFact } from '../shared/article.js';
import { NbElement } from '../shared/base-element.js';
import { renderInline } from '../shared/inline-text.js';
import type { NbLabels } from '../shared/labels.js';
import { cleanLabel } from '../shared/text.js';
import styles from './key-facts.styles.js';

/**
 * A key-facts box: each fact's label beside its text (stacked when narrow), as a description list.
 * Reads `keyFacts`; data may also be the array of facts alone. Stray `**` around labels are trimmed.
 *
 * @summary The article's key facts, label → text.
 * @tag nb-key-facts
 *
 * @csspart list - The `<dl>` of facts.
 * @csspart fact - One fact (label and text).
 * @csspart label - A fact's label (`<dt>`).
 * @csspart text - A fact's text (`<dd>`).
 */
export class NbKeyFacts extends NbElement {
  static override styles = [NbElement.styles, styles];
  protected static override readers = { keyFacts: readKeyFacts };
  protected static override shorthand = 'keyFacts' as const;

  protected renderContent(article: Article, text: NbLabels) {
    // One template instance per fact (with or without its label), no white space: see the FAQ's items.
    const renderFact = (fact: KeyFact, index: number) => {
      const content = renderInline(fact.text, this.inline);
      const mark = this.changeMark('keyFacts', index, text);
      const cites = this.citations.list(fact.cites);
      return fact.label
        ? html`<div class="fact" part="fact"><dt part="label">${renderInline(cleanLabel(fact.label), this.inline)}</dt><dd part="text">${mark}${content}${cites}</dd></div>`
        : html`<div class="fact" part="fact"><dd part="text">${mark}${content}${cites}</dd></div>`;
    };
    return this.htmlAtLevel()`<div class="card" part="base"><h2 class="heading" part="heading">${this.heading || text.keyFacts}</h2><dl part="list">${repeatItems('keyFacts', article.keyFacts!, renderFact)}</dl></div>${this.citations.renderPopover()}`;
  }
}
