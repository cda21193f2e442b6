import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from '../shared/repeat.js';
import { readFaq, type Article, type FaqItem } from '../shared/article.js';
import { NbElement } from '../shared/base-element.js';
import { plainText, renderInline, splitParagraphs } from '../shared/inline-text.js';
import type { NbLabels } from '../shared/labels.js';
import { claimLandmarkNames, releaseLandmarkNames } from '../shared/landmark-names.js';
import { cleanLabel, uniqueSlugs } from '../shared/text.js';
import styles from './faq.styles.js';

export interface NbFaqToggleDetail {
  /** The item's position, from 0. */
  index: number;
  /** The question as plain text (inline formatting taken out). */
  question: string;
  /** Whether the item is now open. */
  open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'nb-faq-toggle': CustomEvent<NbFaqToggleDetail>;
  }
  interface DocumentEventMap {
    'nb-faq-toggle': CustomEvent<NbFaqToggleDetail>;
  }
  interface WindowEventMap {
    'nb-faq-toggle': CustomEvent<NbFaqToggleDetail>;
  }
}

/** FAQs up to this many items make each answer a `role="region"` landmark (the APG's "about six"). */
const MAX_REGIONS = 6;

/**
 * An FAQ accordion, built to the WAI-ARIA APG accordion pattern: each question is a `<button>` inside a
 * heading, with `aria-expanded` and `aria-controls`. In an FAQ of up to six items each answer is also a
 * `role="region"` labelled by its question; longer FAQs have no regions, as the APG advises, so that
 * many open answers do not flood the page with landmarks. A question already naming a region elsewhere
 * in the page (the same FAQ twice) gets no second one. Enter/Space toggle; ArrowDown/ArrowUp move between questions (wrapping); Home/End go to
 * the first and last. Every item has a stable id, the slug of its question, so `#why-did-meta-pause-it`
 * in the URL opens that item and scrolls to it. Closed answers are still found by find-in-page
 * (`hidden="until-found"`), and every answer prints expanded.
 * Reads `faq`; data may also be the array of items alone.
 *
 * @summary The article's FAQ as an accessible accordion.
 * @tag nb-faq
 *
 * @fires {CustomEvent<NbFaqToggleDetail>} nb-faq-toggle - An item was opened or closed by the reader, a URL hash, or find-in-page. `detail: { index, question, open }`.
 *
 * @csspart items - The list of items.
 * @csspart item - One question and its answer.
 * @csspart question-heading - The heading around each question's button.
 * @csspart question - The question's button.
 * @csspart answer - The answer (a region in an FAQ of up to six items).
 */
