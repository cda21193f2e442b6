import type { repeat } from 'lit/directives/repeat.js';
import type { Article } from './article.js';
import type { ArticleDiff, NbChange, NbChangeKind } from './changes.js';
import type { ArticleFeed } from './feed.js';
import type { NbLabels } from './labels.js';

/**
 * Live updates, as the core uses them: `refresh` polling with conditional requests, change marks, the
 * update summary and `nb-update`, and keyed lists that keep the reader's place across versions. Installed by `import 'newsbrief/live'` (src/live.ts; the CDN file and
 * `newsbrief/ssr` include it), so that a page that does not use them does not carry them.
 */
export interface LiveUpdates {
  /** The `src` channel with polling (src/shared/live.ts). */
  openFeed(url: string, onArticle: (raw: unknown) => void, onFailure: (reason: string, report: boolean) => void): ArticleFeed;
  /** The changes between two versions, and the marks of the new one's items (src/shared/changes.ts). */
  diffArticles(before: Article, after: Article): ArticleDiff;
  /** The one-line summary the live region announces. */
  summarizeChanges(changes: readonly NbChange[], text: NbLabels, lang: string): string;
  /** The mark beside an item that changed. */
  renderChangeMark(change: NbChangeKind | undefined, text: NbLabels): unknown;
  /** Lit's keyed `repeat`, for the elements' lists (src/shared/repeat.ts). */
  repeat: typeof repeat;
}

/** The optional capabilities present on the page; the core calls each only when it is there. */
export const features: { live?: LiveUpdates } = {};
