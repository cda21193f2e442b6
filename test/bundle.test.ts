// The built CDN file (dist/newsbrief.min.js, made by `npm run build`) on a plain HTML page, the way a
// publisher uses it: one <script type="module">, one JSON block feeding every element through `for`.
import { waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { expect, seed } from './helpers.js';
import type { NbLabels } from '../src/index.js';
import { EN_LABELS, SUPPORTED_LANGUAGES } from '../src/shared/labels.js';

/** The built-in label tables, read as data (the test page itself registers none). */
const LOCALES: Record<string, NbLabels> = Object.fromEntries(
  await Promise.all(
    SUPPORTED_LANGUAGES.map(async (lang) => [lang, lang === 'en' ? EN_LABELS : ((await import(`../src/locales/${lang}.ts`)) as { default: NbLabels }).default]),
  ),
);

const BUNDLE = '/dist/newsbrief.min.js';
const PAGE = '/test/fixtures/cdn-page.html';
const TAGS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief'];

/** The page's window, with what its recorder script collects (see the fixture's head). */
type PageWindow = Window & typeof globalThis & { pageErrors: string[]; pageWarnings: string[] };
/** The `updateComplete` of an element from the bundle (its classes are not ours: another copy of Lit). */
type Rendered = Element & { updateComplete: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];

/** Opens a page in an iframe at the top left of the viewport and waits until every element has rendered. */
async function openPage(page: { src: string } | { srcdoc: string }) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 800px; height: 600px; border: 0; background: white';
  Object.assign(frame, page);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await waitUntil(
    () => doc.querySelector('nb-brief')?.shadowRoot?.querySelector('nb-sources')?.shadowRoot?.querySelector('li'),
    'the brief and its parts render',
  );
  for (const el of doc.querySelectorAll<Rendered>(TAGS.join(','))) await el.updateComplete;
  return { win, doc };
}

/** The text of an element's shadow root, white space folded. */
const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Clicks the middle of an element inside the iframe with the real mouse (puppeteer), through the top page. */
async function realClick(frame: HTMLIFrameElement, target: Element) {
  target.scrollIntoView({ block: 'center' });
  const inner = target.getBoundingClientRect();
  const outer = frame.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(outer.left + inner.left + inner.width / 2), Math.round(outer.top + inner.top + inner.height / 2)],
  });
}

