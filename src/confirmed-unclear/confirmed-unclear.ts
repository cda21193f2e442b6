import { html, nothing } from 'lit';
import { repeatItems } from '../shared/repeat.js';
import { readStatements, type Article, type Statement } from '../shared/article.js';
import { NbElement } from '../shared/base-element.js';
import { checkIcon, questionIcon } from '../shared/icons.js';
import { renderInline } from '../shared/inline-text.js';
import type { NbLabels } from '../shared/labels.js';
import styles from './confirmed-unclear.styles.js';

/**
 * A "what we know" panel: what is confirmed beside what is still unclear. The two lists are told
 * apart by their headings, icons and markers, never by colour alone; they sit side by side when the
 * element is 36em wide or more and stack when it is narrower.
 * Reads `confirmed` and `unclear`; either may be missing.
 *
 * @summary Confirmed vs still unclear, as two labelled lists.
 * @tag nb-confirmed-unclear
 *
 * @csspart confirmed - The "confirmed" group.
 * @csspart unclear - The "still unclear" group.
 * @csspart group-heading - The heading of either group.
 * @csspart list - Either `<ul>`.
 * @csspart item - One statement.
 */
export class NbConfirmedUnclear extends NbElement {
  static override styles = [NbElement.styles, styles];
  protected static override readers = { confirmed: readStatements, unclear: readStatements };

  protected renderContent(article: Article, text: NbLabels) {
    const { confirmed, unclear } = article;
    const group = (kind: 'confirmed' | 'unclear', items: (string | Statement)[] | undefined, icon: unknown) =>
      items
        ? html`<div class="group ${kind}" part=${kind}>
            ${this.renderHeading(html`${icon}<span>${text[kind]}</span>`, 1, { part: 'group-heading' })}
            <ul part="list">
              ${repeatItems(kind, items, (item, index) => html`<li part="item">${this.changeMark(kind, index, text)}${typeof item === 'string' ? renderInline(item, this.inline) : html`${renderInline(item.text, this.inline)}${this.citations.list(item.cites)}`}</li>`)}
            </ul>
          </div>`
        : nothing;
    return html`<div class="card" part="base">
      ${this.renderHeading(this.heading || text.confirmedUnclear)}
      <div class="columns ${confirmed && unclear ? 'both' : ''}">
        ${group('confirmed', confirmed, checkIcon())} ${group('unclear', unclear, questionIcon())}
      </div>
    </div>`;
  }
}