export class NbFaq extends NbElement {
  static override styles = [NbElement.styles, styles];
  protected static override readers = { faq: readFaq };
  protected static override shorthand = 'faq' as const;

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    open: {},
    openItems: { state: true },
  };

  /** `multiple` (any number open) or `single` (opening one closes the others). */
  mode: 'multiple' | 'single' = 'multiple';

  /** Which items are open at first: `none`, `first` or `all` (`all` in single mode opens the first). */
  open: 'none' | 'first' | 'all' = 'none';

  private openItems = new Set<number>();

  private slugs: string[] = [];
  /** The questions, tidied (`cleanLabel`), in order. */
  private questions: string[] = [];
  /** The id of an item to scroll into view after the next render (a URL hash named it). */
  private scrollTarget?: string;
  private readonly onHashChange = () => this.openFromHash();
  private readonly onReveal = { handleEvent: (event: Event) => this.onItemEvent(event), capture: true };

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    releaseLandmarkNames(this);
  }

  /** The stable ids of the items, in order (the slugs of their questions). */
  get itemIds(): readonly string[] {
    return this.slugs;
  }

  /** Opens or closes item `index` (from 0); `force` opens (`true`) or closes (`false`) it. Fires `nb-faq-toggle` when it changes. */
  toggle(index: number, force?: boolean) {
    const item = this.article.faq?.[index];
    if (!item) return;
    const open = force ?? !this.openItems.has(index);
    if (open === this.openItems.has(index)) return;
    const next = new Set(this.mode === 'single' ? [] : this.openItems);
    if (open) next.add(index);
    else next.delete(index);
    this.openItems = next;
    this.emit<NbFaqToggleDetail>('nb-faq-toggle', { index, question: plainText(item.question), open });
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const before = new Set(this.slugs);
    const wasOpen = new Set([...this.openItems].map((index) => this.slugs[index]));
    if (changed.has('article')) {
      this.questions = (this.article.faq ?? []).map((item) => cleanLabel(item.question));
      // An id is the question as a reader sees it: no citations, no markup, no link's URL.
      this.slugs = uniqueSlugs(this.questions.map(plainText), 'question');
    }
    if (changed.has('article') || changed.has('open') || changed.has('mode')) {
      const count = this.article.faq?.length ?? 0;
      const initial = this.open === 'all' && this.mode !== 'single' ? count : this.open === 'first' || this.open === 'all' ? 1 : 0;
      // New data (a live update): the items that were there keep their state, by slug; new ones open as `open` says.
      const keep = !changed.has('open') && !changed.has('mode');
      const open = this.slugs.flatMap((slug, index) => ((keep && before.has(slug) ? wasOpen.has(slug) : index < initial) ? [index] : []));
      this.openItems = new Set(this.mode === 'single' ? open.sort((a, b) => +wasOpen.has(this.slugs[b]) - +wasOpen.has(this.slugs[a])).slice(0, 1) : open);
    }
    // New items: open the one the URL hash names in this same render, then scroll to it once rendered.
    if (changed.has('article')) this.openFromHash(false, before);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // Emptied: its region names go to the next element that needs them.
    if (!this.loading && !this.hasContent()) releaseLandmarkNames(this);
    if (this.scrollTarget) {
      this.renderRoot.querySelector(`[id="${CSS.escape(this.scrollTarget)}"]`)?.scrollIntoView({ block: 'start' });
      this.scrollTarget = undefined;
    }
  }

  /** Opens the item the URL hash names, if any, and has it scrolled into view after the next render. */
  private openFromHash(render = true, shownBefore?: Set<string>) {
    if (typeof location === 'undefined') return; // server-side rendering: no URL
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed escape in the hash names nothing
    }
    const index = id ? this.slugs.indexOf(id) : -1;
    // A live update does not scroll the reader back to an item that was already there.
    if (index < 0 || shownBefore?.has(id)) return;
    this.toggle(index, true);
    this.scrollTarget = id;
    if (render) this.requestUpdate();
  }

  private onKeydown(event: KeyboardEvent) {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item > .heading > button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = buttons.length - 1;
    const next = { ArrowDown: current === last ? 0 : current + 1, ArrowUp: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  }

  /**
   * One listener for every item (a click on a question; find-in-page revealing a closed answer, heard in
   * the capture phase), rather than two closures per item: the item is found from the event's target.
   */
  private onItemEvent(event: Event) {
    const target = event.target as Element;
    if (event.type === 'click' && !target.closest('.item > .heading > button')) return;
    const item = target.closest('.item');
    const index = item ? this.slugs.indexOf(item.id) : -1;
    if (index >= 0) this.toggle(index, event.type === 'beforematch' ? true : undefined);
  }

  protected renderContent(article: Article, text: NbLabels) {
    const regions = claimLandmarkNames(this, article.faq!.length <= MAX_REGIONS ? this.questions.map(plainText) : []);
    const itemHtml = this.htmlAtLevel(1);
    // This render's slugs, kept for the keyed list, which may ask for them at the next render.
    const slugs = this.slugs;
    const question = { ...this.inline, links: false };
    // One template instance per item, with no white-space nodes and as few parts as the pattern allows: an
    // FAQ can have thousands of items, and each part and nested template costs time. The answer's first
    // paragraph is in the item's template; the item's citations follow the last paragraph's text.
    const renderItem = (item: FaqItem, index: number) => {
      const id = this.slugs[index];
      const questionId = id + '__question';
      const answerId = id + '__answer';
      const open = this.openItems.has(index);
      const mark = this.changeMark('faq', index, text);
      const label = renderInline(this.questions[index], question);
      const paragraphs = splitParagraphs(item.answer);
      const cites = this.citations.list(item.cites);
      const paragraph = (body: string, n: number) => {
        const content = renderInline(body, this.inline);
        return n === paragraphs.length - 1 && cites.length ? [content, cites] : content;
      };
      return itemHtml`<div class="item" part="item" id=${id}><h2 class="heading" part="question-heading"><button id=${questionId} part="question" aria-expanded=${open ? 'true' : 'false'} aria-controls=${answerId}>${mark === nothing ? label : [mark, label]}</button></h2><div id=${answerId} part="answer" role=${regions[index] ? 'region' : nothing} aria-labelledby=${regions[index] ? questionId : nothing} hidden=${open ? nothing : 'until-found'}><p>${paragraph(paragraphs[0], 0)}</p>${paragraphs.length > 1 ? paragraphs.slice(1).map((body, n) => html`<p>${paragraph(body, n + 1)}</p>`) : nothing}</div></div>`;
    };
    return this.htmlAtLevel()`<div class="card" part="base"><h2 class="heading" part="heading">${this.heading || text.faq}</h2><div class="items" part="items" @keydown=${this.onKeydown} @click=${this.onItemEvent} @beforematch=${this.onReveal}>${repeat(article.faq!, (_, index) => slugs[index], renderItem)}</div></div>${this.citations.renderPopover()}`;
  }
}
