import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  hasContent,
  readDateField,
  readFaq,
  readKeyFacts,
  readSources,
  readStatements,
  readTextField,
  readTldr,
  type Article,
  type ArticleField,
} from '../shared/article.js';
import { NbElement, partArticles } from '../shared/base-element.js';
import { keepRelativeDatesCurrent, renderTime } from '../shared/dates.js';
import { claimLandmarkNames, releaseLandmarkNames } from '../shared/landmark-names.js';
import { pluralize, type NbLabels } from '../shared/labels.js';
import { buildJsonLd, jsonLdText, showJsonLd } from '../shared/structured-data.js';
import { cleanLabel } from '../shared/text.js';
import '../tldr/define.js';
import '../key-facts/define.js';
import '../faq/define.js';
import '../confirmed-unclear/define.js';
import '../sources/define.js';
import styles from './brief.styles.js';

/** What a part gets from the brief: the article, the label overrides, its heading level and theme. */
type PartOptions = [article: Article, labels: Partial<NbLabels> | undefined, level: number, theme: string | typeof nothing];

/**
 * The five parts, in the order the brief shows them, with the fields each one reads. One plain template
 * each (rather than `lit/static-html` with the tag as a value: that module would cost every reader bytes).
 * Each exports the parts of its parts that a page styles through `<nb-brief>` (change-mark, citation,
 * citation-popover), written out in the template rather than bound: a binding costs a part and a setAttribute.
 */
const PARTS: { name: string; fields: ArticleField[]; render: (...options: PartOptions) => TemplateResult }[] = [
  {
    name: 'tldr',
    fields: ['tldr'],
    render: (data, labels, level, theme) =>
      html`<nb-tldr class="part" exportparts="change-mark, citation, citation-popover" part="tldr" .data=${data} .labels=${labels} heading-level=${level} theme=${theme}></nb-tldr>`,
  },
  {
    name: 'key-facts',
    fields: ['keyFacts'],
    render: (data, labels, level, theme) =>
      html`<nb-key-facts class="part" exportparts="change-mark, citation, citation-popover" part="key-facts" .data=${data} .labels=${labels} heading-level=${level} theme=${theme}></nb-key-facts>`,
  },
  {
    name: 'faq',
    fields: ['faq'],
    render: (data, labels, level, theme) =>
      html`<nb-faq class="part" exportparts="change-mark, citation, citation-popover" part="faq" .data=${data} .labels=${labels} heading-level=${level} theme=${theme}></nb-faq>`,
  },
  {
    name: 'confirmed-unclear',
    fields: ['confirmed', 'unclear'],
    render: (data, labels, level, theme) =>
      html`<nb-confirmed-unclear class="part" exportparts="change-mark, citation, citation-popover" part="confirmed-unclear" .data=${data} .labels=${labels} heading-level=${level} theme=${theme}></nb-confirmed-unclear>`,
  },
  {
    name: 'sources',
    fields: ['sources'],
    render: (data, labels, level, theme) =>
      html`<nb-sources class="part" exportparts="change-mark, citation, citation-popover" part="sources" .data=${data} .labels=${labels} heading-level=${level} theme=${theme}></nb-sources>`,
  },
];

/**
 * The whole brief of one article in one card: its byline and dates, then the TL;DR, key facts, FAQ,
 * confirmed vs unclear panel and sources, each part shown only when the article has it. The parts'
 * headings sit one level below the brief's own. The article is read (and its problems reported) once,
 * by the brief; `theme`, `labels`, `relative-dates` and the language pass down to the parts. The brief is a region landmark named by the
 * article's headline (by its heading when the article has none); a second brief with the same name on
 * the page (the same article twice) is a plain section, so landmark names stay unique.
 *
 * @summary All five parts of an article's brief, in one card.
 * @tag nb-brief
 *
 * @csspart meta - The byline, dates and number of sources under the heading.
 * @csspart tldr - The `<nb-tldr>` part.
 * @csspart key-facts - The `<nb-key-facts>` part.
 * @csspart faq - The `<nb-faq>` part.
 * @csspart confirmed-unclear - The `<nb-confirmed-unclear>` part.
 * @csspart sources - The `<nb-sources>` part.
 * @csspart change-mark - The "New", "Updated" or "Now confirmed" mark beside an item of any part (exported from the parts).
 */
