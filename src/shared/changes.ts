import { adoptStyles, html, nothing } from 'lit';
import type { Article, ArticleField } from './article.js';
import { changeMarkStyles } from './change-mark.styles.js';
import type { LiveHost } from './features.js';
import { plainText } from './inline-text.js';
import { IDENTITY, itemKeys, pick, type Item, type ListField } from './item-keys.js';
import { pluralize, type NbLabels } from './labels.js';

/** What happened to an item between two versions of an article. */
export type NbChangeKind = 'added' | 'changed' | 'removed' | 'confirmed';

/** One change between two versions of an article, as `nb-update` reports it. */
export interface NbChange {
  /** The article field the item belongs to (`keyFacts`, `faq`, `confirmed`, …). */
  field: ArticleField;
  change: NbChangeKind;
  /** The item as plain text: a fact's text, a question, a statement, a source's title, the TL;DR. */
  text: string;
}

export interface NbUpdateDetail {
  changes: NbChange[];
}

declare global {
  interface HTMLElementEventMap {
    'nb-update': CustomEvent<NbUpdateDetail>;
  }
  interface DocumentEventMap {
    'nb-update': CustomEvent<NbUpdateDetail>;
  }
  interface WindowEventMap {
    'nb-update': CustomEvent<NbUpdateDetail>;
  }
}

/** The text `nb-update` reports for an item: a question, a source's title, a fact's or statement's text. */
const describe = (item: Item) => plainText(pick(item, ['question', 'title', 'text']));

/** The changes between two versions, and the mark of each item of the new one (keyed `field` + index). */
export interface ArticleDiff {
  changes: NbChange[];
  marks: Map<string, NbChangeKind>;
}

/**
 * Compares two versions of an article, item by item, matched by identity (see `itemKeys`). A statement
 * that was unclear and is now confirmed is `confirmed` (not removed from one list and added to the other).
 */
export function diffArticles(before: Article, after: Article): ArticleDiff {
  const changes: NbChange[] = [];
  const marks = new Map<string, NbChangeKind>();
  const note = (field: ArticleField, change: NbChangeKind, text: string, index = -1) => {
    changes.push({ field, change, text });
    if (index >= 0) marks.set(field + index, change);
  };
  if (before.tldr !== after.tldr) {
    const change = !before.tldr ? 'added' : !after.tldr ? 'removed' : 'changed';
    note('tldr', change, plainText((after.tldr ?? before.tldr)!), after.tldr ? 0 : -1);
  }
  const byKey = (article: Article, field: ListField) => {
    const items = (article[field] ?? []) as Item[];
    const keys = itemKeys(field, items);
    return new Map(items.map((item, index) => [keys[index], item]));
  };
  const same = (field: ListField) => JSON.stringify(before[field]) === JSON.stringify(after[field]);
  // Most updates change a few lists: compare the others as a whole, and match statements only when needed.
  const statementsMoved = !same('confirmed') || !same('unclear');
  const wasUnclear = statementsMoved ? byKey(before, 'unclear') : new Map();
  const isConfirmed = statementsMoved ? byKey(after, 'confirmed') : new Map();
  for (const field of Object.keys(IDENTITY) as ListField[]) {
    if (same(field)) continue;
    const old = byKey(before, field);
    const now = byKey(after, field);
    [...now].forEach(([key, item], index) => {
      const previous = old.get(key);
      if (!previous) note(field, field === 'confirmed' && wasUnclear.has(key) ? 'confirmed' : 'added', describe(item), index);
      else if (JSON.stringify(previous) !== JSON.stringify(item)) note(field, 'changed', describe(item), index);
    });
    for (const [key, item] of old)
      if (!now.has(key) && !(field === 'unclear' && isConfirmed.has(key))) note(field, 'removed', describe(item));
  }
  return { changes, marks };
}

/** The label of each kind of change: the item's mark ("New", "Updated", "Now confirmed"), and the summary's count of it. */
const KIND_LABELS: Record<NbChangeKind, keyof NbLabels> = { added: 'new', changed: 'changed', confirmed: 'nowConfirmed', removed: 'removed' };

/**
 * The one-line summary a live region announces: "Article updated: 3 changes. New: 2; Now confirmed: 1" —
 * the number of changes with the language's plural rules (`liveUpdate`), then a count per kind, labelled as
 * the marks are. Empty when nothing changed.
 */
export function summarizeChanges(changes: readonly NbChange[], text: NbLabels, lang: string): string {
  const counts = Object.entries(KIND_LABELS).flatMap(([kind, label]) => {
    const count = changes.filter(({ change }) => change === kind).length;
    return count ? [`${text[label]}: ${pluralize('#', count, lang)}`] : [];
  });
  return counts.length ? `${pluralize(text.liveUpdate, changes.length, lang)} ${counts.join('; ')}` : '';
}

/** The "New" / "Updated" / "Now confirmed" mark of an item, or nothing (removed items are not shown, so never marked). */
export function renderChangeMark(change: NbChangeKind | undefined, text: NbLabels) {
  return change ? html`<span class="change-mark" part="change-mark" data-change=${change}>${text[KIND_LABELS[change]]}</span> ` : nothing;
}

/** What each element showed last, the marks of its last update that changed something, and its changes yet to announce. */
const tracked = new WeakMap<LiveHost, { shown?: Article; marks?: Map<string, NbChangeKind>; pending?: NbChange[] }>();

/**
 * Compares the article `host` is about to show with the one it showed before, and marks what changed. Sources
 * an element keeps only to resolve citations (not among the `fields` it shows) are not its changes.
 */
export function compareWithShown(host: LiveHost, article: Article, fields: readonly ArticleField[]) {
  if (!fields.includes('sources')) article = { ...article, sources: undefined };
  const state = tracked.get(host) ?? {};
  tracked.set(host, state);
  const before = state.shown;
  state.shown = article;
  if (!before) return;
  const { changes, marks } = diffArticles(before, article);
  if (!changes.length) return;
  state.marks = marks;
  state.pending = changes;
}

/** The mark of item `key` (field and index) from `host`'s last update that changed something, or nothing. */
export const changeMarkOf = (host: LiveHost, key: string, text: NbLabels) => renderChangeMark(tracked.get(host)?.marks?.get(key), text);

/** An element's content and, after it, the live region its updates' summaries are written into (and so announced). */
export const withLiveRegion = (content: unknown) => html`${content}<div class="live-region visually-hidden" role="status" aria-live="polite"></div>`;

/** The shadow roots that have the marks' styles. */
const styled = new WeakSet<ShadowRoot>();

/**
 * Once `host` has rendered (any update): gives its shadow root the marks' styles the first time, which is
 * before it can show a mark (an update shows its marks before the next paint); then, after an update that
 * changed something, writes its summary into the live region and fires `nb-update`.
 */
export function announceChanges(host: LiveHost, text: () => NbLabels, lang: string) {
  const root = host.renderRoot as ShadowRoot;
  if (!styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...(root.adoptedStyleSheets ?? []), changeMarkStyles]);
  }
  const state = tracked.get(host);
  const changes = state?.pending;
  if (!changes) return;
  state.pending = undefined;
  const region = host.renderRoot.querySelector('.live-region');
  if (region) region.textContent = summarizeChanges(changes, text(), lang);
  host.dispatchEvent(new CustomEvent<NbUpdateDetail>('nb-update', { detail: { changes }, bubbles: true, composed: true }));
}
