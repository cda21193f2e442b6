/**
 * Landmarks need unique names (axe `landmark-unique`): a page with two briefs of the same article, or two
 * FAQs that ask the same question, must not get two regions of one name. Each element claims the names
 * of the regions it would render; a name already held by another element in the page is refused, and
 * that element renders the same content without the landmark (a plain section, an unlabelled answer).
 * Claims end when the element leaves the page. Server-side rendering (no page) grants every name.
 */
const holders = new Map<string, Element>();
const claims = new Map<Element, Set<string>>();

/** Claims `names` for `owner` (releasing its other names); returns, for each name, whether `owner` holds it. */
export function claimLandmarkNames(owner: Element, names: readonly string[]): boolean[] {
  const previous = claims.get(owner);
  if (previous) for (const name of previous) if (!names.includes(name) && holders.get(name) === owner) holders.delete(name);
  if (!owner.isConnected) {
    claims.delete(owner);
    return names.map(() => true);
  }
  const held = new Set<string>();
  const granted = names.map((name) => {
    const holder = holders.get(name);
    if (held.has(name) || (holder && holder !== owner && holder.isConnected)) return false;
    holders.set(name, owner);
    held.add(name);
    return true;
  });
  if (held.size) claims.set(owner, held);
  else claims.delete(owner);
  return granted;
}

/** Gives up every name `owner` holds (it left the page). */
export const releaseLandmarkNames = (owner: Element) => void claimLandmarkNames(owner, []);
