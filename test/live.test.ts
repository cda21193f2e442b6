// Live articles (issue #11): refresh polling with conditional requests, reload(), change marks, the
// live-region summary, nb-update, and the reader's state across updates. The HTTP side runs against the
// test server's /live-test/ endpoints (web-test-runner.config.mjs), which count conditional requests.
import { fixtureSync, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/live.js';
import '../src/locales/all.js';
import type { Article, NbChange, NbElement, NbFaq, NbUpdateDetail } from '../src/index.js';
import { diffArticles, summarizeChanges } from '../src/shared/changes.js';
import { EN_LABELS, pluralize, resolveLabels, SUPPORTED_LANGUAGES } from '../src/shared/labels.js';
import { keyedList } from '../src/shared/keyed-list.js';
import { liveClock } from '../src/shared/live.js';
import { render } from 'lit';
import { captureErrors, clone, expect, finishLoading, html, settled, shadow } from './helpers.js';

/** Version 1 of a developing story. */
const V1: Article = {
  headline: 'Storm closes the port',
  tldr: 'A storm has closed the port for the day.',
  keyFacts: [
    { label: 'Where', text: 'The northern harbour.' },
    { label: 'Duration', text: 'At least until noon.' },
  ],
  faq: [
    { question: 'Is the ferry running?', answer: 'No, all crossings are cancelled.' },
    { question: 'When will it reopen?', answer: 'Officials have not said.' },
  ],
  confirmed: ['The port is closed.'],
  unclear: ['Whether anyone was hurt.', 'How long the closure will last.'],
  sources: [
    { title: 'Port authority statement', publisher: 'Port Authority', url: 'https://example.com/port' },
    { title: 'Live weather map', publisher: 'Met Office', url: 'https://example.com/weather' },
  ],
};

/** Version 2: something changed in every part. */
const V2: Article = {
  ...V1,
  tldr: 'A storm has closed the port until tomorrow.',
  keyFacts: [
    { label: 'Wind', text: 'Gusts of 120 km/h.' },
    { label: 'Where', text: 'The northern harbour.' },
    { label: 'Duration', text: 'Until tomorrow morning.' },
  ],
  faq: [...V1.faq!, { question: 'Can I get a refund?', answer: 'Yes, from the ferry company.' }],
  confirmed: ['The port is closed.', 'Whether anyone was hurt.'],
  unclear: ['How long the closure will last.', 'What it will cost.'],
  sources: [V1.sources![0], { title: 'Coastguard update', publisher: 'Coastguard', url: 'https://example.com/coastguard' }],
};

/** Per element: the marks V1 → V2 shows (in DOM order) and the summary announced, in English and German. */
const ELEMENTS: { tag: string; marks: string[]; summary: string; marksDe: string[]; summaryDe: string }[] = [
  {
    tag: 'nb-tldr',
    marks: ['Updated'],
    summary: 'Article updated: 1 change. Updated: 1',
    marksDe: ['Aktualisiert'],
    summaryDe: 'Artikel aktualisiert: 1 Änderung. Aktualisiert: 1',
  },
  {
    tag: 'nb-key-facts',
    marks: ['New', 'Updated'],
    summary: 'Article updated: 2 changes. New: 1; Updated: 1',
    marksDe: ['Neu', 'Aktualisiert'],
    summaryDe: 'Artikel aktualisiert: 2 Änderungen. Neu: 1; Aktualisiert: 1',
  },
  {
    tag: 'nb-faq',
    marks: ['New'],
    summary: 'Article updated: 1 change. New: 1',
    marksDe: ['Neu'],
    summaryDe: 'Artikel aktualisiert: 1 Änderung. Neu: 1',
  },
  {
    tag: 'nb-confirmed-unclear',
    marks: ['Now confirmed', 'New'],
    summary: 'Article updated: 2 changes. New: 1; Now confirmed: 1',
    marksDe: ['Jetzt bestätigt', 'Neu'],
    summaryDe: 'Artikel aktualisiert: 2 Änderungen. Neu: 1; Jetzt bestätigt: 1',
  },
  {
    tag: 'nb-sources',
    marks: ['New'],
    summary: 'Article updated: 2 changes. New: 1; Removed: 1',
    marksDe: ['Neu'],
    summaryDe: 'Artikel aktualisiert: 2 Änderungen. Neu: 1; Entfernt: 1',
  },
  {
    tag: 'nb-brief',
    marks: ['Updated', 'New', 'Updated', 'New', 'Now confirmed', 'New', 'New'],
    summary: 'Article updated: 8 changes. New: 4; Updated: 2; Now confirmed: 1; Removed: 1',
    marksDe: ['Aktualisiert', 'Neu', 'Aktualisiert', 'Neu', 'Jetzt bestätigt', 'Neu', 'Neu'],
    summaryDe: 'Artikel aktualisiert: 8 Änderungen. Neu: 4; Aktualisiert: 2; Jetzt bestätigt: 1; Entfernt: 1',
  },
];

/** Every element under `root`, through shadow roots (nb-brief's parts), in document order. */
function deepQuery(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) found.push(el);
    if (el.shadowRoot) found.push(...deepQuery(el.shadowRoot, selector));
  }
  return found;
}
const marksOf = (el: Element) => deepQuery(shadow(el), '[part~="change-mark"]').map((mark) => mark.textContent!.trim());
/** The element's own polite live region (nb-brief's parts have none: the brief speaks for them). */
const regionOf = (el: Element) => shadow(el).querySelector<HTMLElement>('[aria-live="polite"]')!;
const announced = (el: Element) => regionOf(el).textContent ?? '';

