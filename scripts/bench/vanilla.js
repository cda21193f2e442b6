// The hand-written baseline for `npm run bench`: the same DOM as newsbrief's elements, built with
// `document.createElement` and nothing else. Each host gets an open shadow root with the same
// structure, classes, attributes, ARIA and `part`s, and adopts the same stylesheet text (handed over
// by the bench runner, read from the CDN bundle's elements, so it is byte for byte what newsbrief
// adopts). Stylesheets are built once per page and shared, as Lit shares them.
//
// It does the text work that changes what is shown (the inline subset **bold** / *italic* / [link](url),
// paragraphs, label tidying, unique slugs for the FAQ ids, dates written out with Intl), because the
// DOM would differ without it. It does NOT validate the data (it trusts it), has no `for`/`src`
// channels, no error reporting, no loading state, no labels other than English and no right-to-left
// handling: that is the practical limit for this content, not a replacement for newsbrief.
//
// Also here: a native <details>/<summary> FAQ, the simplest accordion a page could have.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The typed private tokens newsbrief registers once per page (they change how styles compute). */
const TYPED_TOKENS = [
  ['--_nb-accent', '<color>', '#c8102e'],
  ['--_nb-positive', '<color>', '#1a7f37'],
  ['--_nb-caution', '<color>', '#9a5b00'],
  ['--_nb-surface', '<color>', 'transparent'],
  ['--_nb-space', '<length>', '16px'],
  ['--_nb-radius', '<length>', '4px'],
];
for (const [name, syntax, initialValue] of TYPED_TOKENS) {
  try {
    CSS.registerProperty({ name, syntax, initialValue, inherits: true });
  } catch {
    // already registered
  }
}

// ---------------------------------------------------------------------------------------------------
// Stylesheets

/** Stylesheet text by element tag: an array of sheets (base first), set by the runner. */
let styleText = {};
const sheetCache = new Map();
const sheetsByTag = new Map();

export function setStyles(texts) {
  styleText = texts;
  sheetCache.clear();
  sheetsByTag.clear();
}

/** The sheets of a tag, built on first use and shared by every host of that tag. */
function sheetsFor(tag) {
  let sheets = sheetsByTag.get(tag);
  if (!sheets) {
    sheets = (styleText[tag] ?? []).map((text) => {
      let sheet = sheetCache.get(text);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        sheetCache.set(text, sheet);
      }
      return sheet;
    });
    sheetsByTag.set(tag, sheets);
  }
  return sheets;
}

// ---------------------------------------------------------------------------------------------------
// DOM helpers

function h(tag, attrs, parent) {
  const node = document.createElement(tag);
  if (attrs) for (const name in attrs) node.setAttribute(name, attrs[name]);
  if (parent) parent.append(node);
  return node;
}

function text(parent, value) {
  parent.append(value);
  return parent;
}

/** A shadow root for `host`, emptied when rendering again, with the tag's sheets adopted. */
function shadowOf(host) {
  let root = host.shadowRoot;
  if (root) root.replaceChildren();
  else {
    root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheetsFor(host.localName);
  }
  return root;
}

function svgIcon(body) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of [['class', 'icon'], ['viewBox', '0 0 16 16'], ['width', '16'], ['height', '16'], ['aria-hidden', 'true'], ['focusable', 'false']])
    svg.setAttribute(name, value);
  for (const [tag, attrs] of body) {
    const child = document.createElementNS(SVG_NS, tag);
    for (const name in attrs) child.setAttribute(name, attrs[name]);
    svg.append(child);
  }
  return svg;
}