export class NbBrief extends NbElement {
  static override styles = [NbElement.styles, styles];
  protected static override readers = {
    headline: readTextField,
    url: readTextField,
    published: readDateField,
    updated: readDateField,
    author: readTextField,
    tldr: readTldr,
    keyFacts: readKeyFacts,
    faq: readFaq,
    confirmed: readStatements,
    unclear: readStatements,
    sources: readSources,
  };
  protected static override contentFields = PARTS.flatMap((part) => part.fields);

  static override properties: PropertyDeclarations = {
    structuredData: { attribute: 'structured-data' },
  };

  constructor() {
    super();
    keepRelativeDatesCurrent(this);
  }

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
    // Emptied: its region name goes to the next brief that needs it.
    if (!this.loading && !this.hasContent()) releaseLandmarkNames(this);
    const { article, structuredData } = this;
    // `inLanguage`: the article's own language, else the one the brief is shown in (the page's).
    const jsonLd = structuredData != null && this.isConnected && buildJsonLd({ ...article, lang: article.lang || this.language }, structuredData);
    showJsonLd(this, jsonLd ? jsonLdText(jsonLd) : undefined);
    // The parts show the brief's language, which they take from it when they update: a new one (the brief's
    // `lang`, or an ancestor's, changed) updates them too. `relative-dates` applies to the sources' dates too.
    const language = this.language;
    for (const part of this.renderRoot.querySelectorAll<NbElement>('.part')) {
      part.relativeDates = this.relativeDates;
      if (language !== this.partsLanguage) part.requestUpdate();
    }
    this.partsLanguage = language;
  }

  /** The language the parts were last updated in. */
  private partsLanguage?: string;

  override disconnectedCallback() {
    super.disconnectedCallback();
    showJsonLd(this);
    releaseLandmarkNames(this);
  }

  private renderMeta(article: Article, text: NbLabels) {
    const lang = this.language;
    const { author, published, updated } = article;
    const sources = article.sources?.length;
    if (!author && !published && !updated && !sources) return nothing;
    // One run of text between the dates' <time>s, the entries parted by " · " in the text: a span per entry with
    // its separator as a ::before cost every brief three elements and two pseudo-elements to style and lay out.
    const slots: unknown[] = [];
    let run = '';
    const add = (entry: string) => (run += (run || slots.length ? ' · ' : '') + entry);
    if (author) add(`${text.by} ${cleanLabel(author)}`);
    for (const [label, value] of [[text.published, published], [text.updated, updated]])
      if (value) {
        add(`${label} `);
        slots.push(run, renderTime(value, lang, this.relativeDates));
        run = '';
      }
    if (sources) add(pluralize(text.countSources, sources, lang));
    slots.push(run || nothing);
    return html`<p class="meta muted" part="meta">${slots[0]}${slots[1]}${slots[2]}${slots[3]}${slots[4]}</p>`;
  }

  private renderPart(part: (typeof PARTS)[number], article: Article) {
    return part.render(article, this.labelOverrides, Math.min(6, this.level + 1), this.theme ?? nothing);
  }

  protected renderContent(article: Article, text: NbLabels) {
    const headline = article.headline ? cleanLabel(article.headline) : undefined;
    const heading = this.heading || text.brief;
    const [landmark] = claimLandmarkNames(this, [headline ?? heading]);
    // No white space, and the five parts in five places rather than an array (which costs two markers an item):
    // each template instance and node costs every brief. The heading has a template of its own, unlike the
    // other elements' (in their card's): a new heading level then swaps only it, and keeps the parts (their
    // open questions, focus) that a new card template would make again.
    partArticles.add(article);
    const parts = PARTS.map((part) => (hasContent(article, part.fields) ? this.renderPart(part, article) : nothing));
    return html`<section class="card" part="base" aria-label=${(landmark && headline) || nothing} aria-labelledby=${landmark && !headline ? 'brief-heading' : nothing}><header>${this.htmlAtLevel()`<h2 class="heading" part="heading" id="brief-heading">${heading}</h2>`}${this.renderMeta(article, text)}</header>${parts[0]}${parts[1]}${parts[2]}${parts[3]}${parts[4]}</section>${this.citations.renderPopover()}`;
  }
}
