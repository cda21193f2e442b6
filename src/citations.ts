/**
 * `import 'newsbrief/citations'` turns on citation popovers for every newsbrief element on the page: each
 * citation becomes a superscript button that opens a popover with its source's title, publisher and date.
 * Import it before the elements render (beside them is enough). The CDN file and `newsbrief/ssr` include
 * it; without it an element costs less, and each citation is a link to its source (see src/shared/citations.ts).
 */
import { CitationPopover } from './shared/citation-popover.js';
import { features } from './shared/features.js';

features.citations = CitationPopover;
