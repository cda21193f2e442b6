/**
 * The CDN file, `dist/newsbrief.min.js`: every element, live updates, citation popovers and the labels of
 * every built-in language, in one self-contained module that makes no request of its own.
 */
import './live.js';
import './citations.js';
import './locales/all.js';
export * from './index.js';
