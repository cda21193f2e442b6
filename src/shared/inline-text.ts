import { html } from 'lit';
import { cleanLabel, safeHref } from './text.js';

/** What a citation marker names (a source's position or id): 1 to 64 characters, none of them white space, `[`, `]` or `^`. */
export const CITATION_REF = String.raw`[^\s[\]^]{1,64}`;

/** A citation marker in text: `[^2]` (the second source) or `[^guardian]` (the source whose id is `guardian`); see citations.ts. */
export const CITATION_MARKER = new RegExp(String.raw`\[\^(${CITATION_REF})\]`, 'g');

/** A citation marker with the space before it, also one made inert (`[\u2060^9]`, naming no source). */
const ANY_CITATION = new RegExp(String.raw`\s*\[\u2060?\^${CITATION_REF}\]`, 'g');

/**
 * The inline subset honoured in text fields: citation markers, `**bold**`, `*italic*` and `[text](https://…)`.
 * Spans are bounded so that unclosed markers in hostile text cannot make matching quadratic.
 */
const INLINE = new RegExp(
  CITATION_MARKER.source + String.raw`|\*\*(?=\S)([^]{0,2000}?\S)\*\*|\*(?=[^\s*])([^*]{0,2000}?[^\s*])\*(?!\*)|\[([^\[\]]{1,1000})\]\(([^()\s]{1,2000})\)`,
  'g',
);

/** A plain string when the text has no markup (the common case: one text node, no list of parts). */
export type InlineContent = string | unknown[];

export interface InlineOptions {
  /** `false` in text that sits inside a button: links keep only their text, citations are not buttons. */
  links?: boolean;
  /** Renders a citation marker's reference; without it the marker shows as typed. */
  cite?: (ref: string, interactive: boolean) => unknown;
}

/**
 * Turns text with the inline subset into Lit content: strings and `<strong>`/`<em>`/`<a>` elements,
 * never HTML parsed from a string, so any markup in the text shows as the literal characters.
 * A link whose URL is not http(s) keeps only its text, as do all links with `links: false` (text that
 * sits inside a button). Citation markers go to `options.cite`.
 */
export function renderInline(text: string, options: InlineOptions = {}, depth = 0): InlineContent {
  if (depth > 2 || !/[*[]/.test(text)) return text;
  const out: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, ref, bold, italic, linkText, url] = match;
    const start = match.index ?? 0;
    if (start > last) out.push(text.slice(last, start));
    last = start + whole.length;
    if (ref !== undefined) out.push(options.cite ? options.cite(ref, options.links !== false) : whole);
    else if (bold !== undefined) out.push(html`<strong>${renderInline(bold, options, depth + 1)}</strong>`);
    else if (italic !== undefined) out.push(html`<em>${renderInline(italic, options, depth + 1)}</em>`);
    else {
      const href = options.links !== false && safeHref(url);
      const content = renderInline(linkText, options, depth + 1);
      out.push(href ? html`<a href=${href} rel="noopener noreferrer">${content}</a>` : html`${content}`);
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The paragraphs of a multi-paragraph text: blank lines separate them; each is trimmed, empty ones dropped. */
export const splitParagraphs = (text: string) =>
  // Most texts are one line: a regular-expression split costs more than the rest of an FAQ item's text work.
  text.includes('\n')
    ? text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
    : [text.trim()].filter(Boolean);

/** Renders paragraphs (from `splitParagraphs`), each with the inline subset. */
export const renderParagraphs = (paragraphs: readonly string[], options?: InlineOptions) => paragraphs.map((paragraph) => html`<p>${renderInline(paragraph, options)}</p>`);

/** Takes citation markers out of a text (with the space before them), also those that name no source (inert ones). */
const stripCitations = (text: string) => text.replace(ANY_CITATION, '');

/**
 * The text as a reader sees it, with the same inline grammar taken out rather than built:
 * `**Why** [Meta](https://…) paused[^1]` → `Why Meta paused`. Citation markers (also those that name no
 * source) go with the space before them; stray markers around the text are trimmed too.
 */
export function plainText(text: string): string {
  // Most texts have no markup: the grammar's regular expressions need a `*` or a `[`.
  if (!/[*[]/.test(text)) return cleanLabel(text);
  const strip = (value: string, depth: number): string =>
    depth > 2 ? value : value.replace(INLINE, (_, _ref, bold?: string, italic?: string, linkText?: string) => strip(bold ?? italic ?? linkText ?? '', depth + 1));
  return strip(stripCitations(cleanLabel(text)), 0);
}