describe('the CDN bundle', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  describe('the file', () => {
    it('is a single ES module that imports nothing statically (Lit is inside)', async () => {
      const response = await fetch(BUNDLE);
      expect(response.ok, `${BUNDLE} exists: run npm run build first`).to.be.true;
      const code = await response.text();
      // No static `import … from "…"`, `import "…"` or `export … from "…"` at all, of Lit or anything else.
      expect(code).to.not.match(/(^|[;}\s])import\s*(?:[\w$*{][^;"'`]*?\bfrom\s*)?["'`]/);
      expect(code).to.not.match(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]/);
      expect(code).to.not.match(/from\s*["'`](lit|lit-html|lit-element|@lit\/[\w-]+)(\/[^"'`]*)?["'`]/);
      // Lit's own code is in it, and it is an ES module that exports the classes.
      expect(code).to.contain('adoptedStyleSheets');
      expect(code).to.match(/export\s*\{[^}]*\bas NbBrief\b/);
      // Self-contained: it loads no other file, ever (no label chunks, no dynamic import at all).
      expect(code).to.not.match(/\bimport\s*\(/);
      // Every built-in language's labels are inside.
      for (const [lang, labels] of Object.entries(LOCALES)) expect(code, lang).to.contain(JSON.stringify(labels.brief).slice(1, -1));
    });
  });

  describe('on a plain page', () => {
    it('defines all six tags in the page and renders each from the one JSON block', async () => {
      const { win, doc } = await openPage({ src: PAGE });
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.pageWarnings).to.deep.equal([]);

      expect(textOf(doc.querySelector('nb-tldr')!)).to.contain(seed.tldr);
      expect(doc.querySelector('nb-key-facts')!.shadowRoot!.querySelectorAll('dt')).to.have.length(seed.keyFacts.length);
      expect(doc.querySelector('nb-faq')!.shadowRoot!.querySelectorAll('button[aria-expanded]')).to.have.length(seed.faq.length);
      const panel = doc.querySelector('nb-confirmed-unclear')!.shadowRoot!;
      expect(panel.querySelectorAll('li')).to.have.length(seed.confirmed.length + seed.unclear.length);
      expect(doc.querySelector('nb-sources')!.shadowRoot!.querySelectorAll('ol > li')).to.have.length(seed.sources.length);
      expect(textOf(doc.querySelector('nb-sources')!)).to.contain('June 25, 2026');

      const brief = doc.querySelector('nb-brief')!;
      const parts = [...brief.shadowRoot!.querySelectorAll('.part')];
      expect(parts.map((part) => part.localName)).to.deep.equal(TAGS.slice(0, 5));
      expect(textOf(brief)).to.contain('By Rajendra Singh');
      for (const tag of TAGS) expect(doc.querySelector(tag)!.getBoundingClientRect().height, tag).to.be.greaterThan(40);
    });

    it('the FAQ opens and closes with a real click', async () => {
      const { doc } = await openPage({ src: PAGE });
      const frame = frames[0];
      const faq = doc.querySelector<Rendered>('nb-faq')!;
      const button = faq.shadowRoot!.querySelectorAll('button[aria-expanded]')[1];
      const answer = faq.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      const toggles: unknown[] = [];
      faq.addEventListener('nb-faq-toggle', (event) => toggles.push((event as CustomEvent).detail));
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(answer.getAttribute('hidden')).to.equal('until-found');

      await realClick(frame, button);
      await faq.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(answer.hasAttribute('hidden')).to.be.false;
      expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(doc.activeElement).to.equal(faq);
      expect(faq.shadowRoot!.activeElement).to.equal(button);

      await realClick(frame, button);
      await faq.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(toggles).to.deep.equal([
        { index: 1, question: seed.faq[1].question, open: true },
        { index: 1, question: seed.faq[1].question, open: false },
      ]);
    });

    it('the FAQ inside the brief also opens with a real click', async () => {
      const { doc } = await openPage({ src: PAGE });
      const faq = doc.querySelector('nb-brief')!.shadowRoot!.querySelector<Rendered>('nb-faq')!;
      const button = faq.shadowRoot!.querySelector('button[aria-expanded]')!;
      await realClick(frames[0], button);
      await faq.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('copied alone onto a server', () => {
    // /alone/ holds only newsbrief.min.js and a plain page (see web-test-runner.config.mjs).
    const RTL = new Set(['ar', 'fa', 'he', 'ur']);
    for (const lang of SUPPORTED_LANGUAGES)
      it(`${lang}: renders every label in the page's language, right direction, no other request`, async () => {
        await fetch('/alone-requests'); // clears the log
        const { win, doc } = await openPage({ src: `/alone/page.html?lang=${lang}` });
        const labels = LOCALES[lang];
        const brief = doc.querySelector('nb-brief')!;
        const root = brief.shadowRoot!;
        expect(root.querySelector('header .heading')!.textContent, 'brief heading').to.equal(labels.brief);
        const headingOf = (tag: string) => root.querySelector(tag)!.shadowRoot!.querySelector('.heading')!.textContent;
        expect(headingOf('nb-tldr')).to.equal(labels.tldr);
        expect(headingOf('nb-key-facts')).to.equal(labels.keyFacts);
        expect(headingOf('nb-faq')).to.equal(labels.faq);
        expect(headingOf('nb-confirmed-unclear')).to.equal(labels.confirmedUnclear);
        expect(headingOf('nb-sources')).to.equal(labels.sources);
        const summary = root.querySelector('nb-tldr')!.shadowRoot!.querySelector('.summary')!;
        expect(win.getComputedStyle(summary).direction).to.equal(RTL.has(lang) ? 'rtl' : 'ltr');
        // No request of its own: the page and the one file are all the frame ever loaded.
        const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        expect(loaded).to.deep.equal(['/alone/newsbrief.min.js']);
        expect(await (await fetch('/alone-requests')).json()).to.deep.equal([]);
        expect(win.pageErrors).to.deep.equal([]);
        expect(win.pageWarnings).to.deep.equal([]);
      });
  });

  // The CDN file is built with CDN_FILE (src/shared/features.ts) and its own terser options: what live updates and
  // citations do is tested here on the built file itself, not only on the npm modules.
  describe('live updates and citations, as the file has them', () => {
    const ARTICLE = {
      headline: 'A developing story',
      lang: 'en',
      tldr: 'What happened, in short.[^1]',
      keyFacts: [{ label: 'Where', text: 'In the city centre.[^2]' }],
      confirmed: ['The road is closed.'],
      unclear: ['Whether anyone was hurt.'],
      sources: [
        { title: 'Police statement', publisher: 'City police', url: 'https://example.com/police', date: '2026-12-01' },
        { title: 'Eyewitness report', publisher: 'Local radio', url: 'https://example.com/radio' },
      ],
    };
    /** A plain page with the CDN file and one brief fed by a `for` script; `before` runs ahead of the file. */
    const page = (before = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.pageErrors = []; window.pageWarnings = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));
const warn = console.warn; console.warn = (...a) => { pageWarnings.push(a.map(String).join(' ')); warn.apply(console, a); };${before}</script>
<script type="module" src="${BUNDLE}"></script></head><body>
<script type="application/json" id="story">${JSON.stringify(ARTICLE)}</script>
<nb-brief for="story"></nb-brief></body></html>`;
    /** The elements of a shadow tree, through the shadow roots of the elements in it. */
    const deep = (root: ParentNode, selector: string): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [...(el.matches(selector) ? [el] : []), ...(el.shadowRoot ? deep(el.shadowRoot, selector) : [])]);

    it('marks what changed in a new version (styled, in the parts), announces it once and fires one nb-update', async () => {
      const { win, doc } = await openPage({ srcdoc: page() });
      const brief = doc.querySelector<Rendered>('nb-brief')!;
      const heard: unknown[] = [];
      doc.addEventListener('nb-update', (event) => heard.push((event as CustomEvent).detail));
      const next = { ...ARTICLE, keyFacts: [...ARTICLE.keyFacts, { label: 'When', text: 'Since 9 am.' }], confirmed: [...ARTICLE.confirmed, ARTICLE.unclear[0]], unclear: [] };
      doc.getElementById('story')!.textContent = JSON.stringify(next);
      await waitUntil(() => heard.length, 'nb-update fires');
      for (const el of [brief, ...deep(brief.shadowRoot!, '.part')] as Rendered[]) await el.updateComplete;
      const marks = deep(brief.shadowRoot!, '[part~="change-mark"]');
      expect(marks.map((mark) => mark.textContent!.trim())).to.have.members(['New', 'Now confirmed']);
      for (const mark of marks) {
        const style = win.getComputedStyle(mark);
        expect([style.borderTopStyle, style.whiteSpace], mark.textContent!).to.deep.equal(['solid', 'nowrap']);
      }
      expect(brief.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain('Article updated').and.contain('Now confirmed');
      expect(heard).to.have.length(1);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('a citation is a button that opens its source in a popover; Escape closes it and focus stays on the citation', async () => {
      const { win, doc } = await openPage({ srcdoc: page() });
      const tldr = doc.querySelector('nb-brief')!.shadowRoot!.querySelector('nb-tldr')!;
      const button = tldr.shadowRoot!.querySelector<HTMLButtonElement>('button[part="citation"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Source 1: Police statement, City police');
      await realClick(frames[frames.length - 1], button);
      const popover = tldr.shadowRoot!.querySelector<HTMLElement>('[popover]')!;
      await waitUntil(() => popover.matches(':popover-open') && popover.querySelector('a'), 'the popover opens with its source');
      expect(popover.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/police');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !popover.matches(':popover-open'), 'Escape closes the popover');
      expect(tldr.shadowRoot!.activeElement).to.equal(button);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('in a browser without popovers, a citation is a link to its source, never a button that opens nothing', async () => {
      const { win, doc } = await openPage({ srcdoc: page('delete HTMLElement.prototype.popover;') });
      expect('popover' in win.HTMLElement.prototype).to.be.false;
      const tldr = doc.querySelector('nb-brief')!.shadowRoot!.querySelector('nb-tldr')!;
      const link = tldr.shadowRoot!.querySelector('a[part="citation"]')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/police');
      expect(link.getAttribute('aria-label')).to.equal('Source 1: Police statement, City police');
      expect(tldr.shadowRoot!.querySelector('button[part="citation"], [popover]')).to.equal(null);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });

  describe('loaded twice on one page', () => {
    it('throws nothing, warns, and the elements still render and work', async () => {
      const html = await (await fetch(PAGE)).text();
      const once = `<script type="module" src="${BUNDLE}"></script>`;
      expect(html).to.contain(once);
      const twice = html.replace(once, `<script type="module" src="${BUNDLE}?a"></script>\n<script type="module" src="${BUNDLE}?b"></script>`);
      const { win, doc } = await openPage({ srcdoc: twice });
      // Two separate module instances did run: both URLs were fetched.
      const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).search);
      expect(loaded).to.include.members(['?a', '?b']);

      expect(win.pageErrors).to.deep.equal([]);
      const ours = win.pageWarnings.filter((warning) => warning.startsWith('newsbrief:'));
      expect(ours).to.have.length(TAGS.length);
      for (const tag of TAGS) expect(ours.some((warning) => warning.includes(`<${tag}>`)), tag).to.be.true;

      for (const tag of TAGS) expect(textOf(doc.querySelector(tag)!).length, tag).to.be.greaterThan(20);
      expect(textOf(doc.querySelector('nb-tldr')!)).to.contain(seed.tldr);
      const faq = doc.querySelector<Rendered>('nb-faq')!;
      const button = faq.shadowRoot!.querySelector('button[aria-expanded]')!;
      await realClick(frames[0], button);
      await faq.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });
  });
});
