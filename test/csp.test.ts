// The built bundle on a page served with a strict Content Security Policy and Trusted Types
// (see web-test-runner.config.mjs): every element renders and works with zero violations.
import { expect } from '@open-wc/testing';

type PageWindow = Window & { violations: string[]; pageErrors: string[] };

async function loadPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('nb-brief');
  // Let every element render, the `src` fetch complete and the nested parts of nb-brief render.
  for (let i = 0; i < 100 && !win.document.querySelector('nb-brief')?.shadowRoot?.querySelector('nb-tldr'); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { frame, win, doc: frame.contentDocument! };
}

describe('strict CSP and Trusted Types', () => {
  it('the page really is served with the strict policy (Trusted Types and CSP enforced)', async () => {
    const { frame, win, doc } = await loadPage('/test/fixtures/csp/page.html');
    const script = doc.createElement('script');
    expect(() => (script.textContent = 'window.inlineRan = true')).to.throw(/TrustedScript/);
    expect(() => (doc.body.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
    const style = doc.createElement('style');
    style.append('body { color: red }');
    doc.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.getComputedStyle(doc.body).color).to.not.equal('rgb(255, 0, 0)');
    expect(win.violations.some((v) => v.startsWith('require-trusted-types-for'))).to.be.true;
    expect(win.violations.some((v) => v.startsWith('style-src'))).to.be.true;
    frame.remove();
  });

  it('renders and works with zero violations', async () => {
    const { frame, win, doc } = await loadPage('/test/fixtures/csp/page.html');
    try {
      for (const tag of ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief']) {
        const el = doc.querySelector(tag)!;
        const inner = el.shadowRoot!.querySelector('nb-tldr')?.shadowRoot ?? el.shadowRoot!; // nb-brief's first part
        expect(inner.textContent!.trim().length, tag).to.be.greaterThan(20);
        expect(el.getBoundingClientRect().height, tag).to.be.greaterThan(40);
      }
      // Inline formatting and links are built as elements, without innerHTML.
      const french = doc.querySelectorAll('nb-tldr')[1].shadowRoot!;
      expect(french.querySelector('strong')!.textContent).to.equal('en gras');
      expect(french.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/');
      expect(french.querySelector('.heading')!.textContent).to.equal('En bref'); // a lazily loaded locale chunk
      // The accordion works: a real click opens the second question.
      const faq = doc.querySelector('nb-faq')!;
      const buttons = faq.shadowRoot!.querySelectorAll('button');
      buttons[1].click();
      await (faq as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
      // Hostile data stays text.
      const bad = doc.querySelector('#bad')!.shadowRoot!;
      expect(bad.querySelector('img')).to.equal(null);
      expect(bad.querySelector('a')).to.equal(null);
      expect(bad.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
