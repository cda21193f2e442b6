/**
 * Server-side rendering (Node): the finished elements as HTML with declarative shadow DOM, so a CMS or
 * static-site build can put them in the page. Readers see the content before any JavaScript runs, and
 * crawlers read it; when the ordinary bundle (`newsbrief`, `dist/newsbrief.min.js`) loads, each element
 * takes its server-rendered shadow root over without a layout shift (src/shared/server-root.ts).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing, type LitElement } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../index.js';
import '../locales/all.js'; // Node has no bundle to keep small: every language renders.
import '../live.js'; // what the CDN file renders, live region included
import '../citations.js'; // and citation buttons
import { popoverStyles } from '../shared/citation-popover.js';
import { ARTICLE_FIELDS, readArticle, type Article } from '../shared/article.js';
import { buildJsonLd, jsonLdText, type StructuredDataKind } from '../shared/structured-data.js';

export type { StructuredDataKind };
export const STRUCTURED_DATA_KINDS: readonly StructuredDataKind[] = ['article', 'faq', 'all'];

export const ELEMENT_TAGS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

// In the browser the citation buttons' styles join an element's shadow root with its first citation; here
// they go with each element's own styles, so the server's HTML looks as the browser's will.
for (const tag of ELEMENT_TAGS) (customElements.get(tag) as unknown as typeof LitElement).elementStyles.push(popoverStyles);

export interface RenderOptions {
  /** Which element to render (default `nb-brief`). */
  element?: ElementTag;
  /** The language of labels and dates (default: the article's `lang`, else `en`). Rendered as the element's `lang`. */
  lang?: string;
  /** `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Replaces the heading text. */
  heading?: string;
  /** The heading level, 2 to 6. */
  headingLevel?: number;
  /** Built-in label overrides, by key. */
  labels?: Record<string, string>;
  /** For `nb-faq`: `multiple` or `single`. */
  mode?: 'multiple' | 'single';
  /** For `nb-faq`: `none`, `first` or `all`. */
  open?: 'none' | 'first' | 'all';
  /**
   * The id of the page's `<script type="application/json">` that holds the same article: the element
   * then carries `for="…"` instead of a copy of the article in its `data` attribute.
   */
  for?: string;
  /** More attributes for the element (`class`, `id`, `style`…), written as given (values escaped). */
  attributes?: Record<string, string>;
  /**
   * Also describe the article as schema.org JSON-LD for search and answer engines: `article` (a
   * `NewsArticle`), `faq` (an `FAQPage`) or `all` (both). The result then has `jsonLd` and
   * `jsonLdScript`, the `<script type="application/ld+json">` to put in the page's head.
   */
  structuredData?: StructuredDataKind;
}

export interface RenderResult {
  /** The element, with its content as declarative shadow DOM. */
  html: string;
  /** What was wrong in the article (those parts are left out). */
  problems: string[];
  /** With `structuredData`: the JSON-LD object, or `undefined` when the article has nothing to describe. */
  jsonLd?: object;
  /** With `structuredData`: `jsonLd` as a `<script type="application/ld+json">` for the head (`''` when there is none); no text in it can end the script. */
  jsonLdScript?: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The markers of the wrapping template, which are not part of the element's HTML. */
const OUTER_MARKERS = /^(<!--lit-part [^>]*-->)+(<!--lit-node \d+-->)?|(<!--\/lit-part-->|<\?>)+$/g;

/**
 * Renders one element for `article` to an HTML string with declarative shadow DOM. The (validated)
 * article goes into the element's `data` attribute (or the page's JSON script named by `for`), so the
 * element comes to life with the same data on the client (it takes the server's shadow root over, see
 * `src/shared/server-root.ts`). Invalid items are left out, as in the browser; the problems are returned alongside.
 */
export async function renderArticle(article: unknown, options: RenderOptions = {}): Promise<RenderResult> {
  const tag = options.element ?? 'nb-brief';
  if (!(ELEMENT_TAGS as readonly string[]).includes(tag)) throw new Error(`newsbrief: unknown element "${tag}"; use one of ${ELEMENT_TAGS.join(', ')}`);
  const kind = options.structuredData;
  if (kind !== undefined && !STRUCTURED_DATA_KINDS.includes(kind))
    throw new Error(`newsbrief: unknown structured data "${kind}"; use one of ${STRUCTURED_DATA_KINDS.join(', ')}`);
  const { article: valid, problems } = readArticle(article, ARTICLE_FIELDS);
  const lang = options.lang ?? valid.lang ?? 'en';
  const name = unsafeStatic(tag); // one of ELEMENT_TAGS, checked above
  const faq = tag === 'nb-faq';
  const template = staticHtml`<${name}
    .data=${valid satisfies Article}
    data=${options.for ? nothing : JSON.stringify(valid)}
    for=${options.for ?? nothing}
    lang=${lang}
    theme=${options.theme ?? nothing}
    heading=${options.heading ?? nothing}
    heading-level=${options.headingLevel ?? nothing}
    labels=${options.labels ? JSON.stringify(options.labels) : nothing}
    mode=${(faq && options.mode) || nothing}
    open=${(faq && options.open) || nothing}
  ></${name}>`;
  const rendered = (await collectResult(render(template))).replace(OUTER_MARKERS, '').replace(/^<([\w-]+)\s+/, '<$1 ');
  const extra = Object.entries(options.attributes ?? {})
    .map(([key, value]) => ` ${key.replace(/[^\w-]/g, '')}="${escapeAttribute(value)}"`)
    .join('');
  const result: RenderResult = { html: rendered.replace(/^<([\w-]+)/, `<$1${extra}`), problems };
  if (kind) {
    // The article's own language, else the one the element is rendered in (its `lang`), as the browser's element says.
    const jsonLd = buildJsonLd({ ...valid, lang: valid.lang ?? lang }, kind);
    const text = jsonLd && jsonLdText(jsonLd);
    result.jsonLd = text ? JSON.parse(text) : undefined; // without the fields left undefined
    result.jsonLdScript = text ? `<script type="application/ld+json">${text}</script>` : '';
  }
  return result;
}
