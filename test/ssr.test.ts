// Server rendering (examples/ssr.html is written by `npm run build` with newsbrief/ssr): the content
// is in the HTML and shows without JavaScript; with it, the elements hydrate the server's DOM without
// re-creating it, the FAQ becomes interactive, and nothing shifts. The client-only page's shift is reported.
import { expect } from '@open-wc/testing';

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
    expect(source).to.contain('newsbrief.hydrate.min.js');
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
    } finally {
      frame.remove();
    }
  });

  it('hydrates without re-creating the DOM or shifting, and the FAQ becomes interactive', async () => {
    const remember = `<script>window.before = ${JSON.stringify(TAGS)}.map((tag) => document.querySelector(tag).shadowRoot.querySelector('.card'));</script>`;
    const { frame, win, doc } = await loadPage('/examples/ssr.html', { head: CLS_OBSERVER, bodyEnd: remember });
    try {
      await win.customElements.whenDefined('nb-faq');
      await settle(300);
      TAGS.forEach((tag, i) => {
        const card = doc.querySelector(tag)!.shadowRoot!.querySelector('.card');
        expect(card, `${tag} keeps the server's DOM`).to.equal(win.before![i]);
      });
      const faq = doc.querySelector('nb-faq')!;
      const buttons = faq.shadowRoot!.querySelectorAll('button');
      expect(buttons[0].getAttribute('aria-expanded')).to.equal('true'); // open="first", from the server
      buttons[1].click();
      await settle(50);
      expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
      expect(faq.shadowRoot!.querySelectorAll('[role="region"]')[1].getBoundingClientRect().height).to.be.greaterThan(10);
      expect(win.cls, 'cumulative layout shift while hydrating').to.equal(0);
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
