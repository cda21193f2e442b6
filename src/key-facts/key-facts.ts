import { html, nothing } from 'lit';
import { repeatItems } from '../shared/repeat.js';
import { readKeyFacts, type Article } from '../shared/article.js';
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
    return html`<div class="card" part="base">
      ${this.renderHeading(this.heading || text.keyFacts)}
      <dl part="list">
        ${repeatItems(
          'keyFacts',
          article.keyFacts!,
          (fact, index) => html`<div class="fact" part="fact">
            ${fact.label ? html`<dt part="label">${renderInline(cleanLabel(fact.label), this.inline)}</dt>` : nothing}
            <dd part="text">${this.changeMark('keyFacts', index, text)}${renderInline(fact.text, this.inline)}${this.citations.list(fact.cites)}</dd>
          </div>`,
        )}
      </dl>
    </div>`;
  }
}
