import { html, type TemplateResult } from 'lit';
import { cleanLabel, safeHref } from './text.js';

/**
 * The inline subset honoured in text fields: `**bold**`, `*italic*` and `[text](https://…)`.
 * Spans are bounded so that unclosed markers in hostile text cannot make matching quadratic.
 */
const INLINE =
  /\*\*(?=\S)([^]{0,2000}?\S)\*\*|\*(?=[^\s*])([^*]{0,2000}?[^\s*])\*(?!\*)|\[([^\[\]]{1,1000})\]\(([^()\s]{1,2000})\)/g;

/** A plain string when the text has no markup (the common case: one text node, no list of parts). */
export type InlineContent = string | Array<string | TemplateResult>;

/**
 * Turns text with the inline subset into Lit content: strings and `<strong>`/`<em>`/`<a>` elements,
 * never HTML parsed from a string, so any markup in the text shows as the literal characters.
 * A link whose URL is not http(s) keeps only its text, as do all links with `links: false` (text that
 * sits inside a button).
 */
export function renderInline(text: string, options: { links?: boolean } = {}, depth = 0): InlineContent {
  if (depth > 2 || !/[*[]/.test(text)) return text;
  const out: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, bold, italic, linkText, url] = match;
    const start = match.index ?? 0;
    if (start > last) out.push(text.slice(last, start));
    last = start + whole.length;
    if (bold !== undefined) out.push(html`<strong>${renderInline(bold, options, depth + 1)}</strong>`);
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

/** Renders a multi-paragraph text: blank lines separate paragraphs, each with the inline subset. */
export const renderParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => html`<p>${renderInline(paragraph)}</p>`);

/**
 * The text as a reader sees it, with the same inline grammar taken out rather than built:
 * `**Why** [Meta](https://…) paused` → `Why Meta paused`. Stray markers around it are trimmed too, and
 * citation markers (`[^1]`, `[^guardian]`) are taken out.
 */
export function plainText(text: string): string {
  const strip = (value: string, depth: number): string =>
    depth > 2 ? value : value.replace(INLINE, (_, bold?: string, italic?: string, linkText?: string) => strip(bold ?? italic ?? linkText ?? '', depth + 1));
  return strip(cleanLabel(text.replace(/\[\^[^\]\s]{1,100}\]/g, '')), 0);
}
