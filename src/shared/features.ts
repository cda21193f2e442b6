import type { Article, ArticleField } from './article.js';
import type { CitationPopover } from './citation-popover.js';
import type { ArticleFeed } from './feed.js';
import type { keyedList } from './keyed-list.js';
import type { NbLabels } from './labels.js';

/** An element, as live updates see it. */
export type LiveHost = HTMLElement & { renderRoot: ParentNode };

/**
 * Live updates, as the core uses them: `refresh` polling with conditional requests, change marks, the
 * update summary and `nb-update`, and keyed lists that keep the reader's place across versions. Installed
 * by `import 'newsbrief/live'` (src/live.ts; the CDN file and `newsbrief/ssr` include it), so that a page
 * that does not use them does not carry them.
 */
export interface LiveUpdates {
  /** The `src` channel with polling (src/shared/live.ts). */
  openFeed(url: string, onArticle: (raw: unknown) => void, onFailure: (reason: string, report: boolean) => void): ArticleFeed;
  /** Compares the article an element is about to show with the one it showed (src/shared/changes.ts); `fields`: those it shows. */
  compare(host: LiveHost, article: Article, fields: readonly ArticleField[]): void;
  /** An element's content with the live region after it, where an update's summary is announced. */
  render(content: unknown): unknown;
  /** The mark of an item (`field` + index) from the element's last update, or nothing. */
  changeMark(host: LiveHost, key: string, text: NbLabels): unknown;
  /** After each render: the marks' styles at the element's first, and after an update its one-line summary in the live region and `nb-update`. */
  announce(host: LiveHost, text: () => NbLabels, lang: string): void;
  /** The keyed list, for the elements' lists (src/shared/repeat.ts, src/shared/keyed-list.ts). */
  repeat: typeof keyedList;
}

/** The optional capabilities present on the page; the core calls each only when it is there. */
export const features: {
  live?: LiveUpdates;
  /** Citation popovers: installed by `import 'newsbrief/citations'` (src/citations.ts). */
  citations?: typeof CitationPopover;
} = {};

/**
 * `true` in the CDN file only, which always installs live updates before any element renders (and citation
 * popovers where the browser has them: citation links stay): code that serves pages without live updates is dead there, and `CDN_FILE ? … : …` lets terser drop it.
 * rollup.config.mjs rewrites it for the CDN build, and scripts/size.mjs for the bundles that measure the CDN
 * file's parts. Elsewhere `false`, written as a call so that rollup does not fold it in the npm modules (dist/):
 * they keep both branches, as an app without live updates or popovers needs.
 */
export const CDN_FILE: boolean = Boolean(0);
