// 2,000 generated articles of random shape through every element and every data channel: nothing
// thrown, every valid item shown (checked against an independent definition of "valid"), and the
// time of the largest input reported (never asserted). The articles carry citation markers and `cites`
// arrays, valid and not, and every element must show exactly the citations that name a valid source.
import '../src/index.js';
import '../src/citations.js'; // citation popovers (test/citation-links.test.ts: without them)
import type { NbElement } from '../src/index.js';
import { expect, settled } from './helpers.js';

/** A small seeded PRNG, so a failure can be replayed. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20261123;
const random = mulberry32(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const FRAGMENTS = ['Meta', ' ', 'ب', 'שלום', '\u200f', '\u200e', '\u202e', '😀', '👩🏽‍💻', '**', '*', '[x](https://a.example)', '<b>', '</script>', '"', "'", '\n', '\n\n', '\u0000', '漢字', 'हिंदी', '\t', '&amp;', '${x}', '…', '[^1]', '[^2]', '[^9]', '[^0]', '[^src-a]', '[^nope]', '[^', '[^ x]', '[^1](https://a.example)'];

/** Huge strings are kept out of the 10,000-item lists, which would otherwise make 10 MB articles. */
let hugeAllowed = true;

function randomString(): string {
  const roll = random();
  if (roll < 0.02 && hugeAllowed) return 'x'.repeat(50_000 + Math.floor(random() * 50_000)); // huge
  if (roll < 0.08) return pick(['', ' ', '\n', '\u200f']); // blank
  return Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(FRAGMENTS)).join('');
}

function randomValue(depth = 0): unknown {
  const roll = random();
  if (roll < 0.45) return randomString();
  if (roll < 0.55) return Math.floor(random() * 1e6) - 5e5;
  if (roll < 0.6) return null;
  if (roll < 0.65) return random() < 0.5;
  if (roll < 0.7) return undefined;
  if (depth > 6) return {};
  if (roll < 0.85) return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(['question', 'answer', 'label', 'text', 'title', 'url', 'publisher', 'date', 'cites', 'id', 'x']), randomValue(depth + 1)]));
  return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(depth + 1));
}

const ITEM_KEYS: Record<string, string[]> = {
  keyFacts: ['label', 'text', 'cites'],
  faq: ['question', 'answer', 'cites'],
  sources: ['id', 'title', 'publisher', 'url', 'date'],
};

/** A `cites` array, a source id: often valid, often not. */
const randomCites = () => (random() < 0.8 ? Array.from({ length: Math.floor(random() * 4) }, () => pick<unknown>([1, 2, 3, 9, 0, -1, 1.5, '2', 'src-a', 'src-b', 'nope', null, {}, []])) : randomValue(2));
const randomId = () => (random() < 0.8 ? pick(['src-a', 'src-b', 'src-a', '12', 'has space', '']) : randomValue(2));

function randomItem(field: string): unknown {
  const roll = random();
  if (roll < 0.15 || !(field in ITEM_KEYS)) return randomValue(1);
  const item: Record<string, unknown> = {};
  for (const key of ITEM_KEYS[field])
    if (random() < 0.85) item[key] = key === 'cites' ? randomCites() : key === 'id' ? randomId() : random() < 0.8 ? randomString() : randomValue(2);
  if (key(item, 'date') && random() < 0.5) item.date = pick(['2026-06-23', '2026-06-23T10:00:00Z', 'yesterday', '2026-13-45']);
  return item;
}
const key = (item: Record<string, unknown>, name: string) => name in item;

function randomList(field: string): unknown {
  const roll = random();
  if (roll < 0.15) return randomValue(1); // not an array
  const length = roll > 0.9996 ? 10_000 : Math.floor(random() * 8);
  hugeAllowed = length < 100;
  const items = Array.from({ length }, () => (field === 'confirmed' || field === 'unclear' ? randomStatement() : randomItem(field)));
  hugeAllowed = true;
  return items;
}

/** A statement: a string, or (the object form) `{ text, cites }`. */
function randomStatement(): unknown {
  const roll = random();
  if (roll < 0.65) return randomString();
  if (roll < 0.85) return { text: random() < 0.9 ? randomString() : randomValue(2), ...(random() < 0.7 && { cites: randomCites() }) };
  return randomValue(1);
}

