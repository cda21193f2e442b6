import type { ItemTemplate, KeyFn } from 'lit/directives/repeat.js';
import { features } from './features.js';
import { itemKeys, type ListField } from './item-keys.js';

/**
 * The elements' lists. With live updates, Lit's keyed `repeat`: an item keeps its DOM across versions of
 * the article (matched by `itemKeys`), so focus stays on the same question and nothing is re-created. Without
 * them the list is re-rendered in place, by position, which costs nothing extra (Lit's `repeat` is about
 * 0.9 KiB gzip); the FAQ keeps its open items by slug either way.
 */
export function repeat<T>(items: Iterable<T>, keyFn: KeyFn<T>, template: ItemTemplate<T>): unknown {
  return features.live ? features.live.repeat(items, keyFn, template) : Array.from(items, template);
}

/** The items of a list field of the article, keyed by their identity (`itemKeys`) when live updates need it; without them no key is computed. */
export function repeatItems<T>(field: ListField, items: readonly T[], template: ItemTemplate<T>): unknown {
  if (!features.live) return items.map(template);
  const keys = itemKeys(field, items);
  return features.live.repeat(items, (_, index) => keys[index], template);
}