/** Waits for an element and, for nb-brief, the parts inside it. */
async function settledDeep(el: Element) {
  await settled(el);
  for (const part of deepQuery(shadow(el), '.part')) await settled(part);
  await settled(el);
  return el;
}

/** Collects the nb-update events heard on `target` (they bubble and are composed: the document hears nb-brief's). */
function listen(target: EventTarget) {
  const heard: NbUpdateDetail[] = [];
  target.addEventListener('nb-update', (event) => heard.push((event as CustomEvent<NbUpdateDetail>).detail));
  return heard;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  liveClock.second = 1000;
});

/** An element in the page (with attributes), removed after the test. */
function place<T extends NbElement = NbElement>(tag: string, attrs: Record<string, string> = {}, wrapperAttrs: Record<string, string> = {}): T {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(wrapperAttrs)) wrapper.setAttribute(name, value);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  document.body.append(wrapper);
  cleanups.push(() => wrapper.remove());
  return el;
}

/** A `<script type="application/json">` in the page, removed after the test. */
function jsonScript(id: string, article: Article) {
  const script = Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: JSON.stringify(article) });
  document.body.append(script);
  cleanups.push(() => script.remove());
  return script;
}

let storyCount = 0;
/** A fresh story on the test server, at `article`; returns its URL and a controller. */
async function story(article: Article, options: { etag?: boolean; lastModified?: boolean } = {}) {
  const url = `/live-test/story-${Date.now()}-${storyCount++}.json`;
  const control = async (body: object) =>
    (await fetch(url, { method: 'POST', body: JSON.stringify(body) })).json() as Promise<{ version: number; stats: Stats }>;
  await control({ article, ...options });
  return {
    url,
    set: (next: Article) => control({ article: next }),
    fail: (status: number) => control({ fail: status }),
    stats: async () => ((await (await fetch(`${url}?stats`)).json()) as { stats: Stats }).stats,
  };
}
interface Stats {
  requests: number;
  conditional: number;
  notModified: number;
  ok: number;
  failed: number;
  ifNoneMatch: string[];
  ifModifiedSince: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pretends the page is hidden or shown, as switching tabs does: `document.hidden`, then `visibilitychange`. */
function setPageHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}
afterEach(() => {
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
});

