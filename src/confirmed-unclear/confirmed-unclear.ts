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
    // One template instance per group with its heading (one level below the element's), one per statement,
    // no white space: see the FAQ's items.
    const groupHtml = this.htmlAtLevel(1);
    const renderItem = (kind: 'confirmed' | 'unclear') => (item: string | Statement, index: number) => {
      const { text: body, cites } = typeof item === 'string' ? { text: item, cites: undefined } : item;
      return html`<li part="item">${this.changeMark(kind, index, text)}${renderInline(body, this.inline)}${this.citations.list(cites)}</li>`;
    };
    // The label is the heading's own text (a flex item of its own without a <span>): an element less a group.
    const group = (kind: 'confirmed' | 'unclear', items: (string | Statement)[] | undefined, icon: unknown) =>
      items
        ? groupHtml`<div class="group ${kind}" part=${kind}><h2 class="heading" part="group-heading">${icon}${text[kind]}</h2><ul part="list">${repeatItems(kind, items, renderItem(kind))}</ul></div>`
        : nothing;
    return this.htmlAtLevel()`<div class="card" part="base"><h2 class="heading" part="heading">${this.heading || text.confirmedUnclear}</h2><div class="columns ${confirmed && unclear ? 'both' : ''}">${group('confirmed', confirmed, checkIcon())}${group('unclear', unclear, questionIcon())}</div></div>${this.citations.renderPopover()}`;
  }
}
