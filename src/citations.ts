/**
 * `import 'newsbrief/citations'` turns on citation popovers for every newsbrief element on the page: each
 * citation becomes a superscript button that opens a popover with its source's title, publisher and date.
 * Import it before the elements render (beside them is enough). The CDN file and `newsbrief/ssr` include
 * it; without it (or in a browser without popovers) each citation is a link to its source (see src/shared/citations.ts).
 */
import { CitationPopover } from './shared/citation-popover.js';
import { features } from './shared/features.js';

// Only where the browser has popovers (Safari 17, Firefox 125, Chrome 114 and later; and on the server, which
// writes the buttons the reader's browser will have): elsewhere a citation stays a link to its source rather
// than a button that opens nothing.
if (typeof HTMLElement === 'undefined' || typeof document === 'undefined' || 'popover' in HTMLElement.prototype) features.citations = CitationPopover;