/** The icons, built on first use (as Lit prepares a template on first render), then cloned. */
const ICON_BODIES = {
  check: [
    ['circle', { cx: '8', cy: '8', r: '7', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' }],
    ['path', { d: 'M4.8 8.2l2.1 2.1 4.3-4.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.7', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }],
  ],
  question: [
    ['circle', { cx: '8', cy: '8', r: '7', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-dasharray': '2.6 1.6' }],
    ['path', { d: 'M6.1 6.2a1.95 1.95 0 1 1 2.6 1.85c-.45.17-.7.55-.7 1v.45', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-linecap': 'round' }],
    ['circle', { cx: '8', cy: '11.6', r: '.95', fill: 'currentColor' }],
  ],
  chevron: [
    ['path', { d: 'M3.5 6l4.5 4.5L12.5 6', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }],
  ],
};
const icons = {};
const icon = (name) => (icons[name] ??= svgIcon(ICON_BODIES[name])).cloneNode(true);

// ---------------------------------------------------------------------------------------------------
// Text: the same rules as newsbrief, so the same DOM comes out

const INLINE =
  /\*\*(?=\S)([^]{0,2000}?\S)\*\*|\*(?=[^\s*])([^*]{0,2000}?[^\s*])\*(?!\*)|\[([^\[\]]{1,1000})\]\(([^()\s]{1,2000})\)/g;

function safeHref(url) {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Appends `value` with the inline subset to `parent`, as text nodes and <strong>/<em>/<a>. */
function inline(parent, value, links = true, depth = 0) {
  if (depth > 2 || !/[*[]/.test(value)) return text(parent, value);
  let last = 0;
  for (const match of value.matchAll(INLINE)) {
    const [whole, bold, italic, linkText, url] = match;
    if (match.index > last) parent.append(value.slice(last, match.index));
    last = match.index + whole.length;
    if (bold !== undefined) inline(h('strong', null, parent), bold, links, depth + 1);
    else if (italic !== undefined) inline(h('em', null, parent), italic, links, depth + 1);
    else {
      const href = links && safeHref(url);
      inline(href ? h('a', { href, rel: 'noopener noreferrer' }, parent) : parent, linkText, links, depth + 1);
    }
  }
  if (last < value.length) parent.append(value.slice(last));
  return parent;
}

function paragraphs(parent, value) {
  for (const paragraph of value.split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (trimmed) inline(h('p', null, parent), trimmed);
  }
  return parent;
}

const MARKERS = ['**', '__', '*', '_'];

function cleanLabel(label) {
  let value = label.replace(/\s+/g, ' ').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const marker of MARKERS) {
      const count = value.split(marker).length - 1;
      if (value.length > marker.length * 2 && value.startsWith(marker) && value.endsWith(marker) && count === 2)
        value = value.slice(marker.length, -marker.length).trim();
      else if (count % 2 === 1 && value.startsWith(marker)) value = value.slice(marker.length).trim();
      else if (count % 2 === 1 && value.endsWith(marker)) value = value.slice(0, -marker.length).trim();
      else continue;
      changed = true;
      break;
    }
  }
  return value;
}

function uniqueSlugs(texts, fallback) {
  const taken = new Set();
  return texts.map((value) => {
    const base =
      value
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || fallback;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Date formats, made on first use (as newsbrief makes them). A date-only value is a calendar day: UTC. */
let dayFormat;
let instantFormat;

function time(parent, value) {
  const trimmed = value.trim();
  const dateOnly = DATE_ONLY.test(trimmed);
  const date = new Date(dateOnly ? `${trimmed}T00:00:00Z` : trimmed.replace(' ', 'T'));
  const format = dateOnly
    ? (dayFormat ??= new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }))
    : (instantFormat ??= new Intl.DateTimeFormat('en', { dateStyle: 'long' }));
  return text(h('time', { datetime: trimmed }, parent), format.format(date));
}

// ---------------------------------------------------------------------------------------------------
// The elements

const LABELS = {
  tldr: 'TL;DR',
  keyFacts: 'Key facts',
  faq: 'Frequently asked questions',
  confirmed: 'Confirmed',
  unclear: 'Still unclear',
  confirmedUnclear: 'What we know',
  sources: 'Sources',
  brief: 'At a glance',
  published: 'Published',
  updated: 'Updated',
  by: 'By',
};

const levelOf = (host) => Math.min(6, Math.max(2, Number(host.getAttribute('heading-level')) || 2));
const heading = (parent, level, attrs) => h(`h${Math.min(6, level)}`, { class: 'heading', part: 'heading', ...attrs }, parent);

function card(host) {
  return h('div', { class: 'card', part: 'base' }, shadowOf(host));
}

function renderTldr(host, article) {
  const base = card(host);
  text(heading(base, levelOf(host)), LABELS.tldr);
  paragraphs(h('div', { class: 'summary', part: 'summary' }, base), article.tldr);
}

function renderKeyFacts(host, article) {
  const base = card(host);
  text(heading(base, levelOf(host)), LABELS.keyFacts);
  const list = h('dl', { part: 'list' }, base);
  for (const fact of article.keyFacts) {
    const row = h('div', { class: 'fact', part: 'fact' }, list);
    if (fact.label) inline(h('dt', { part: 'label' }, row), cleanLabel(fact.label));
    inline(h('dd', { part: 'text' }, row), fact.text);
  }
}

function setFaqItem(item, open) {
  item.querySelector('button').setAttribute('aria-expanded', String(open));
  const answer = item.lastElementChild;
  if (open) answer.removeAttribute('hidden');
  else answer.setAttribute('hidden', 'until-found');
}

function toggleFaq(host, item, force) {
  const isOpen = (it) => it.querySelector('button').getAttribute('aria-expanded') === 'true';
  const open = force ?? !isOpen(item);
  if (open === isOpen(item)) return;
  if (open && host.getAttribute('mode') === 'single') for (const other of host.shadowRoot.querySelectorAll('.item')) if (other !== item && isOpen(other)) setFaqItem(other, false);
  setFaqItem(item, open);
}

function openFaqFromHash(host) {
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const item = id && host.shadowRoot.getElementById(id);
  if (item?.classList.contains('item')) {
    toggleFaq(host, item, true);
    item.scrollIntoView({ block: 'start' });
  }
}

/** Every vanilla FAQ in `root`, inside briefs too. */
function* faqHosts(root) {
  for (const host of root.querySelectorAll('nb-faq, nb-brief')) {
    if (host.localName === 'nb-faq') yield host;
    else if (host.shadowRoot) yield* faqHosts(host.shadowRoot);
  }
}

// One hashchange listener for the page (no per-element listener to add and remove).
window.addEventListener('hashchange', () => {
  for (const host of faqHosts(document)) openFaqFromHash(host);
});

function renderFaq(host, article) {
  if (!host.hasAttribute('mode')) host.setAttribute('mode', 'multiple');
  const level = levelOf(host);
  const base = card(host);
  text(heading(base, level), LABELS.faq);
  const list = h('div', { class: 'items', part: 'items' }, base);
  const faq = article.faq;
  const questions = faq.map((item) => cleanLabel(item.question));
  const slugs = uniqueSlugs(questions, 'question');
  const items = [];
  const regions = faq.length <= 6; // as newsbrief: answers are regions only in small FAQs (the APG's advice)
  for (let i = 0; i < faq.length; i++) {
    const id = slugs[i];
    const item = h('div', { class: 'item', part: 'item', id }, list);
    const button = h(
      'button',
      { id: `${id}__question`, part: 'question', 'aria-expanded': 'false', 'aria-controls': `${id}__answer` },
      heading(item, level + 1, { part: 'question-heading' }),
    );
    inline(button, questions[i], false);
    const attrs = { id: `${id}__answer`, part: 'answer', hidden: 'until-found' };
    if (regions && claimLandmark(host, questions[i])) Object.assign(attrs, { role: 'region', 'aria-labelledby': `${id}__question` });
    paragraphs(h('div', attrs, item), faq[i].answer);
    items.push(item);
  }
  // One listener per kind on the list, not one per item: the way a hand-written accordion does it.
  list.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (button) toggleFaq(host, button.closest('.item'));
  });
  list.addEventListener('beforematch', (event) => toggleFaq(host, event.target.closest('.item'), true));
  list.addEventListener('keydown', (event) => {
    const buttons = items.map((item) => item.querySelector('button'));
    const current = buttons.indexOf(event.target);
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = buttons.length - 1;
    const next = { ArrowDown: current === last ? 0 : current + 1, ArrowUp: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  });
  if (location.hash) openFaqFromHash(host);
}

function renderConfirmedUnclear(host, article) {
  const level = levelOf(host);
  const base = card(host);
  text(heading(base, level), LABELS.confirmedUnclear);
  const { confirmed, unclear } = article;
  const columns = h('div', { class: confirmed && unclear ? 'columns both' : 'columns' }, base);
  for (const [kind, items, iconName] of [['confirmed', confirmed, 'check'], ['unclear', unclear, 'question']]) {
    if (!items) continue;
    const group = h('div', { class: `group ${kind}`, part: kind }, columns);
    const title = heading(group, level + 1, { part: 'group-heading' });
    title.append(icon(iconName));
    text(title, LABELS[kind]);
    const list = h('ul', { part: 'list' }, group);
    for (const item of items) inline(h('li', { part: 'item' }, list), item);
  }
}

function renderSources(host, article) {
  const base = card(host);
  text(heading(base, levelOf(host)), LABELS.sources);
  const list = h('ol', { part: 'list' }, base);
  article.sources.forEach((source, index) => {
    const item = h('li', { part: 'item', id: `source-${index + 1}` }, list);
    const href = safeHref(source.url);
    const title = href
      ? h('a', { class: 'title', part: 'title', href, rel: 'noopener noreferrer' }, item)
      : h('span', { class: 'title', part: 'title' }, item);
    text(title, cleanLabel(source.title));
    const publisher = source.publisher && cleanLabel(source.publisher);
    if (publisher || source.date) {
      const meta = h('span', { class: 'meta muted', part: 'meta' }, item);
      if (publisher) text(meta, publisher);
      if (publisher && source.date) text(meta, ' · ');
      if (source.date) time(meta, source.date);
    }
  });
}

const PARTS = [
  ['tldr', 'nb-tldr', (a) => a.tldr !== undefined],
  ['key-facts', 'nb-key-facts', (a) => a.keyFacts !== undefined],
  ['faq', 'nb-faq', (a) => a.faq !== undefined],
  ['confirmed-unclear', 'nb-confirmed-unclear', (a) => a.confirmed !== undefined || a.unclear !== undefined],
  ['sources', 'nb-sources', (a) => a.sources !== undefined],
];

/**
 * As newsbrief (src/shared/landmark-names.ts): a landmark name held by another host in the page, or by
 * one built in the same task (not attached yet), is refused.
 */
const landmarkHolders = new Map();
const builtThisTask = new Set();
function claimLandmark(host, name) {
  const holder = landmarkHolders.get(name);
  if (holder && holder !== host && (holder.isConnected || builtThisTask.has(holder))) return false;
  if (!builtThisTask.size) queueMicrotask(() => builtThisTask.clear());
  builtThisTask.add(host);
  landmarkHolders.set(name, host);
  return true;
}

function renderBrief(host, article) {
  const level = levelOf(host);
  const headline = article.headline && cleanLabel(article.headline);
  const landmark = claimLandmark(host, headline ?? LABELS.brief);
  const name = !landmark ? {} : headline ? { 'aria-label': headline } : { 'aria-labelledby': 'brief-heading' };
  const section = h('section', { class: 'card', part: 'base', ...name }, shadowOf(host));
  const header = h('header', null, section);
  text(heading(header, level, { id: 'brief-heading' }), LABELS.brief);
  const sources = article.sources?.length;
  if (article.author || article.published || article.updated || sources) {
    const meta = h('p', { class: 'meta muted', part: 'meta' }, header);
    // The entries parted by " · " in the text, as newsbrief writes them: one text node between the dates' <time>s.
    let run = '';
    const entry = (value) => (run += (run || meta.firstChild ? ' · ' : '') + value);
    const flush = () => {
      if (run) text(meta, run);
      run = '';
      return meta;
    };
    if (article.author) entry(`${LABELS.by} ${cleanLabel(article.author)}`);
    for (const key of ['published', 'updated']) if (article[key]) (entry(`${LABELS[key]} `), time(flush(), article[key]));
    if (sources) entry(`${sources} source${sources === 1 ? '' : 's'}`);
    flush();
  }
  for (const [name, tag, present] of PARTS) {
    if (!present(article)) continue;
    const part = h(tag, { class: 'part', part: name, exportparts: 'change-mark, citation, citation-popover', 'heading-level': String(Math.min(6, level + 1)) }, section);
    CONTENT[tag](part, article);
  }
}

/** As every newsbrief element: after its content, the polite live region that announces live updates. */
const withLiveRegion = (render) => (host, article) => {
  render(host, article);
  h('div', { class: 'live-region visually-hidden', role: 'status', 'aria-live': 'polite' }, host.shadowRoot);
};

/** Each element's content; as a part of a brief it has no live region (the brief speaks for its parts). */
const CONTENT = {
  'nb-tldr': renderTldr,
  'nb-key-facts': renderKeyFacts,
  'nb-faq': renderFaq,
  'nb-confirmed-unclear': renderConfirmedUnclear,
  'nb-sources': renderSources,
  'nb-brief': renderBrief,
};
const RENDER = Object.fromEntries(Object.entries(CONTENT).map(([tag, render]) => [tag, withLiveRegion(render)]));

/** The bench adapter: creates a host of `tag` (an undefined custom element name) and renders it at once. */
export const vanilla = {
  name: 'vanilla',
  create(tag, data, attrs = {}) {
    const host = document.createElement(tag);
    for (const name in attrs) host.setAttribute(name, attrs[name]);
    RENDER[tag](host, data);
    return host;
  },
  /** A new article: the shadow root is emptied and built again, as hand-written code does. */
  update(host, data) {
    RENDER[host.localName](host, data);
  },
  settle() {},
};

// ---------------------------------------------------------------------------------------------------
// Native <details>/<summary> FAQ: the same card, heading and texts, no ARIA or keyboard code of its own

const DETAILS_CSS = `
details{border-block-end:1px solid var(--_nb-border)}
summary{display:flex;align-items:flex-start;justify-content:space-between;gap:1em;padding:0.85em 0.25em;font-weight:700;line-height:1.4;cursor:pointer;list-style:none}
summary::-webkit-details-marker{display:none}
.icon{flex:none;inline-size:1em;block-size:1em;margin-block-start:0.2em;color:var(--_nb-accent)}
details[open] .icon{transform:rotate(180deg)}
.items{border-block-start:1px solid var(--_nb-border)}
.answer-body{padding:0 0.25em 1em}
`;

function renderDetailsFaq(host, article) {
  const level = levelOf(host);
  const base = card(host);
  text(heading(base, level), LABELS.faq);
  const list = h('div', { class: 'items', part: 'items' }, base);
  const questions = article.faq.map((item) => cleanLabel(item.question));
  const slugs = uniqueSlugs(questions, 'question');
  for (let i = 0; i < questions.length; i++) {
    const details = h('details', { id: slugs[i], part: 'item' }, list);
    const summary = h('summary', { part: 'question' }, details);
    inline(h('span', { class: 'question' }, summary), questions[i], false);
    summary.append(icon('chevron'));
    paragraphs(h('div', { class: 'answer-body', part: 'answer' }, details), article.faq[i].answer);
  }
}

export const details = {
  name: 'details',
  create(tag, data, attrs = {}) {
    if (tag !== 'nb-faq') throw new Error('the <details> baseline is an FAQ only');
    if (!sheetsByTag.has('details-faq')) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(DETAILS_CSS);
      sheetsByTag.set('details-faq', [...sheetsFor('nb-faq').slice(0, 1), sheet]);
    }
    const host = document.createElement(tag);
    for (const name in attrs) host.setAttribute(name, attrs[name]);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheetsByTag.get('details-faq');
    renderDetailsFaq(host, data);
    return host;
  },
  update(host, data) {
    renderDetailsFaq(host, data);
  },
  settle() {},
};
