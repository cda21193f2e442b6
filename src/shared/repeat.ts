import { CDN_FILE, features } from './features.js';
import { itemKeys, type ListField } from './item-keys.js';
import type { ItemKey, ItemTemplate } from './keyed-list.js';

/**
 * The elements' lists. With live updates, keyed (src/shared/keyed-list.ts): an item keeps its DOM across
 * versions of the article (matched by `itemKeys`), so focus stays on the same question and nothing is
 * re-created. Without them the list is re-rendered in place, by position, which costs nothing extra (the
 * keyed list is about 0.7 KiB gzip); the FAQ keeps its open items by slug either way.
 */
export function repeat<T>(items: readonly T[], key: ItemKey<T>, template: ItemTemplate<T>): unknown {
  return CDN_FILE || features.live ? features.live!.repeat(items, key, template) : items.map(template);
}

/** The items of a list field of the article, keyed by their identity (`itemKeys`) when live updates need it; without them (and at a first render) no key is computed. */
export function repeatItems<T>(field: ListField, items: readonly T[], template: ItemTemplate<T>): unknown {
  if (!CDN_FILE && !features.live) return items.map(template);
  // Worked out on first use: the keyed list asks for keys only when the list is drawn again.
  let keys: unknown[] | undefined;
  return features.live!.repeat(items, (_, index) => (keys ??= itemKeys(field, items))[index], template);
}
