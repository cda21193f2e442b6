import type { Answer, CreativeWork, FAQPage, Graph, NewsArticle, Question, Thing } from 'schema-dts';
import type { Article } from './article.js';
import { plainText } from './inline-text.js';
import { safeHref } from './text.js';

/**
 * What `structured-data` (and `renderArticle`'s `structuredData`) describes: the article as a
 * schema.org `NewsArticle`, its FAQ as an `FAQPage`, or both.
 */
export type StructuredDataKind = 'article' | 'faq' | 'all';


/**
 * The article as schema.org JSON-LD (types from `schema-dts`), or `undefined` when there is nothing
 * to describe. `kind` as the attribute gives it: `faq` and `all` as written, anything else (the empty
 * value too) is `article`. Always a `@graph`, so a CMS can append its nodes to its own graph. Texts are
 * plain (inline markup and citation markers taken out); URLs are kept only when http(s). With a
 * canonical `url`, the nodes get `@id`s `url#newsbrief` (the NewsArticle) and `url#newsbrief-faq` (the
 * FAQPage), by which a CMS's own nodes can refer to them. The NewsArticle needs a headline, a TL;DR or
 * a URL; the FAQPage a question. Pure: runs in the browser and in Node.
 */
export function buildJsonLd(article: Article, kind: StructuredDataKind | (string & {})): Graph | undefined {
  const { lang: inLanguage, faq } = article;
  const url = safeHref(article.url);
  // The page's own fragment (if the URL has one) is replaced, so the `@id` is a valid IRI.
  const id = url && `${url.replace(/#.*/, '')}#newsbrief`;
  const text = (value?: string) => value && plainText(value);
  const nodes: Thing[] = [];
  if (kind != 'faq' && (article.headline || article.tldr || url))
    nodes.push({
      '@type': 'NewsArticle',
      '@id': id,
      headline: text(article.headline),
      url,
      mainEntityOfPage: url,
      inLanguage,
      datePublished: article.published,
      dateModified: article.updated,
      author: article.author && { '@type': 'Person', name: text(article.author) },
      abstract: text(article.tldr),
      citation: article.sources?.map(
        (source): CreativeWork => ({
          '@type': 'CreativeWork',
          name: text(source.title),
          url: safeHref(source.url),
          publisher: source.publisher && { '@type': 'Organization', name: text(source.publisher) },
          datePublished: source.date,
        }),
      ),
    } satisfies NewsArticle);
  if ((kind == 'faq' || kind == 'all') && faq?.length)
    nodes.push({
      '@type': 'FAQPage',
      '@id': id && `${id}-faq`,
      url,
      inLanguage,
      mainEntity: faq.map(
        (item): Question => ({
          '@type': 'Question',
          name: text(item.question),
          acceptedAnswer: { '@type': 'Answer', text: text(item.answer) } satisfies Answer,
        }),
      ),
    } satisfies FAQPage);
  // Fields left `undefined` are dropped when written as JSON.
  return nodes.length ? { '@context': 'https://schema.org', '@graph': nodes } : undefined;
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`, with every `<` written as `\u003c`:
 * inside a script element only `<` can end it (`</script>`) or change how it is parsed (`<!--`), and
 * JSON parsers read the escape back as `<`. (`>` and `&` mean nothing there; U+2028/2029 are valid JSON.)
 */
export const jsonLdText = (jsonLd: Graph) => JSON.stringify(jsonLd).replace(/</g, '\\u003c');

/** The JSON-LD text each element shows. */
const shown = new Map<object, string>();

/**
 * Keeps `owner`'s JSON-LD script in the page: one script per distinct text however many elements
 * show it, replaced when the text changes, removed when its last owner passes `undefined`. A script
 * with the same text already in the page (the server's, from `renderArticle`) is adopted, not written
 * twice.
 */
export function showJsonLd(owner: object, text?: string) {
  // Only a JSON-LD script can hold this text (as JavaScript it would not even parse).
  const scriptOf = (value?: string) => [...document.scripts].find((script) => script.text === value);
  const previous = shown.get(owner);
  if (previous == text) return;
  shown.delete(owner);
  if (text) shown.set(owner, text);
  if (![...shown.values()].includes(previous!)) scriptOf(previous)?.remove();
  if (text && !scriptOf(text)) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    // A text node, not `textContent =`: Trusted Types refuses script text from a string, even in a data script.
    script.append(text);
    document.head.append(script);
  }
}
