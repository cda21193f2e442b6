/** Only absolute `http:` and `https:` URLs become links. */
const LINKABLE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The URL to put in `href`, or `undefined` when it must not be a link. Parsing with `URL` (as the
 * browser does) defeats whitespace, control-character and case tricks such as `java\nscript:`;
 * relative URLs are refused, since article data is not resolved against the host page.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return LINKABLE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const MARKERS = ['**', '__', '*', '_'];

/**
 * Tidies a short label for display: collapses white space and removes emphasis markers that wrap the
 * whole label (`**Main Update**`) or stand unmatched at either end (`**Main Update\n**` after a line
 * break, as AI-written article data has). Markers inside the label are left for inline formatting.
 */
export function cleanLabel(label: string): string {
  // Most labels have single spaces and no markers: one test rather than a replace, a trim and a test.
  if (!/[*_]|[^\S ]|  /.test(label)) return label.trim();
  let text = label.replace(/\s+/g, ' ').trim();
  for (let changed = /[*_]/.test(text); changed; ) {
    changed = false;
    for (const marker of MARKERS) {
      const count = text.split(marker).length - 1;
      const wrapped = text.length > marker.length * 2 && text.startsWith(marker) && text.endsWith(marker) && count === 2;
      if (wrapped) text = text.slice(marker.length, -marker.length).trim();
      else if (count % 2 === 1 && text.startsWith(marker)) text = text.slice(marker.length).trim();
      else if (count % 2 === 1 && text.endsWith(marker)) text = text.slice(0, -marker.length).trim();
      else continue;
      changed = true;
      break;
    }
  }
  return text;
}

/**
 * The stable id of a text: lower-cased, every run of characters that are not letters or digits (of any
 * script) made one `-`, leading and trailing `-` dropped. "Why did Meta pause it?" → `why-did-meta-pause-it`.
 */
export const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** Slugs for a list of texts, each unique: a repeat gets `-2`, `-3`…; a text with no letters or digits gets `fallback`. */
export function uniqueSlugs(texts: readonly string[], fallback: string): string[] {
  const taken = new Set<string>();
  return texts.map((text) => {
    const base = slugify(text) || fallback;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
