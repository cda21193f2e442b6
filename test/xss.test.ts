// Every known XSS payload in the corpus, in every text field and every URL of every element, through
// the property and the attribute: nothing executes, nothing becomes a link, the text shows literally.
import '../src/index.js';
import '../src/citations.js'; // citation popovers (test/citation-links.test.ts: without them)
import type { Article, NbBrief } from '../src/index.js';
import payloads from './fixtures/xss-payloads.json' with { type: 'json' };
import { expect, fixture, html, settled } from './helpers.js';

declare global {
  interface Window {
    __xss: () => void;
    __pwned: number;
  }
}

/** Elements that must never appear in a shadow root, whatever the data (our icons are `svg.icon`). */
const FORBIDDEN = 'script, img, iframe, object, embed, form, input, button:not([aria-controls]):not([popovertarget]), textarea, select, video, audio, source, style, link, meta, base, math, details, marquee, template, svg:not(.icon), frameset, portal, picture, image, x, a';

/** Every node of an element's shadow tree, including the shadow trees nested inside it (nb-brief's parts). */
function* shadowNodes(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* shadowNodes(el.shadowRoot);
  }
}
const deepText = (root: Node): string =>
  [...root.childNodes]
    .map((node) => ((node as Element).shadowRoot ? deepText((node as Element).shadowRoot!) : '') + (node.nodeType === Node.TEXT_NODE ? node.textContent : deepText(node)))
    .join(' ');
const fold = (text: string) => text.replace(/\s+/g, ' ');

/** An article with `text` in every text field and `url` in every URL (plain and in an inline link), every claim citing the source that carries them. */
const hostileArticle = (text: string, url: string): Article => ({
  headline: text,
  url,
  author: text,
  tldr: `${text}[^1] [link](${url})`,
  keyFacts: [{ label: text, text: `${text} [link](${url})`, cites: [1] }],
  faq: [{ question: text, answer: `${text} [link](${url})[^1]`, cites: [1] }],
  confirmed: [{ text: `${text} [link](${url})`, cites: [1] }],
  unclear: [`${text}[^1]`],
  sources: [{ title: text, publisher: text, url }],
});

const waitForAsyncPayloads = () => new Promise((resolve) => setTimeout(resolve, 150)); // onerror/onload fire later

describe('XSS corpus', () => {
  beforeEach(() => {
    window.__pwned = 0;
    window.__xss = () => void window.__pwned++;
  });

  it(`has at least 100 payloads (${payloads.html.length} HTML, ${payloads.urls.length} URLs)`, () => {
    expect(payloads.html.length + payloads.urls.length).to.be.at.least(100);
  });

  it('no HTML payload executes, creates an element or a link, in any field of any element (property)', async () => {
    const wrapper = await fixture(html`<div></div>`);
    for (const [i, payload] of payloads.html.entries()) {
      const brief = document.createElement('nb-brief') as NbBrief;
      brief.setAttribute('open', 'all');
      brief.data = hostileArticle(payload, payloads.urls[i % payloads.urls.length]);
      wrapper.append(brief);
    }
    const briefs = [...wrapper.querySelectorAll<NbBrief>('nb-brief')];
    for (const brief of briefs) {
      await settled(brief);
      for (const part of brief.shadowRoot!.querySelectorAll<NbBrief>('.part')) await settled(part);
    }
    await waitForAsyncPayloads();
    expect(window.__pwned, 'payloads that ran').to.equal(0);
    briefs.forEach((brief, i) => {
      const bad = [...shadowNodes(brief.shadowRoot!)].filter((el) => el.matches(FORBIDDEN)).map((el) => el.localName);
      expect(bad, payloads.html[i]).to.deep.equal([]);
      // Shown literally: the payload's characters are in the text, in every part.
      const text = fold(deepText(brief.shadowRoot!));
      const folded = fold(payloads.html[i]).trim();
      expect(text.split(folded).length - 1, payloads.html[i]).to.be.at.least(5);
    });
  });

  it('no URL payload becomes a link, in sources or inline links (attribute channel)', async () => {
    const wrapper = await fixture(html`<div></div>`);
    for (const url of payloads.urls) {
      for (const tag of ['nb-sources', 'nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear']) {
        const el = document.createElement(tag);
        el.setAttribute('open', 'all');
        el.setAttribute('data', JSON.stringify(hostileArticle('Title', url)));
        wrapper.append(el);
      }
    }
    const elements = [...wrapper.children] as NbBrief[];
    await Promise.all(elements.map(settled));
    await waitForAsyncPayloads();
    expect(window.__pwned).to.equal(0);
    for (const el of elements) {
      expect(el.shadowRoot!.querySelectorAll('a').length, `${el.localName}: ${el.getAttribute('data')}`).to.equal(0);
      expect(el.shadowRoot!.textContent).to.contain(el.localName === 'nb-sources' ? 'Title' : 'link');
    }
  });

  it('citation popovers show every payload as text and link no payload URL', async () => {
    const wrapper = await fixture(html`<div></div>`);
    for (const [i, payload] of payloads.html.entries()) {
      const brief = document.createElement('nb-brief') as NbBrief;
      brief.data = hostileArticle(payload, payloads.urls[i % payloads.urls.length]);
      wrapper.replaceChildren(brief);
      await settled(brief);
      for (const part of brief.shadowRoot!.querySelectorAll<NbBrief>('.part')) {
        await settled(part);
        const button = part.shadowRoot!.querySelector<HTMLButtonElement>('.cite button');
        if (!button) continue;
        expect(button.getAttribute('aria-label'), payload).to.contain(fold(payload).trim().slice(0, 20));
        button.click();
        await settled(part);
        const popover = part.shadowRoot!.querySelector('[popover]')!;
        expect(popover.matches(':popover-open')).to.equal(true);
        expect([...shadowNodes(popover)].filter((el) => el.matches(FORBIDDEN)).map((el) => el.localName), payload).to.deep.equal([]);
        expect(fold(popover.textContent!), payload).to.contain(fold(payload).trim());
        (popover as HTMLElement).hidePopover();
      }
    }
    await waitForAsyncPayloads();
    expect(window.__pwned).to.equal(0);
  });

  it('markdown-link tricks stay text', async () => {
    const tricks = ['[x](javascript:__xss())', '[x](java\nscript:__xss())', '[x](JAVASCRIPT:__xss())', '[x]( javascript:__xss())', '[x](data:text/html,<script>__xss()</script>)', '[x](vbscript:msgbox(1))', '[[x](javascript:__xss())](https://ok.example)', '[x](javascript:__xss()) [y](//evil.example)'];
    const el = await fixture(html`<nb-faq open="all" .data=${{ faq: tricks.map((trick) => ({ question: trick, answer: trick })) }}></nb-faq>`);
    await waitForAsyncPayloads();
    expect(window.__pwned).to.equal(0);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.every((href) => href === 'https://ok.example/'), links.join(' ')).to.be.true;
  });

  it('the heading and labels attributes are text too', async () => {
    const payload = '<img src=x onerror=__xss()>';
    const el = await fixture(html`<nb-faq heading=${payload} labels=${JSON.stringify({ faq: payload, loading: payload })} .data=${{ faq: [{ question: 'q', answer: 'a' }] }}></nb-faq>`);
    await waitForAsyncPayloads();
    expect(window.__pwned).to.equal(0);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(payload);
  });
});
