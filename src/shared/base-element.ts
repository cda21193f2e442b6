import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { hasContent, readFields, readTextField, type Article, type ArticleField, type FieldReaders } from './article.js';
import { Citations, citationStyles } from './citations.js';
import type { InlineOptions } from './inline-text.js';
import { primaryLanguage, resolveLabels, type NbLabels } from './labels.js';
import { takeServerRoot } from './server-root.js';
import { CDN_FILE, features } from './features.js';
import { openPlainFeed, type ArticleFeed } from './feed.js';
import { htmlAtLevel } from './heading-html.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';

// The types of live updates' `nb-update`, typed on every element (and document, window) even without them.
export type { NbChange, NbChangeKind, NbUpdateDetail } from './changes.js';

/** Which input an `nb-error` is about. */
export type NbErrorSource = 'data' | 'for' | 'src' | 'labels';

export interface NbErrorDetail {
  /** What went wrong, in one sentence. */
  message: string;
  /** Which input it came from. */
  source: NbErrorSource;
  /** Every problem found, when there was more than one (invalid items, wrong types). */
  problems: string[];
}

export type NbTheme = 'light' | 'dark' | 'auto';

// Events bubble and are composed, so publishers listen on `document` or `window`: typed there too.
declare global {
  interface HTMLElementEventMap {
    'nb-error': CustomEvent<NbErrorDetail>;
  }
  interface DocumentEventMap {
    'nb-error': CustomEvent<NbErrorDetail>;
  }
  interface WindowEventMap {
    'nb-error': CustomEvent<NbErrorDetail>;
  }
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** An attribute whose value stays a string, so it can be parsed (and its errors reported) by the element. */
const rawText = { fromAttribute: (value: string | null) => value };

/**
 * Typed private tokens: a page that sets `--nb-accent: banana` or `--nb-space: 10 apples` gets the
 * default back (an invalid value of a registered property falls back to its inherited or initial
 * value) instead of losing a border or all padding. Registered once per page; a second copy is fine.
 */
const TYPED_TOKENS: [string, string, string][] = [
  ['--_nb-accent', '<color>', '#c8102e'],
  ['--_nb-positive', '<color>', '#1a7f37'],
  ['--_nb-caution', '<color>', '#9a5b00'],
  ['--_nb-surface', '<color>', 'transparent'],
  ['--_nb-space', '<length>', '16px'],
  ['--_nb-radius', '<length>', '4px'],
];
let tokensRegistered = false;
function registerTokens() {
  if (tokensRegistered || typeof CSS === 'undefined' || !CSS.registerProperty) return;
  tokensRegistered = true;
  for (const [name, syntax, initialValue] of TYPED_TOKENS) {
    try {
      CSS.registerProperty({ name, syntax, initialValue, inherits: true });
    } catch {
      // Already registered by another copy of newsbrief on the page.
    }
  }
}

/**
 * The articles `<nb-brief>` hands its parts. On the server, where a part has no tree to find its brief in, its
 * article says that it is one (a part has no live region of its own: the brief speaks for it).
 */
export const partArticles = new WeakSet<object>();

/** `refresh` without live updates warns once per page, not once per element. */
let refreshWarned = false;

/** The nearest element matching `selector`, looking through shadow roots up to the document. */
function closestAcrossShadows(start: Element, selector: string): Element | null {
  // Server-side rendering has no tree to walk: only the element's own attributes count there.
  if (typeof start.closest !== 'function') return null;
  for (let node: Element | null = start; node; ) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The base of every newsbrief element: reads the article from the four data channels (the `data`
 * property, the `data` attribute, a `for` JSON script, a `src` URL), reports `nb-error`, and renders
 * the shared parts (heading level, labels, theme, loading state, empty state).
 * An element adds only what it shows, in `renderContent()`.
 *
 * @fires {CustomEvent<NbErrorDetail>} nb-error - The data cannot be read: bad JSON, a `for` id with no script, a failed `src` fetch, an item of the wrong shape. `detail: { message, source, problems }`. Valid items are still shown.
 * @fires {CustomEvent<NbUpdateDetail>} nb-update - The element showed an article and received a different one (any channel): `detail: { changes }`, each `{ field, change: 'added' | 'changed' | 'removed' | 'confirmed', text }`. Not fired by the parts inside `<nb-brief>`: the brief fires one for all. With live updates: the CDN file, or `import 'newsbrief/live'`.
 *
 * @csspart base - The card around the element's content.
 * @csspart heading - The element's heading.
 * @csspart change-mark - The "New", "Updated" or "Now confirmed" mark beside an item that changed in the last update (with live updates).
 * @csspart citation - A citation's number: the button that opens its source (with citation popovers: the CDN file, or `import 'newsbrief/citations'`), else the link to its source.
 * @csspart citation-popover - The popover that shows a cited source.
 *
 * @cssprop --nb-accent - Accent colour: rules, markers, link underlines (default `#c8102e`).
 * @cssprop --nb-text - Text colour (default: inherited from the page, or the theme's).
 * @cssprop --nb-muted - Secondary text colour: publishers, dates, meta lines.
 * @cssprop --nb-surface - Background (default: transparent, or the theme's).
 * @cssprop --nb-border - Border and divider colour.
 * @cssprop --nb-link - Link text colour (default: the text colour).
 * @cssprop --nb-focus - Focus ring colour (default: the accent).
 * @cssprop --nb-positive - Marks "confirmed" items.
 * @cssprop --nb-caution - Marks "still unclear" items.
 * @cssprop --nb-radius - Corner radius (default `0.25em`).
 * @cssprop --nb-space - Spacing unit (default `1em`); padding and gaps are multiples of it.
 * @cssprop --nb-font - Font family (default: inherited from the page).
 * @cssprop --nb-heading-font - Heading font family (default: inherited from the page).
 */
export abstract class NbElement extends LitElement {
  /** The newsbrief version this class comes from; named in the warning when two copies meet. */
  static readonly version: string = VERSION;

  static override styles: CSSResultGroup = [baseStyles, citationStyles];

  /**
   * Registers the element as `tag`. When the tag is already taken (the bundle loaded twice, or two
   * versions on one page) it warns, naming both versions, instead of throwing.
   */
  static define(tag: string) {
    registerTokens();
    const existing = customElements.get(tag) as { version?: string } | undefined;
    if (!existing) customElements.define(tag, this as unknown as CustomElementConstructor);
    else if (existing !== this)
      console.warn(
        `newsbrief: <${tag}> is already registered by newsbrief ${existing.version ?? '(unknown version)'}; ` +
          `this copy (newsbrief ${this.version}) is not used.`,
      );
  }

  /** The article fields this element reads (besides `lang`, which all read), each with its reader; the others are ignored. */
  protected static readers: FieldReaders = {};
  /** The names of the fields in `readers`. */
  protected static get fields(): readonly ArticleField[] {
    return Object.keys(this.readers) as ArticleField[];
  }
  /** The fields whose presence means there is something to show. */
  protected static contentFields?: readonly ArticleField[];
  /** The field that a bare array or string given as data stands for (`[{question, answer}]` for the FAQ). */
  protected static shorthand?: ArticleField;

  // Lit's reactive properties, declared without decorators: an app's bundle then needs neither Lit's
  // decorator code nor tslib's helper (about 0.5 KiB gzip for one element).
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    for: {},
    src: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    labels: { converter: rawText },
    relativeDates: { attribute: 'relative-dates', type: Boolean },
    theme: { reflect: true },
    refreshInterval: { attribute: 'refresh', type: Number },
    article: { state: true },
    loading: { state: true },
  };

  /** The article (or the part this element shows) as an object. Takes precedence over every attribute. */
  data?: Article | string | null;

  /** The article as JSON text (the `data` attribute). */
  dataJson?: string | null;

  /** The id of a `<script type="application/json">` in the same document that holds the article. */
  for?: string | null;

  /** A URL to fetch the article JSON from; a loading state shows meanwhile. */
  src?: string | null;

  /** With `src`: fetch the article again every this many seconds (at least 10), conditionally, while the page is shown. Needs live updates: the CDN file, or `import 'newsbrief/live'` (without, it warns once). */
  refreshInterval?: number;

  /** Replaces the visible heading text. */
  heading?: string;

  /** The level of the element's heading, 2 to 6. */
  headingLevel = 2;

  /** Overrides built-in label text by key: a JSON object (attribute) or an object (property). */
  labels?: Partial<NbLabels> | string | null;

  /** Shows dates relative to now ("3 hours ago"), kept current while the element is in the page; the full date is the tooltip. */
  relativeDates = false;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). Unset, the element inherits the page's font and colours. */
  theme?: NbTheme;

  /** The valid part of the data, after reading. */
  protected article: Article = {};
  protected loading = false;

  /** The `labels` overrides, parsed and checked. */
  protected labelOverrides?: Partial<NbLabels>;
  /** The `src` channel: the fetch, its validators and the polling. */
  private feed?: ArticleFeed;
  /** Watches the `for` script, so editing its JSON (a CMS preview, a live blog) re-renders the element. */
  private scriptObserver?: MutationObserver;
  /** True while a `for` lookup waits for the document to finish parsing. */
  private waitingForDocument = false;
  private internals?: ElementInternals;
  /** See `language`. */
  private renderLanguage = 'en';
  /**
   * The newsbrief element this one is a part of (`<nb-brief>`'s parts), if any, looked up once per update (a
   * render asks for it once per item). The owner compares the versions and reports the changes; its parts show
   * its marks (same items, same order), so every mark in the brief belongs to the same update.
   */
  private owner?: NbElement;
  /** Citations of the article's sources in this element's texts, and their popover. */
  protected readonly citations = new Citations(this, () => [this.article.sources, this.language, this.renderText ?? this.text]);
  /** The labels of the render in progress, resolved once for it rather than once per citation. */
  private renderText?: NbLabels;
  /** Inline options for the element's texts: citations become buttons that open the popover. */
  protected readonly inline: InlineOptions = { cite: this.citations.render };

  protected override createRenderRoot() {
    takeServerRoot(this);
    return super.createRenderRoot();
  }

  /** `lang` and `dir` are not Lit properties, but they pick the labels, date format and direction. */
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Moved in the DOM: the language (and so labels, dates, direction) may differ in the new place.
    if (this.hasUpdated) this.requestUpdate();
    // Moved in the DOM while loading: the disconnect aborted the fetch, so start it again.
    if (this.src && this.feed && this.loading) this.loadData();
    // Reconnected: poll `src` again, or read (and watch) the `for` script again.
    else if (this.feed) this.feed.every(this.refreshInterval);
    else if (this.for && this.hasUpdated && !this.scriptObserver) this.loadData();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.feed?.stop();
    this.scriptObserver?.disconnect();
    this.scriptObserver = undefined;
  }

  /**
   * Reads the current channel again now: `src` conditionally (an unchanged article costs a `304`), or the
   * `for` script. For publishers who push updates themselves (WebSocket, server-sent events). Settles when
   * the element has rendered the result; never rejects (failures are reported with `nb-error`).
   */
  async reload(): Promise<void> {
    try {
      if (this.isConnected) await this.updateComplete; // the first update reads the channels
      if (!this.feed) this.loadData();
      await this.feed?.check();
      if (this.isConnected) await this.updateComplete;
    } catch {
      // Nothing is thrown out of the element.
    }
  }

  /** Dispatches a bubbling, composed event from the element. */
  protected emit<T>(name: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  /** Reports a problem with the input: one `nb-error` event and one `console.warn`. */
  protected reportError(source: NbErrorSource, problems: string[]) {
    const extra = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    const message = `${problems[0]}${extra}`;
    console.warn(`<${this.localName}>: ${message}`, ...(problems.length > 1 ? [problems] : []));
    this.emit<NbErrorDetail>('nb-error', { message, source, problems });
  }

  /** The language of this render (resolved once per update): the element's own `lang`, its nearest ancestor's, the article's, or `en`. */
  protected get language(): string {
    return this.renderLanguage;
  }

  private findLanguage(): string {
    // A part of a brief has the brief's language: no `lang` between them, the same article, and the brief
    // (updated first) has just looked it up.
    if (this.owner) return this.owner.language;
    const withLang = closestAcrossShadows(this, '[lang]') as HTMLElement | null;
    return withLang?.lang || this.getAttribute('lang') || this.article.lang || 'en';
  }

  /** Built-in labels with the `labels` overrides applied. */
  protected get text(): NbLabels {
    return resolveLabels(this.labelOverrides, this.language);
  }

  /**
   * `rtl` when no `dir` is set on the element or any ancestor and the language is written right to
   * left (Arabic, Persian, Hebrew, Urdu…); otherwise the inherited direction applies.
   */
  protected get autoDirection(): 'rtl' | undefined {
    // A part of a brief is inside the brief's `dir` (its own or the page's), or in a language written left to right.
    if (this.owner || closestAcrossShadows(this, '[dir]') || this.hasAttribute('dir')) return undefined;
    return RTL_LANGUAGES.has(primaryLanguage(this.language)) ? 'rtl' : undefined;
  }

  protected get level() {
    const level = Math.trunc(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 2;
  }

  /**
   * `html` for a template whose `<h2>` is this element's heading (or one `offset` levels below it, at most h6):
   * the heading is drawn in the template around it rather than in one of its own.
   */
  protected htmlAtLevel(offset = 0) {
    return htmlAtLevel(Math.min(6, this.level + offset));
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('labels')) this.readLabels();
    this.owner = this.findOwner(); // before loadData: a part takes the article its owner has read
    if (changed.has('data') || changed.has('dataJson') || changed.has('for') || changed.has('src')) this.loadData();
    this.renderLanguage = this.findLanguage(); // after loadData: the article's own `lang` may count
    // Live updates: what changed since the last article shown is marked now, and announced once rendered
    // (only in the fields the element shows: see compareWithShown).
    if (changed.has('article') && !this.loading && this.hasContent() && !this.owner)
      features.live?.compare(this, this.article, (this.constructor as typeof NbElement).fields);
  }

  private findOwner(): NbElement | undefined {
    const root = typeof this.getRootNode === 'function' ? this.getRootNode() : undefined; // no tree when rendered on the server
    return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot && root.host instanceof NbElement ? root.host : undefined;
  }

  /** The change mark of item `index` of `field` (0 for the TL;DR), if it changed in the last update. */
  protected changeMark(field: ArticleField, index: number, text: NbLabels) {
    const host = this.owner ?? this;
    return CDN_FILE ? features.live!.changeMark(host, field + index, text) : (features.live?.changeMark(host, field + index, text) ?? nothing);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (!CDN_FILE && changed.has('refreshInterval') && this.refreshInterval && !features.live && !refreshWarned) {
      refreshWarned = true;
      console.warn(`<${this.localName}>: refresh needs live updates, which this page has not loaded: add \`import 'newsbrief/live';\` to your app (the CDN file has them).`);
    }
    if (changed.has('refreshInterval') && this.isConnected) this.feed?.every(this.refreshInterval);
    features.live?.announce(this, () => this.text, this.language);
    const empty = !this.loading && !this.hasContent();
    // The internals are attached when the element is first empty: most elements (every part of a brief) never are.
    try {
      if (empty) (this.internals ??= this.attachInternals()).states.add('empty');
      else this.internals?.states.delete('empty');
    } catch {
      // Environments without ElementInternals still render; only the empty state's `display: none` is lost.
      // Older engines only accept `--dashed` state names; the element then keeps its (empty) box.
    }
  }

  /** Whether `article` (by default the one shown) has something for this element to show. */
  protected hasContent(article = this.article) {
    const ctor = this.constructor as typeof NbElement;
    return hasContent(article, ctor.contentFields ?? ctor.fields);
  }

  override render() {
    const body = this.renderBody();
    // With live updates the element's content comes with their live region; the parts of a brief have none (the brief speaks for them).
    return (!this.owner && !partArticles.has(this.data as object) && features.live?.render(body)) || body;
  }

  private renderBody() {
    if (this.loading) return this.renderLoading();
    if (!this.hasContent()) return nothing;
    const content = this.renderContent(this.article, (this.renderText = this.text));
    const dir = this.autoDirection;
    return dir ? html`<div dir=${dir}>${content}</div>` : content;
  }

  /**
   * What the element shows for a valid, non-empty article: its card, then `this.citations.renderPopover()`,
   * in one template. The popover's place is there whether or not it is needed yet, so that its arrival (after
   * the first citation) keeps the content's DOM (and a server-rendered one); it is in the element's own
   * template rather than in one around it, which would cost each element a template instance.
   */
  protected abstract renderContent(article: Article, text: NbLabels): TemplateResult;

  protected renderLoading() {
    return html`<div class="card" part="base" aria-busy="true">
      <span class="visually-hidden" role="status">${this.text.loading}</span>
      <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
    </div>`;
  }

  private readLabels() {
    this.labelOverrides = undefined;
    const labels = this.labels;
    if (labels === undefined || labels === null || labels === '') return;
    let parsed: unknown = labels;
    if (typeof labels === 'string') {
      try {
        parsed = JSON.parse(labels);
      } catch {
        return this.reportError('labels', ['the labels attribute is not valid JSON']);
      }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return this.reportError('labels', ['labels should be a JSON object of label texts by key']);
    this.labelOverrides = parsed as Partial<NbLabels>;
  }

  /** Reads the article from the first channel present: property, attribute, `for`, then `src`. */
  private loadData() {
    this.feed?.stop();
    this.feed = undefined;
    this.scriptObserver?.disconnect();
    this.scriptObserver = undefined;
    this.loading = false;
    // A string in the property is JSON text too: some frameworks set every attribute as a property.
    if (typeof this.data === 'string') return this.acceptJsonText(this.data, 'data');
    if (this.data !== undefined && this.data !== null) return this.accept(this.data, 'data');
    if (typeof this.dataJson === 'string') return this.acceptJsonText(this.dataJson, 'data');
    if (this.for) return this.readScript(this.for);
    if (this.src) return this.fetchArticle(this.src);
    this.article = {};
  }

  /** Parses JSON text from a channel, then reads it. */
  private acceptJsonText(text: string, source: NbErrorSource) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      this.article = {};
      return this.reportError(source, [`the ${source === 'for' ? `#${this.for} script` : source} is not valid JSON`]);
    }
    this.accept(raw, source);
  }

  /** Reads the article out of untrusted data, keeping what is valid and reporting the rest. */
  private accept(raw: unknown, source: NbErrorSource) {
    // A part of a brief is given the article its brief has read, checked and reported on: it takes it as it is
    // (on the server, where a part has no owner to compare with, readFields' own shortcut does the same).
    if (raw === this.owner?.article) return void (this.article = raw as Article);
    const ctor = this.constructor as typeof NbElement;
    if (ctor.shorthand && (Array.isArray(raw) || typeof raw === 'string')) raw = { [ctor.shorthand]: raw };
    let reading;
    try {
      // `sources` come along, shown or not (and reported only when shown): they resolve citations.
      reading = readFields(raw, { ...ctor.readers, lang: readTextField });
    } catch (error) {
      // Only hostile objects (throwing getters, revoked proxies) get here; JSON never does.
      reading = { article: {}, problems: [`the data could not be read: ${error instanceof Error ? error.message : String(error)}`] };
    }
    if (reading.problems.length) this.reportError(source, reading.problems);
    // A refresh that brings nothing readable (a server error page sent as JSON) keeps the last good article.
    if (!(source === 'src' && reading.problems.length && this.hasContent() && !this.hasContent(reading.article)))
      this.article = reading.article;
  }

  private readScript(id: string) {
    const root = this.getRootNode() as Document | ShadowRoot;
    const script = root.getElementById?.(id) ?? document.getElementById(id);
    if (!script && document.readyState === 'loading') {
      // The script may come later in the page than the element: look again once the page is parsed.
      if (!this.waitingForDocument) {
        this.waitingForDocument = true;
        document.addEventListener('DOMContentLoaded', () => {
          this.waitingForDocument = false;
          if (this.for === id) this.loadData();
        }, { once: true });
      }
      this.article = {};
      return;
    }
    if (!(script instanceof HTMLScriptElement)) {
      this.article = {};
      return this.reportError('for', [
        script ? `#${id} is not a <script type="application/json"> element` : `no element with id "${id}" was found for the for attribute`,
      ]);
    }
    this.acceptJsonText(script.textContent ?? '', 'for');
    if (this.isConnected) {
      this.scriptObserver = new MutationObserver(() => this.loadData());
      this.scriptObserver.observe(script, { childList: true, characterData: true, subtree: true });
    }
  }

  private fetchArticle(src: string) {
    this.loading = true;
    this.article = {};
    const feed = (this.feed = (CDN_FILE ? features.live!.openFeed : (features.live?.openFeed ?? openPlainFeed))(
      src,
      (raw) => {
        this.loading = false;
        this.accept(raw, 'src');
      },
      (reason, report) => {
        // The last good article stays; a run of failures is reported once.
        this.loading = false;
        if (report) this.reportError('src', [reason]);
      },
    ));
    if (this.isConnected) feed.every(this.refreshInterval);
    void feed.check();
  }
}
