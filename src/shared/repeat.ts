import type { ItemTemplate, KeyFn } from 'lit/directives/repeat.js';
import { features } from './features.js';

/**
 * The elements' lists. With live updates, Lit's keyed `repeat`: an item keeps its DOM across versions of
 * the article (matched by `itemKeys`), so focus stays on the same question and nothing is re-created. Without
 * them the list is re-rendered in place, by position, which costs nothing extra (Lit's `repeat` is about
 * 0.9 KiB gzip); the FAQ keeps its open items by slug either way.
 */
export function repeat<T>(items: Iterable<T>, keyFn: KeyFn<T>, template: ItemTemplate<T>): unknown {
  return features.live ? features.live.repeat(items, keyFn, template) : Array.from(items, template);
}
