// The built CDN file (dist/newsbrief.min.js, made by `npm run build`) on a plain HTML page, the way a
// publisher uses it: one <script type="module">, one JSON block feeding every element through `for`.
import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
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
