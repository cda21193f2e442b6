// Guarded registration: a tag that is already taken (the same class again, another copy or version of
// newsbrief, the CDN bundle beside the npm modules) warns instead of throwing, and the page keeps working.
import { NbBrief, NbFaq, NbTldr, VERSION } from '../src/index.js';
import { captureErrors, expect, fixture, html, seed, settled, shadow } from './helpers.js';

const TAGS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief'];

/** Only newsbrief's own warnings (a dev build of Lit may add its own when a second copy loads). */
const ours = (warnings: unknown[][]) => warnings.filter((args) => String(args[0]).startsWith('newsbrief:'));

describe('registration', () => {
  it('importing the package registers all six elements', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    expect(customElements.get('nb-faq')).to.equal(NbFaq);
  });

  it('defining the same class under its own tag again is silent', async () => {
    const { warnings } = await captureErrors(document, () => {
      expect(() => NbFaq.define('nb-faq')).to.not.throw();
      expect(() => NbBrief.define('nb-brief')).to.not.throw();
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('nb-faq')).to.equal(NbFaq);
  });

  it('defining a different class under a taken tag warns once, naming both versions, and keeps the first', async () => {
    class Other extends NbTldr {
      static override readonly version = '9.9.9';
    }
    const { warnings } = await captureErrors(document, () => {
      expect(() => Other.define('nb-tldr')).to.not.throw();
    });
    expect(warnings).to.have.length(1);
    const message = String(warnings[0][0]);
    expect(message).to.contain('<nb-tldr>');
    expect(message).to.contain(VERSION);
    expect(message).to.contain('9.9.9');
    expect(customElements.get('nb-tldr')).to.equal(NbTldr);
  });

  it('a subclass defined under a free tag registers and renders', async () => {
    class PageTldr extends NbTldr {}
    PageTldr.define('page-tldr');
    expect(customElements.get('page-tldr')).to.equal(PageTldr);
    const el = await fixture<NbTldr>(html`<page-tldr .data=${seed}></page-tldr>`);
    expect(shadow(el).textContent).to.contain(seed.tldr);
  });

  it('loading the built CDN bundle on a page that already imported the package throws nothing and warns per tag', async () => {
    const bundle = '/dist/newsbrief.min.js';
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    let warnings: unknown[][] = [];
    try {
      ({ warnings } = await captureErrors(document, () => import(/* @vite-ignore */ bundle)));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
    const messages = ours(warnings).map((args) => String(args[0]));
    expect(messages).to.have.length(TAGS.length);
    for (const tag of TAGS) expect(messages.filter((message) => message.includes(`<${tag}>`)), tag).to.have.length(1);
    // The first registration stays.
    expect(customElements.get('nb-faq')).to.equal(NbFaq);
    expect(customElements.get('nb-brief')).to.equal(NbBrief);
  });

  it('the page keeps working after the bundle loaded too', async () => {
    await import(/* @vite-ignore */ '/dist/newsbrief.min.js' as string);
    const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
    const parts = [...shadow(el).querySelectorAll<NbTldr>('.part')];
    expect(parts.map((part) => part.localName)).to.deep.equal(TAGS.slice(0, 5));
    for (const part of parts) await settled(part);
    expect(shadow(parts[0]).textContent).to.contain(seed.tldr);
    const faq = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
    const button = shadow(faq).querySelector<HTMLButtonElement>('button[aria-controls]')!;
    button.click();
    await settled(faq);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });
});
