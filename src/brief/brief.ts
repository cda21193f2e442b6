import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { hasContent, type Article, type ArticleField } from '../shared/article.js';
import { NbElement } from '../shared/base-element.js';
import { renderTime } from '../shared/dates.js';
import type { NbLabels } from '../shared/labels.js';
import { buildJsonLd, jsonLdText, showJsonLd } from '../shared/structured-data.js';
import { cleanLabel } from '../shared/text.js';
import '../tldr/define.js';
import '../key-facts/define.js';
import '../faq/define.js';
import '../confirmed-unclear/define.js';
import '../sources/define.js';
import styles from './brief.styles.js';

/** The five parts, in the order the brief shows them, with the fields each one reads. */
const PARTS: { name: string; tag: StaticValue; fields: ArticleField[] }[] = [
  { name: 'tldr', tag: literal`nb-tldr`, fields: ['tldr'] },
  { name: 'key-facts', tag: literal`nb-key-facts`, fields: ['keyFacts'] },
  { name: 'faq', tag: literal`nb-faq`, fields: ['faq'] },
  { name: 'confirmed-unclear', tag: literal`nb-confirmed-unclear`, fields: ['confirmed', 'unclear'] },
  { name: 'sources', tag: literal`nb-sources`, fields: ['sources'] },
];

/**
 * The whole brief of one article in one card: its byline and dates, then the TL;DR, key facts, FAQ,
 * confirmed vs unclear panel and sources, each part shown only when the article has it. The parts'
 * headings sit one level below the brief's own. The article is read (and its problems reported) once,
 * by the brief; `theme` and `labels` pass down to the parts.
 *
 * @summary All five parts of an article's brief, in one card.
 * @tag nb-brief
 *
 * @csspart meta - The byline and dates under the heading.
 * @csspart tldr - The `<nb-tldr>` part.
 * @csspart key-facts - The `<nb-key-facts>` part.
 * @csspart faq - The `<nb-faq>` part.
 * @csspart confirmed-unclear - The `<nb-confirmed-unclear>` part.
 * @csspart sources - The `<nb-sources>` part.
 * @csspart change-mark - The "New", "Updated" or "Now confirmed" mark beside an item of any part (exported from the parts).
 */
export class NbBrief extends NbElement {
  static override styles = [NbElement.styles, styles];
  protected static override fields: readonly ArticleField[] = [
    'headline', 'url', 'published', 'updated', 'author',
    ...PARTS.flatMap((part) => part.fields),
  ];
  protected static override contentFields = PARTS.flatMap((part) => part.fields);

  static override properties: PropertyDeclarations = {
    structuredData: { attribute: 'structured-data' },
  };

  /**
   * Describes the article to search and answer engines as schema.org JSON-LD, in one
   * `<script type="application/ld+json">` in `document.head`: `article` (or the empty value) a
   * `NewsArticle`, `faq` an `FAQPage`, `all` both. Written once per article however many briefs show it,
   * kept in step with the data, removed with the element. Unset (the default), nothing is written.
   * See the README's *Structured data*.
   */
  // Spelt out rather than `StructuredDataKind | ''`, so the manifest (and editors) list the values.
  structuredData?: 'article' | 'faq' | 'all' | '' | null;

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const { article, structuredData } = this;
    // `inLanguage`: the article's own language, else the one the brief is shown in (the page's).
    const jsonLd = structuredData != null && this.isConnected && buildJsonLd({ ...article, lang: article.lang || this.language }, structuredData);
    showJsonLd(this, jsonLd ? jsonLdText(jsonLd) : undefined);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    showJsonLd(this);
  }

  private renderMeta(article: Article, text: NbLabels) {
    const lang = this.language;
    const date = (label: string, value: string | undefined) =>
      value ? html`<span>${label} ${renderTime(value, lang, this.relativeDates)}</span>` : nothing;
    if (!article.author && !article.published && !article.updated) return nothing;
    return html`<p class="meta muted" part="meta">${article.author
      ? html`<span>${text.by} ${cleanLabel(article.author)}</span>`
      : nothing}${date(text.published, article.published)}${date(text.updated, article.updated)}</p>`;
  }

  private renderPart(part: (typeof PARTS)[number], article: Article) {
    return staticHtml`<${part.tag} class="part" part=${part.name} exportparts="change-mark" .data=${article} .labels=${this.labelOverrides}
      heading-level=${Math.min(6, this.level + 1)} theme=${this.theme ?? nothing}></${part.tag}>`;
  }

  protected renderContent(article: Article, text: NbLabels) {
    return html`<section class="card" part="base" aria-labelledby="brief-heading">
      <header>${this.renderHeading(this.heading || text.brief, 0, { id: 'brief-heading' })} ${this.renderMeta(article, text)}</header>
      ${PARTS.map((part) => (hasContent(article, part.fields) ? this.renderPart(part, article) : nothing))}
    </section>`;
  }
}