describe('live articles', () => {
  describe('diffArticles', () => {
    it('matches items by identity and names each change', () => {
      const { changes, marks } = diffArticles(V1, V2);
      const list = (field: string) => changes.filter((c) => c.field === field).map((c) => [c.change, c.text]);
      expect(list('tldr')).to.deep.equal([['changed', 'A storm has closed the port until tomorrow.']]);
      expect(list('keyFacts')).to.deep.equal([
        ['added', 'Gusts of 120 km/h.'],
        ['changed', 'Until tomorrow morning.'],
      ]);
      expect(list('faq')).to.deep.equal([['added', 'Can I get a refund?']]);
      // Moved from unclear to confirmed: "confirmed", and not also "removed" from unclear.
      expect(list('confirmed')).to.deep.equal([['confirmed', 'Whether anyone was hurt.']]);
      expect(list('unclear')).to.deep.equal([['added', 'What it will cost.']]);
      expect(list('sources')).to.deep.equal([
        ['added', 'Coastguard update'],
        ['removed', 'Live weather map'],
      ]);
      expect([...marks]).to.deep.equal([
        ['tldr0', 'changed'],
        ['keyFacts0', 'added'],
        ['keyFacts2', 'changed'],
        ['faq2', 'added'],
        ['confirmed1', 'confirmed'],
        ['unclear1', 'added'],
        ['sources1', 'added'],
      ]);
    });

    it('finds nothing in the same article, or in a reordered one', () => {
      expect(diffArticles(V1, clone(V1)).changes).to.deep.equal([]);
      const reordered = { ...clone(V1), faq: [...V1.faq!].reverse(), sources: [...V1.sources!].reverse() };
      expect(diffArticles(V1, reordered).changes).to.deep.equal([]);
    });

    it('matches cited items by their text without the citation numbers, which change when sources do', () => {
      const before: Article = { faq: [{ question: 'Why now?[^1]', answer: 'A leak.' }], confirmed: ['It paused.[^1]'] };
      const after: Article = { faq: [{ question: 'Why now?[^2]', answer: 'A leak.' }], confirmed: ['It paused.[^2]'] };
      const kinds = diffArticles(before, after).changes.map((change) => change.change);
      expect(kinds).to.not.include('added');
      expect(kinds).to.not.include('removed');
    });

    it('matches FAQ items by slug, unlabelled facts by text, sources by URL or title', () => {
      const before: Article = {
        faq: [{ question: 'Is it **safe**?', answer: 'Yes.' }, { question: 'Did [Meta](https://a.example/1) confirm?', answer: 'No.' }],
        keyFacts: [{ text: 'No label here.' }],
        sources: [{ title: 'Old title', url: 'https://example.com/a' }, { title: 'No URL' }],
      };
      const after: Article = {
        // The link's URL is no part of the question's identity: the same question, its link moved.
        faq: [{ question: 'Is it safe?', answer: 'Yes, now.' }, { question: 'Did [Meta](https://b.example/2) confirm?', answer: 'No.' }],
        keyFacts: [{ text: 'No label here.' }, { text: 'Another.' }],
        sources: [{ title: 'New title', url: 'https://example.com/a' }, { title: 'No URL', publisher: 'P' }],
      };
      expect(diffArticles(before, after).changes.map((c) => [c.field, c.change, c.text])).to.deep.equal([
        ['keyFacts', 'added', 'Another.'],
        ['faq', 'changed', 'Is it safe?'],
        ['faq', 'changed', 'Did Meta confirm?'],
        ['sources', 'changed', 'New title'],
        ['sources', 'changed', 'No URL'],
      ]);
    });

    it('reports an added and a removed TL;DR, and tells repeated items apart', () => {
      expect(diffArticles({}, { tldr: 'Now.' }).changes).to.deep.equal([{ field: 'tldr', change: 'added', text: 'Now.' }]);
      expect(diffArticles({ tldr: 'Then.' }, {}).changes).to.deep.equal([{ field: 'tldr', change: 'removed', text: 'Then.' }]);
      const twice = diffArticles({ confirmed: ['Same.'] }, { confirmed: ['Same.', 'Same.'] });
      expect(twice.changes).to.deep.equal([{ field: 'confirmed', change: 'added', text: 'Same.' }]);
      expect([...twice.marks]).to.deep.equal([['confirmed1', 'added']]);
    });

    it('reads statements given as objects with text (citations)', () => {
      const before = { unclear: [{ text: 'Who?', cites: [1] }] } as unknown as Article;
      const after = { confirmed: [{ text: 'Who?', cites: [1, 2] }] } as unknown as Article;
      expect(diffArticles(before, after).changes).to.deep.equal([{ field: 'confirmed', change: 'confirmed', text: 'Who?' }]);
    });
  });

  describe('summary', () => {
    const changes = (field: NbChange['field'], change: NbChange['change'], n: number) =>
      Array.from({ length: n }, (_, i): NbChange => ({ field, change, text: `${field} ${i}` }));

    it('uses the plural rules of the language (Intl.PluralRules)', () => {
      expect(pluralize(EN_LABELS.liveUpdate, 1, 'en')).to.equal('Article updated: 1 change.');
      expect(pluralize(EN_LABELS.liveUpdate, 3, 'en')).to.equal('Article updated: 3 changes.');
      // A publisher's override with no plural forms keeps its words, a lower-case one before a colon too.
      expect(pluralize('updated: # changes', 2, 'en')).to.equal('updated: 2 changes');
      expect(pluralize('one:# change|other:# changes', 2, 'en')).to.equal('2 changes');
      const ru = resolveLabels(undefined, 'ru').liveUpdate;
      expect([1, 2, 5, 21, 22, 25].map((n) => pluralize(ru, n, 'ru'))).to.deep.equal(
        ['1 изменение', '2 изменения', '5 изменений', '21 изменение', '22 изменения', '25 изменений'].map((count) => `Статья обновлена: ${count}.`),
      );
      const ar = resolveLabels(undefined, 'ar').liveUpdate;
      expect([1, 2, 3, 11, 100].map((n) => pluralize(ar, n, 'ar'))).to.deep.equal(
        ['تغيير واحد', 'تغييران', '3 تغييرات', '11 تغييرًا', '100 تغيير'].map((count) => `حُدِّث المقال: ${count}.`),
      );
      const sources = resolveLabels(undefined, 'ar').countSources;
      expect([1, 2, 3, 11, 100].map((n) => pluralize(sources, n, 'ar'))).to.deep.equal(['مصدر واحد', 'مصدران', '3 مصادر', '11 مصدرًا', '100 مصدر']);
      expect(pluralize('one:# x|# xs', 2, 'not a language!')).to.equal('2 xs');
      // Every language's counted label names only plural categories that language has; its catch-all form has the number.
      for (const lang of SUPPORTED_LANGUAGES) {
        const forms = resolveLabels(undefined, lang).liveUpdate.split('|');
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const form of forms.slice(0, -1)) expect(categories, `${lang}: ${form}`).to.include(form.split(':')[0]);
        expect(forms[forms.length - 1], lang).to.contain('#').and.not.match(/^[a-z]+:/);
      }
    });

    it('says what changed in one line: how many changes, then how many of each kind', () => {
      const all = [...changes('keyFacts', 'added', 2), ...changes('faq', 'added', 1), ...changes('confirmed', 'confirmed', 1)];
      expect(summarizeChanges(all, EN_LABELS, 'en')).to.equal('Article updated: 4 changes. New: 3; Now confirmed: 1');
      expect(summarizeChanges(all, resolveLabels(undefined, 'de'), 'de')).to.equal('Artikel aktualisiert: 4 Änderungen. Neu: 3; Jetzt bestätigt: 1');
      expect(summarizeChanges(all, resolveLabels(undefined, 'ru'), 'ru')).to.equal('Статья обновлена: 4 изменения. Новое: 3; Теперь подтверждено: 1');
      expect(summarizeChanges([...all, ...changes('sources', 'removed', 1), ...changes('tldr', 'changed', 1)], EN_LABELS, 'en')).to.equal(
        'Article updated: 6 changes. New: 3; Updated: 1; Now confirmed: 1; Removed: 1',
      );
      expect(summarizeChanges([], EN_LABELS, 'en')).to.equal('');
    });

    it('takes label overrides, counted or not', () => {
      const text = resolveLabels({ liveUpdate: 'one:Breaking, # change:|Breaking, # changes:', new: 'Fresh' }, 'en');
      expect(summarizeChanges(changes('keyFacts', 'added', 3), text, 'en')).to.equal('Breaking, 3 changes: Fresh: 3');
      expect(summarizeChanges(changes('keyFacts', 'added', 1), text, 'en')).to.equal('Breaking, 1 change: Fresh: 1');
      expect(summarizeChanges(changes('keyFacts', 'added', 3), resolveLabels({ liveUpdate: 'Breaking:' }, 'en'), 'en')).to.equal('Breaking: New: 3');
    });
  });

  // What every element does alike, tested once over all six (STYLE.md 10).
  for (const { tag, marks, summary, marksDe, summaryDe } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('marks nothing and announces nothing on the first render', async () => {
        const el = place(tag);
        const heard = listen(document);
        el.data = clone(V1);
        await settledDeep(el);
        expect(marksOf(el)).to.deep.equal([]);
        expect(announced(el)).to.equal('');
        expect(heard).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('marks what changed, announces it once and fires one nb-update (data property)', async () => {
        const el = place(tag);
        el.data = clone(V1);
        await settledDeep(el);
        const heard = listen(document);
        el.data = clone(V2);
        await settledDeep(el);
        expect(marksOf(el)).to.deep.equal(marks);
        // Styled in every shadow root that shows one (nb-brief's parts too): live updates bring the marks' styles.
        for (const mark of deepQuery(shadow(el), '[part~="change-mark"]')) {
          const style = getComputedStyle(mark);
          expect([style.borderTopStyle, style.whiteSpace, style.fontWeight], mark.textContent!).to.deep.equal(['solid', 'nowrap', '600']);
        }
        expect(announced(el)).to.equal(summary);
        expect(heard).to.have.length(1);
        expect(heard[0].changes.every((c) => ['added', 'changed', 'removed', 'confirmed'].includes(c.change))).to.be.true;
        const region = regionOf(el);
        expect(region.getAttribute('role')).to.equal('status');
        // Inside <nb-brief> only the brief speaks: its parts have no live region, so a screen reader hears one summary.
        for (const part of deepQuery(shadow(el), '.part')) expect(shadow(part).querySelector('[aria-live]'), part.localName).to.equal(null);
        if (el.localName === 'nb-brief') expect(deepQuery(shadow(el), '[aria-live]'), 'live regions in the brief').to.have.length(1);
        await expect(el).to.be.accessible();
      });

      it('keeps the marks, and says nothing, when the same article comes again', async () => {
        const el = place(tag);
        el.data = clone(V1);
        await settledDeep(el);
        el.data = clone(V2);
        await settledDeep(el);
        const heard = listen(document);
        const before = announced(el);
        el.data = clone(V2);
        await settledDeep(el);
        expect(heard).to.deep.equal([]);
        expect(marksOf(el)).to.deep.equal(marks);
        expect(announced(el)).to.equal(before);
        // The next change replaces the marks: back to V1 marks what V1 has that V2 had not.
        el.data = clone(V1);
        await settledDeep(el);
        expect(heard).to.have.length(1);
        expect(heard[0].changes).to.not.be.empty;
      });

      it('in German (lang on the page), from the `for` script and reload()', async () => {
        const id = `live-for-${tag}`;
        const script = jsonScript(id, V1);
        const el = place(tag, { for: id }, { lang: 'de' });
        await settledDeep(el);
        expect(marksOf(el)).to.deep.equal([]);
        // The publisher swaps the script (a CMS re-render): the element still watches the old one, so reload().
        const next = jsonScript(id, V2);
        script.remove();
        document.body.append(next);
        const heard = listen(el);
        const done = el.reload();
        expect(done).to.be.an.instanceOf(Promise);
        await done;
        await settledDeep(el);
        expect(marksOf(el)).to.deep.equal(marksDe);
        expect(announced(el)).to.equal(summaryDe);
        expect(heard).to.have.length(1);
        await expect(el).to.be.accessible();
      });

      it('from `src`: reload() asks conditionally, a 304 changes nothing, a new version is marked', async () => {
        const server = await story(V1);
        const el = place(tag, { src: server.url });
        await settled(el);
        await finishLoading(el);
        await settledDeep(el);
        const heard = listen(document);
        await el.reload();
        let stats = await server.stats();
        expect(stats.requests).to.equal(2);
        expect(stats.conditional).to.equal(1);
        expect(stats.notModified).to.equal(1);
        expect(stats.ifNoneMatch[1]).to.equal('"v1"');
        expect(heard).to.deep.equal([]);
        await server.set(V2);
        await el.reload();
        await settledDeep(el);
        stats = await server.stats();
        expect(stats.ok).to.equal(2);
        expect(marksOf(el)).to.deep.equal(marks);
        // Styled in every shadow root that shows one (nb-brief's parts too): live updates bring the marks' styles.
        for (const mark of deepQuery(shadow(el), '[part~="change-mark"]')) {
          const style = getComputedStyle(mark);
          expect([style.borderTopStyle, style.whiteSpace, style.fontWeight], mark.textContent!).to.deep.equal(['solid', 'nowrap', '600']);
        }
        expect(announced(el)).to.equal(summary);
        expect(heard).to.have.length(1);
      });
    });
  }

  it('<nb-brief>: every mark belongs to the latest update, across its parts', async () => {
    const el = place('nb-brief');
    el.data = clone(V1);
    await settledDeep(el);
    el.data = clone(V2);
    await settledDeep(el);
    expect(marksOf(el)).to.have.length(7);
    // Only the TL;DR changes next: the parts that did not change lose their marks from the update before.
    el.data = { ...clone(V2), tldr: 'The port reopens tomorrow at six.' };
    await settledDeep(el);
    expect(marksOf(el)).to.deep.equal(['Updated']);
    expect(announced(el)).to.equal('Article updated: 1 change. Updated: 1');
    // The page styles (or hides) the marks of every part through the brief: it exports the part.
    const style = Object.assign(document.createElement('style'), { textContent: 'nb-brief::part(change-mark) { display: none }' });
    document.head.append(style);
    cleanups.push(() => style.remove());
    const [mark] = deepQuery(shadow(el), '[part~="change-mark"]');
    expect(getComputedStyle(mark).display).to.equal('none');
  });

  it('reload() right after the element is created makes one request', async () => {
    const server = await story(V1);
    const el = place('nb-tldr', { src: server.url });
    await el.reload();
    await settled(el);
    expect((await server.stats()).requests).to.equal(1);
    expect(shadow(el).textContent).to.contain(V1.tldr);
  });

  describe('refresh (polling)', () => {
    beforeEach(() => {
      liveClock.second = 10; // refresh="10" polls every 100 ms
    });

    it('polls with If-None-Match and gets 304s until the article changes', async () => {
      const server = await story(V1);
      const el = place('nb-key-facts', { src: server.url, refresh: '10' });
      const heard = listen(el);
      await waitUntil(async () => (await server.stats()).notModified >= 3, 'three 304s', { timeout: 4000 });
      expect(marksOf(el)).to.deep.equal([]);
      expect(heard).to.deep.equal([]);
      await server.set(V2);
      await waitUntil(() => heard.length === 1, 'the update', { timeout: 4000 });
      await settled(el);
      expect(marksOf(el)).to.deep.equal(['New', 'Updated']);
      const stats = await server.stats();
      expect(stats.ifNoneMatch[0]).to.equal('', 'the first request is not conditional');
      expect(stats.ifNoneMatch.slice(1).every((tag) => tag === '"v1"' || tag === '"v2"')).to.be.true;
      expect(stats.conditional).to.equal(stats.requests - 1);
    });

    it('uses If-Modified-Since when the server sends only Last-Modified', async () => {
      const server = await story(V1, { etag: false });
      const el = place('nb-tldr', { src: server.url, refresh: '10' });
      await waitUntil(async () => (await server.stats()).notModified >= 2, 'two 304s', { timeout: 4000 });
      const stats = await server.stats();
      expect(stats.ifNoneMatch.every((tag) => tag === '')).to.be.true;
      expect(stats.ifModifiedSince[1]).to.equal(new Date(Date.UTC(2026, 5, 24) + 1000).toUTCString());
      await server.set(V2);
      await waitUntil(() => marksOf(el).length === 1, 'the update', { timeout: 4000 });
      expect(marksOf(el)).to.deep.equal(['Updated']);
    });

    it('asks unconditionally, and still finds nothing new, when the server sends no validators', async () => {
      const server = await story(V1, { etag: false, lastModified: false });
      const el = place('nb-tldr', { src: server.url, refresh: '10' });
      const heard = listen(el);
      await waitUntil(async () => (await server.stats()).requests >= 3, 'three requests', { timeout: 4000 });
      const stats = await server.stats();
      expect(stats.conditional).to.equal(0);
      expect(heard).to.deep.equal([]);
    });

    it('never polls faster than every 10 seconds, and not at all without refresh', async function () {
      this.retries(1); // timing on a shared machine
      const fast = await story(V1);
      const none = await story(V1);
      place('nb-tldr', { src: fast.url, refresh: '1' });
      place('nb-tldr', { src: none.url });
      await sleep(1050); // 105 "seconds": refresh="1" means 10, so about 10 polls, not 100
      expect((await fast.stats()).requests).to.be.within(6, 12);
      expect((await none.stats()).requests).to.equal(1);
    });

    it('follows changes of the refresh property, and stops when it is removed', async () => {
      const server = await story(V1);
      const el = place('nb-tldr', { src: server.url });
      await settled(el);
      await sleep(300);
      expect((await server.stats()).requests).to.equal(1);
      el.refreshInterval = 10;
      await waitUntil(async () => (await server.stats()).requests >= 3, 'polling', { timeout: 4000 });
      el.refreshInterval = 0;
      await settled(el);
      const count = (await server.stats()).requests;
      await sleep(350);
      expect((await server.stats()).requests).to.be.at.most(count + 1); // at most one already under way
    });

    it('pauses while the page is hidden and checks once when it is shown again', async () => {
      const server = await story(V1);
      place('nb-tldr', { src: server.url, refresh: '10' });
      await waitUntil(async () => (await server.stats()).requests >= 2, 'polling', { timeout: 4000 });
      setPageHidden(true);
      await sleep(150); // a poll already under way may finish
      const hidden = (await server.stats()).requests;
      await sleep(500);
      expect((await server.stats()).requests).to.equal(hidden);
      await server.set(V2);
      setPageHidden(false);
      await waitUntil(async () => (await server.stats()).requests === hidden + 1, 'one check on return', { timeout: 1000 });
      expect((await server.stats()).ok).to.equal(2);
    });

    it('keeps the last good article through failures, reports once, backs off, and recovers', async () => {
      const server = await story(V1);
      const el = place('nb-key-facts', { src: server.url, refresh: '10' });
      await waitUntil(() => shadow(el).querySelector('dd'), 'first load', { timeout: 4000 });
      const heard = listen(el);
      const { warnings, errors } = await captureErrors(el, async () => {
        await server.fail(500);
        await sleep(1600);
      });
      const failed = (await server.stats()).failed;
      // Without backing off, 16 intervals would be 16 failures; doubling delays (200, 400, 800 ms) give about 3.
      expect(failed).to.be.within(2, 5);
      expect(errors.map((e) => [e.source, e.message])).to.deep.equal([['src', `could not load ${server.url}: HTTP 500`]]);
      expect(warnings).to.have.length(1);
      expect(shadow(el).querySelectorAll('dd')).to.have.length(2, 'the last good article stays');
      await server.fail(0);
      await server.set(V2);
      await waitUntil(() => heard.length === 1, 'recovered', { timeout: 6000 });
      await settled(el);
      expect(marksOf(el)).to.deep.equal(['New', 'Updated']);
      // A new run of failures is reported again, once.
      const again = await captureErrors(el, async () => {
        await server.fail(503);
        await waitUntil(async () => (await server.stats()).failed >= failed + 2, 'two more failures', { timeout: 4000 });
      });
      expect(again.errors).to.have.length(1);
      await server.fail(0);
    });

    it('keeps the last good article when a refresh brings nothing readable', async () => {
      const server = await story(V1);
      const el = place('nb-faq', { src: server.url, refresh: '10' });
      await waitUntil(() => shadow(el).querySelector('button'), 'first load', { timeout: 4000 });
      const { warnings, errors } = await captureErrors(el, async () => {
        await server.set({ faq: 'Service unavailable' } as unknown as Article);
        await waitUntil(async () => (await server.stats()).ok >= 2, 'the bad version fetched', { timeout: 4000 });
        await settled(el);
      });
      expect(errors.map((e) => e.message)).to.deep.equal(['faq should be an array, not string']);
      expect(warnings).to.have.length(1);
      expect(shadow(el).querySelectorAll('button')).to.have.length(2, 'the last good article stays');
      // A good version after it is compared with the last one shown.
      const heard = listen(el);
      await server.set(V2);
      await waitUntil(() => heard.length === 1, 'the update', { timeout: 4000 });
      expect(heard[0].changes.map((c) => [c.change, c.text])).to.deep.equal([['added', 'Can I get a refund?']]);
    });

    it('stops when the element leaves the page, and starts again when it comes back', async () => {
      const server = await story(V1);
      const el = place('nb-tldr', { src: server.url, refresh: '10' });
      await waitUntil(async () => (await server.stats()).requests >= 2, 'polling', { timeout: 4000 });
      const parent = el.parentElement!;
      el.remove();
      await sleep(100);
      const count = (await server.stats()).requests;
      await sleep(400);
      expect((await server.stats()).requests).to.equal(count);
      parent.append(el);
      await waitUntil(async () => (await server.stats()).requests > count, 'polling again', { timeout: 4000 });
      expect((await server.stats()).ok).to.equal(1, 'no full reload: conditional again');
    });

    it('observes a real poll after 10 seconds', async function () {
      this.timeout(20000);
      liveClock.second = 1000;
      const server = await story(V1);
      const el = place('nb-faq', { src: server.url, refresh: '10' });
      await waitUntil(() => shadow(el).querySelector('button'), 'first load', { timeout: 4000 });
      const heard = listen(el);
      await server.set(V2);
      const start = performance.now();
      await waitUntil(() => heard.length === 1, 'the poll', { timeout: 15000, interval: 100 });
      const waited = performance.now() - start;
      expect(waited).to.be.within(8000, 12000);
      const stats = await server.stats();
      expect(stats.requests).to.equal(2);
      expect(stats.ifNoneMatch[1]).to.equal('"v1"');
      expect(marksOf(el)).to.deep.equal(['New']);
    });
  });

  describe('keyed lists', () => {
    /** A list rendered with `keyedList`, one <li> per key; `moved` counts the kept items whose node was taken out and put back. */
    function list() {
      const host = document.createElement('ul');
      const show = (keys: string[]) => render(keyedList(keys, (key) => key, (key) => html`<li>${key}</li>`), host);
      return { host, show, items: () => [...host.querySelectorAll('li')] };
    }
    /** The length of the longest increasing subsequence (the fewest moves are the kept items outside it). */
    const longestRun = (values: number[]) => {
      const best = values.map(() => 1);
      values.forEach((value, i) => values.slice(0, i).forEach((other, j) => other < value && (best[i] = Math.max(best[i], best[j] + 1))));
      return Math.max(0, ...best);
    };

    it('keeps each item’s node, in the new order, moving as few as it must', () => {
      let seed = 7;
      const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
      const { host, show, items } = list();
      let keys = ['a', 'b', 'c', 'd', 'e'];
      show(keys);
      for (let round = 0; round < 300; round++) {
        const before = new Map(items().map((node) => [node.textContent!, node]));
        // Some removed, some added, some moved: a shuffle of part of the list, with new keys mixed in.
        const next = keys.filter(() => random() > 0.2);
        for (let i = next.length - 1; i > 0; i--) if (random() < 0.3) { const j = Math.floor(random() * (i + 1)); [next[i], next[j]] = [next[j], next[i]]; }
        const added = Array.from({ length: Math.floor(random() * 3) }, (_, i) => `n${round}-${i}`);
        for (const key of added) next.splice(Math.floor(random() * (next.length + 1)), 0, key);
        const observer = new MutationObserver(() => {});
        observer.observe(host, { childList: true });
        show(next);
        const removedNodes = observer.takeRecords().flatMap((record) => [...record.removedNodes]);
        observer.disconnect();
        expect(items().map((node) => node.textContent), `round ${round}`).to.deep.equal(next);
        for (const node of items()) if (before.has(node.textContent!)) expect(node, node.textContent!).to.equal(before.get(node.textContent!));
        const kept = next.filter((key) => before.has(key));
        const moved = removedNodes.filter((node) => node instanceof HTMLLIElement && kept.includes(node.textContent!)).length;
        expect(moved, `round ${round}: moved`).to.equal(kept.length - longestRun(kept.map((key) => keys.indexOf(key))));
        keys = next.length ? next : ['x', 'y'];
        if (!next.length) show(keys);
      }
    });

    it('moves no kept node when items are only added or removed, and tells repeated keys apart', () => {
      const { show, items } = list();
      show(['a', 'b', 'c']);
      const [a, , c] = items();
      show(['new', 'a', 'c', 'end']);
      expect(items().map((node) => node.textContent)).to.deep.equal(['new', 'a', 'c', 'end']);
      expect(items()[1]).to.equal(a);
      expect(items()[2]).to.equal(c);
      show(['c', 'c', 'a']);
      expect(items().map((node) => node.textContent)).to.deep.equal(['c', 'c', 'a']);
      show([]);
      expect(items()).to.have.length(0);
    });
  });

  describe("the reader's state", () => {
    it('keeps open FAQ items open by slug, and focus on the same question', async () => {
      const el = place<NbFaq>('nb-faq');
      el.data = clone(V1);
      await settled(el);
      const button = (question: string) =>
        [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(question))!;
      button('When will it reopen?').focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(button('When will it reopen?').getAttribute('aria-expanded')).to.equal('true');
      // A new question arrives at the top, and the first one changes.
      el.data = {
        faq: [{ question: 'Is anyone hurt?', answer: 'Two minor injuries.' }, { ...V1.faq![0], answer: 'Some crossings resume at noon.' }, V1.faq![1]],
      };
      await settled(el);
      const reopen = button('When will it reopen?');
      expect(reopen.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(reopen);
      expect(el.itemIds).to.deep.equal(['is-anyone-hurt', 'is-the-ferry-running', 'when-will-it-reopen']);
      expect([...shadow(el).querySelectorAll('button')].map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'true']);
      expect(marksOf(el)).to.deep.equal(['New', 'Updated']);
      // The keyboard still works from where focus is.
      await sendKeys({ press: 'ArrowUp' });
      expect(shadow(el).activeElement!.textContent).to.contain('Is the ferry running?');
      await expect(el).to.be.accessible();
    });

    it('does not scroll back to the FAQ item the URL names on each update', async () => {
      const url = location.href;
      history.replaceState(null, '', '#when-will-it-reopen');
      cleanups.push(() => history.replaceState(null, '', url));
      const wrapper = fixtureSync(html`<div style="padding-block: 150vh"><nb-faq></nb-faq></div>`);
      cleanups.push(() => wrapper.remove());
      const el = wrapper.querySelector<NbFaq>('nb-faq')!;
      el.data = clone(V1);
      await settled(el);
      expect(window.scrollY).to.be.above(500, 'the hash scrolled to the item');
      window.scrollTo(0, 0);
      el.data = clone(V2);
      await settled(el);
      await sleep(50);
      expect(window.scrollY).to.equal(0);
      expect([...shadow(el).querySelectorAll('button')].map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false']);
    });

    it('does not move the text the reader is looking at when content above grows (scroll anchoring)', async () => {
      const wrapper = fixtureSync(html`<div style="font-size: 16px; width: 600px">
        <nb-brief></nb-brief>
        <p id="reading" style="margin-block: 2em 200vh">The paragraph the reader is reading.</p>
      </div>`);
      cleanups.push(() => wrapper.remove());
      const brief = wrapper.querySelector('nb-brief')!;
      brief.data = clone(V1);
      await settledDeep(brief);
      const reading = wrapper.querySelector('#reading')!;
      // Scroll so the brief is above the viewport and the paragraph near its top.
      window.scrollTo(0, reading.getBoundingClientRect().top + window.scrollY - 20);
      await sleep(50);
      expect(brief.getBoundingClientRect().bottom).to.be.below(0, 'the brief is above the viewport');
      const before = reading.getBoundingClientRect().top;
      const height = brief.getBoundingClientRect().height;
      brief.data = { ...clone(V2), keyFacts: [...V2.keyFacts!, ...Array.from({ length: 8 }, (_, i) => ({ label: `Fact ${i}`, text: 'A new line of text.' }))] };
      await settledDeep(brief);
      await sleep(50);
      expect(brief.getBoundingClientRect().height).to.be.above(height + 100, 'the brief grew');
      expect(Math.abs(reading.getBoundingClientRect().top - before)).to.be.below(1);
      window.scrollTo(0, 0);
    });

    it('keeps an item in view in place when items are added above it in the same list', async () => {
      const wrapper = fixtureSync(html`<div style="font-size: 16px; width: 600px; padding-block-end: 200vh">
        <nb-faq open="all"></nb-faq>
      </div>`);
      cleanups.push(() => wrapper.remove());
      const el = wrapper.querySelector('nb-faq')!;
      const many = Array.from({ length: 12 }, (_, i) => ({ question: `Question ${i}?`, answer: `Answer ${i}. `.repeat(20) }));
      el.data = { faq: many };
      await settled(el);
      const target = shadow(el).querySelector('#question-8')!;
      window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 50);
      await sleep(50);
      expect(window.scrollY).to.be.above(500, 'scrolled into the list');
      const before = target.getBoundingClientRect().top;
      el.data = { faq: [{ question: 'Breaking?', answer: 'Long news. '.repeat(40) }, ...many] };
      await settled(el);
      await sleep(50);
      const after = shadow(el).querySelector('#question-8')!;
      expect(after).to.equal(target, 'the same DOM');
      expect(Math.abs(after.getBoundingClientRect().top - before)).to.be.below(1);
      window.scrollTo(0, 0);
    });
  });
});
