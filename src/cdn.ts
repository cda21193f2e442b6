/**
 * The CDN file, `dist/newsbrief.min.js`: every element and the labels of every built-in language, in
 * one self-contained module that makes no request of its own.
 */
import './locales/all.js';
export * from './index.js';
