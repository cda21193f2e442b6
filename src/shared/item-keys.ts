import { plainText } from './inline-text.js';
import { uniqueSlugs } from './text.js';

/** The list fields whose items have an identity, each with the keys that identify its items (the first present). */
export const IDENTITY = { keyFacts: ['label', 'text'], faq: ['question'], confirmed: ['text'], unclear: ['text'], sources: ['url', 'title'] } as const;
export type ListField = keyof typeof IDENTITY;
export type Item = Record<string, string> | string;

/** A string item is its own text (statements; with citations they may be objects with `text`). */
export const pick = (item: Item, keys: readonly string[]) => (typeof item === 'string' ? item : (item[keys.find((key) => item[key]) ?? keys[0]] ?? ''));

/**
 * The identity of each item of a list field, unique within the list (a repeat gets `-2`, `-3`): FAQ items
 * by the slug of their question (their id), key facts by label (or text when unlabelled), statements by
 * their text, sources by URL (or title) — each as a reader sees it (`plainText`): inline markup and citation
 * markers left out (a link's URL is no part of a question's id; citation numbers change when sources do).
 * The elements key their lists by it, so an item keeps its DOM (and focus) when the data changes; live
 * updates match versions by it.
 */
export const itemKeys = (field: ListField, items: readonly unknown[] = []) =>
  uniqueSlugs(items.map((item) => plainText(pick(item as Item, IDENTITY[field]))), 'question');