function randomArticle(): unknown {
  const roll = random();
  if (roll < 0.03) return randomValue(); // not even an object
  const article: Record<string, unknown> = {};
  for (const field of ['headline', 'lang', 'published', 'updated', 'author', 'tldr']) if (random() < 0.6) article[field] = random() < 0.85 ? randomString() : randomValue(1);
  if (random() < 0.2) article.lang = pick(['en', 'fr', 'ar', 'he', 'pt-BR', 'zz', 'not a tag!', '']);
  if (random() < 0.2) article.published = pick(['2026-06-23', '2026-06-23T10:00:00Z', 'nope']);
  for (const field of ['keyFacts', 'faq', 'confirmed', 'unclear', 'sources']) if (random() < 0.7) article[field] = randomList(field);
  return article;
}

// The independent oracle: how many items each element must show.
const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A bare array stands for the element's one list field (its "shorthand"). */
const list = (article: unknown, field: string, shorthand = false) =>
  shorthand && Array.isArray(article) ? article : isObject(article) && Array.isArray(article[field]) ? (article[field] as unknown[]) : [];
const EXPECTED: Record<string, (article: unknown) => number> = {
  'nb-tldr': (a) => (text(a) || (isObject(a) && text(a.tldr)) ? 1 : 0),
  'nb-key-facts': (a) => list(a, 'keyFacts', true).filter((f) => isObject(f) && text(f.text)).length,
  'nb-faq': (a) => list(a, 'faq', true).filter((f) => isObject(f) && text(f.question) && text(f.answer)).length,
  'nb-confirmed-unclear': (a) => [...list(a, 'confirmed'), ...list(a, 'unclear')].filter((s) => text(s) || (isObject(s) && text(s.text))).length,
  'nb-sources': (a) => list(a, 'sources', true).filter((s) => isObject(s) && text(s.title)).length,
};
const SHOWN: Record<string, (root: ShadowRoot) => number> = {
  'nb-tldr': (root) => root.querySelectorAll('.summary').length,
  'nb-key-facts': (root) => root.querySelectorAll('.fact').length,
  'nb-faq': (root) => root.querySelectorAll('.item').length,
  'nb-confirmed-unclear': (root) => root.querySelectorAll('li').length,
  'nb-sources': (root) => root.querySelectorAll('li').length,
};

/**
 * How many citation buttons an element must show: every `[^ref]` in its shown texts and every `cites`
 * entry that names a valid source — a listed source with a title, by position (from 1) or by an id that
 * is a name (no white space, brackets or ^, not only digits) first given by a valid source.
 */
function citationCount(article: unknown, texts: (item: Record<string, unknown>) => unknown[], items: unknown[]) {
  const sources = isObject(article) && Array.isArray(article.sources) ? article.sources : [];
  const valid = sources.map((s) => isObject(s) && text(s.title));
  const ids = new Set<string>();
  sources.forEach((s, i) => {
    if (valid[i] && typeof (s as Record<string, unknown>).id === 'string') {
      const id = (s as Record<string, string>).id;
      if (/^[^\s[\]^]{1,64}$/.test(id) && !/^\d+$/.test(id) && !ids.has(id)) ids.add(id);
    }
  });
  const names = (ref: unknown) => (typeof ref === 'number' || typeof ref === 'string') && (/^\d+$/.test(String(ref)) ? valid[Number(ref) - 1] === true : ids.has(String(ref)));
  let count = 0;
  for (const item of items) {
    const record = isObject(item) ? item : { text: item };
    for (const value of texts(record)) if (typeof value === 'string') for (const [, ref] of value.slice(0, 20_000).matchAll(/\[\^([^\s[\]^]{1,64})\]/g)) count += names(ref) ? 1 : 0;
    if (Array.isArray(record.cites)) count += record.cites.filter(names).length;
  }
  return count;
}
const EXPECTED_CITATIONS: Record<string, (article: unknown) => number> = {
  'nb-tldr': (a) => (isObject(a) && text(a.tldr) ? citationCount(a, (r) => [r.text], [a.tldr]) : 0),
  'nb-key-facts': (a) => citationCount(a, (f) => [f.label, f.text], list(a, 'keyFacts').filter((f) => isObject(f) && text(f.text))),
  'nb-confirmed-unclear': (a) =>
    citationCount(a, (s) => [s.text], [...list(a, 'confirmed'), ...list(a, 'unclear')].filter((s) => text(s) || (isObject(s) && text(s.text)))),
};

