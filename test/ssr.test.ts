// Server rendering (examples/ssr.html and examples/ssr-languages.html are written by `npm run build`
// with newsbrief/ssr): the content is in the HTML and shows without JavaScript; with the ordinary bundle,
// the elements take the server's shadow roots over: the content shows once, the FAQ becomes interactive,
// and nothing shifts. The client-only page's shift is reported.
import { expect } from '@open-wc/testing';
import type { NbLabels } from '../src/index.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import he from '../src/locales/he.js';
import hi from '../src/locales/hi.js';
import ja from '../src/locales/ja.js';
import { EN_LABELS } from '../src/shared/labels.js';

const TAGS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources'];

/** Records cumulative layout shift (as Core Web Vitals counts it) from the very start of the page. */
const CLS_OBSERVER = `<script>
  window.cls = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value; })
    .observe({ type: 'layout-shift', buffered: true });
</script>`;

type PageWindow = Window & { cls: number; before?: Element[] };

/** Loads an example page as srcdoc, with extra scripts at the top of <head> and the end of <body>. */
async function loadPage(path: string, { head = '', bodyEnd = '', scripts = true } = {}) {
  const source = await fetch(path).then((response) => response.text());
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px';
  if (!scripts) frame.sandbox.add('allow-same-origin'); // no allow-scripts: JavaScript disabled
  frame.srcdoc = source
    .replace('<head>', `<head>${head}`)
    .replace('</body>', `${bodyEnd}</body>`)
    .replace('./site.css', '/examples/site.css')
    .replace(/\.\.\/dist\//g, '/dist/');
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('server-side rendering', () => {
  it('has every element’s content in the HTML itself, as declarative shadow DOM', async () => {
    const source = await fetch('/examples/ssr.html').then((response) => response.text());
    expect(source.match(/<template [^>]*shadowrootmode="open"/g)).to.have.length(TAGS.length);
    expect(source).to.contain('Meta has paused a program that tracked employee computer usage');
    expect(source).to.contain('Why did Meta pause its employee tracking program?');
    expect(source).to.contain('<script type="module" src="../dist/newsbrief.min.js">');
  });

  it('shows the content with JavaScript disabled', async () => {
    const { frame, doc } = await loadPage('/examples/ssr.html', { scripts: false });
    try {
      for (const tag of TAGS) {
        const el = doc.querySelector(tag)!;
        expect(el.shadowRoot, tag).to.exist;
        expect(el.shadowRoot!.textContent!.length, tag).to.be.greaterThan(50);
        expect(el.getBoundingClientRect().height, tag).to.be.greaterThan(60);
      }
      expect(frame.contentWindow!.customElements.get('nb-faq')).to.equal(undefined); // really no script ran
      // Citation buttons are styled as the browser will style them (their styles come with the popovers).
      const citation = doc.querySelector('nb-tldr')!.shadowRoot!.querySelector('.cite button')!;
      expect(frame.contentWindow!.getComputedStyle(citation).borderStyle).to.equal('none');
      expect(frame.contentWindow!.getComputedStyle(citation).cursor).to.equal('pointer');
    } finally {
      frame.remove();
    }
  });

  it('with the ordinary bundle: content once, no shift, and the FAQ becomes interactive', async () => {
    const { frame, win, doc } = await loadPage('/examples/ssr.html', { head: CLS_OBSERVER });
    try {
      await win.customElements.whenDefined('nb-faq');
      await settle(300);
      for (const tag of TAGS) {
        const root = doc.querySelector(tag)!.shadowRoot!;
        expect(root.querySelectorAll('.card'), `${tag}: one card`).to.have.length(1);
        expect(root.querySelectorAll('.heading[part="heading"]'), `${tag}: one heading`).to.have.length(1);
      }
      const tldr = doc.querySelector('nb-tldr')!.shadowRoot!.textContent!;
      expect(tldr.split('Meta has paused a program').length - 1, 'the summary shows once').to.equal(1);
      const faq = doc.querySelector('nb-faq')!;
      const buttons = faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]');
      expect(buttons.length).to.equal(4);
      expect(buttons[0].getAttribute('aria-expanded')).to.equal('true'); // open="first", as the server rendered it
      buttons[1].click();
      await settle(50);
      expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
      expect(faq.shadowRoot!.getElementById(buttons[1].getAttribute('aria-controls')!)!.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(win.cls, 'cumulative layout shift while the bundle takes over').to.equal(0);
      // Citations come from the server and become interactive (issue #10).
      const summary = doc.querySelector('nb-tldr')!.shadowRoot!;
      const citation = summary.querySelector<HTMLButtonElement>('.cite button')!;
      expect(citation.getAttribute('aria-label')).to.match(/^Source 1: Meta pauses employee tracker/);
      citation.click();
      await settle(50);
      expect(summary.querySelector('[popover]')!.matches(':popover-open')).to.equal(true);
      expect(summary.querySelector('[popover]')!.textContent).to.contain('The Guardian');
    } finally {
      frame.remove();
    }
  });

  it('a server-rendered brief has one live region, its own: its parts have none, even with JavaScript off', async () => {
    const { frame, doc } = await loadPage('/examples/ssr-languages.html', { scripts: false });
    try {
      /** The elements matching `selector` in a shadow tree and the shadow trees inside it. */
      const deep = (root: ParentNode, selector: string): Element[] =>
        [...root.querySelectorAll('*')].flatMap((el) => [...(el.matches(selector) ? [el] : []), ...(el.shadowRoot ? deep(el.shadowRoot, selector) : [])]);
      const briefs = [...doc.querySelectorAll('nb-brief')];
      expect(briefs).to.have.length(6);
      for (const brief of briefs) {
        expect(deep(brief.shadowRoot!, '[aria-live]'), brief.getAttribute('lang')!).to.have.length(1);
        expect([...brief.shadowRoot!.children].filter((child) => child.hasAttribute('aria-live')), brief.getAttribute('lang')!).to.have.length(1);
      }
    } finally {
      frame.remove();
    }
  });

  it('briefs in six languages and scripts: labels and direction kept, content once, no shift, FAQ interactive', async () => {
    const LABELS: Record<string, NbLabels> = { en: EN_LABELS, de, ar, he, ja, hi };
    const { frame, win, doc } = await loadPage('/examples/ssr-languages.html', { head: CLS_OBSERVER });
    try {
      await win.customElements.whenDefined('nb-brief');
      await settle(300);
      const briefs = [...doc.querySelectorAll('nb-brief')];
      expect(briefs).to.have.length(6);
      for (const brief of briefs) {
        const lang = brief.getAttribute('lang')!;
        const root = brief.shadowRoot!;
        expect(root.querySelectorAll('header .heading'), lang).to.have.length(1);
        expect(root.querySelector('header .heading')!.textContent, lang).to.equal(LABELS[lang].brief);
        expect(root.querySelectorAll('nb-tldr, nb-key-facts, nb-faq, nb-confirmed-unclear, nb-sources'), lang).to.have.length(5);
        const tldr = root.querySelector('nb-tldr')!.shadowRoot!;
        expect(tldr.querySelectorAll('.summary'), `${lang}: one summary`).to.have.length(1);
        expect(tldr.querySelector('.heading')!.textContent, lang).to.equal(LABELS[lang].tldr);
        const rtl = lang === 'ar' || lang === 'he';
        expect(win.getComputedStyle(tldr.querySelector('.summary')!).direction, lang).to.equal(rtl ? 'rtl' : 'ltr');
        const faq = root.querySelector('nb-faq')!.shadowRoot!;
        const button = faq.querySelector('button')!;
        expect(button.getAttribute('aria-expanded'), lang).to.equal('false');
        button.click();
        await settle(20);
        expect(button.getAttribute('aria-expanded'), `${lang}: the FAQ opens`).to.equal('true');
      }
      // Measured before the clicks opened answers (those shifts follow input, and do not count).
      expect(win.cls, 'cumulative layout shift while the bundle takes over').to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('reports the layout shift of the client-only page, for comparison', async () => {
    const { frame, win } = await loadPage('/examples/index.html', { head: CLS_OBSERVER });
    try {
      await win.customElements.whenDefined('nb-faq');
      await settle(500);
      console.log(`layout shift: server-rendered page 0; client-only page ${win.cls.toFixed(3)} (1280×900 viewport)`);
      expect(win.cls).to.be.a('number');
    } finally {
      frame.remove();
    }
  });
});