const TAGS = [...Object.keys(EXPECTED), 'nb-brief'];
const CHANNELS = ['property', 'attribute', 'for', 'src'] as const;

/** Gives `el` the article through `channel`. */
function feed(el: NbElement, article: unknown, channel: (typeof CHANNELS)[number], id: string) {
  const json = JSON.stringify(article) ?? 'null';
  // A string in the property is JSON text (as documented), so a bare string article goes in as JSON.
  if (channel === 'property') el.data = typeof article === 'string' ? json : (article as NbElement['data']);
  else if (channel === 'attribute') el.setAttribute('data', json);
  else if (channel === 'for') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = id;
    script.textContent = json;
    document.body.append(script);
    el.setAttribute('for', id);
  } else el.src = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
}

/** Resolves once the element has settled, including a `src` fetch. */
async function settledAfterLoad(el: NbElement) {
  for (let i = 0; i < 200; i++) {
    await settled(el);
    if (!el.shadowRoot?.querySelector('[aria-busy]')) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe(`fuzz (seed ${SEED})`, function () {
  this.timeout(300_000);

  it('2,000 random articles through every element and channel: nothing thrown, every valid item shown', async () => {
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const originalWarn = console.warn;
    let warnings = 0;
    console.warn = () => void warnings++;
    let largest: { size: number; article: unknown } = { size: 0, article: null };
    let largestMs = 0;
    const mismatches: string[] = [];
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const articles = Array.from({ length: 2000 }, randomArticle);
      for (let start = 0; start < articles.length; start += 100) {
        const batch: { el: NbElement; article: unknown }[] = [];
        for (const [offset, article] of articles.slice(start, start + 100).entries()) {
          const index = start + offset;
          const size = (JSON.stringify(article) ?? '').length;
          if (size > largest.size) largest = { size, article };
          for (const [t, tag] of TAGS.entries()) {
            const el = document.createElement(tag) as NbElement;
            feed(el, article, CHANNELS[(index + t) % CHANNELS.length], `fuzz-${index}-${t}`);
            host.append(el);
            batch.push({ el, article });
          }
        }
        await Promise.all(batch.map(({ el }) => settledAfterLoad(el)));
        for (const { el, article } of batch) {
          const expected = EXPECTED[el.localName];
          if (expected && expected(article) !== SHOWN[el.localName](el.shadowRoot!))
            mismatches.push(`${el.localName}: expected ${expected(article)}, shown ${SHOWN[el.localName](el.shadowRoot!)}`);
          const citations = EXPECTED_CITATIONS[el.localName];
          const shownCitations = el.shadowRoot!.querySelectorAll('.cite button').length;
          if (citations && citations(article) !== shownCitations) mismatches.push(`${el.localName}: expected ${citations(article)} citations, shown ${shownCitations}`);
        }
        host.replaceChildren();
        document.querySelectorAll('script[id^="fuzz-"]').forEach((script) => script.remove());
      }
      // The largest input alone, in the element that shows everything.
      const brief = document.createElement('nb-brief') as NbElement;
      const started = performance.now();
      brief.data = largest.article as NbElement['data'];
      host.append(brief);
      await settled(brief);
      for (const part of brief.shadowRoot!.querySelectorAll<NbElement>('.part')) await settled(part);
      brief.getBoundingClientRect(); // include layout
      largestMs = performance.now() - started;
      host.remove();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.warn = originalWarn;
    }
    console.log(`fuzz: 2000 articles × ${TAGS.length} elements; ${warnings} warnings; the largest input (${(largest.size / 1024).toFixed(0)} KiB of JSON) renders in <nb-brief> in ${largestMs.toFixed(0)} ms`);
    expect(uncaught).to.deep.equal([]);
    expect(mismatches.slice(0, 10)).to.deep.equal([]);
    expect(warnings).to.be.greaterThan(0); // the generator does produce bad data
  });
});
