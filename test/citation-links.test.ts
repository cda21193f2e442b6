// Citations without citation popovers: what a bundler user gets from `import 'newsbrief'` (or one element)
// without `import 'newsbrief/citations'`. This file never imports src/citations.ts. Each citation is the same
// superscript number with the same accessible name, as a real link to its source's http(s) URL, or, for a
// source without one, as the number with its name for screen readers: never a raw `[^1]`, never a dead
// control. Bad references are reported as with popovers (test/citations.test.ts).
import { fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Article } from '../src/shared/article.js';
import { features } from '../src/shared/features.js';
import '../src/index.js';
import '../src/locales/register/de.js';
import cited from './fixtures/cited-article.json' with { type: 'json' };
import { captureErrors, CITING_ELEMENTS, clone, deepActive, elementRoots, expect, fold, html, shadow } from './helpers.js';

const article = cited as Article;
const NAMES = article.sources!.map((source, index) => `Source ${index + 1}: ${source.title}, ${source.publisher}`);

async function mount(tag: string, attrs: Record<string, string> = {}, data: unknown = clone(article)) {
  const host = fixtureSync(html`<div><button id="before">before</button></div>`);
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = data;
  host.append(el);
  return { host, el, roots: await elementRoots(el) };
}

describe('citations without citation popovers', () => {
  it('run without the popovers installed', () => {
    expect(features.citations).to.equal(undefined);
  });

  for (const { tag, attrs } of CITING_ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('shows each citation as a superscript link to its source, named after it, and no button or popover', async () => {
        const { roots: all } = await mount(tag, attrs);
        const links = all.flatMap((root) => [...root.querySelectorAll<HTMLAnchorElement>('sup.cite a')]);
        expect(links.length).to.be.greaterThan(1);
        for (const link of links) {
          const number = Number(link.textContent);
          expect(link.getAttribute('href')).to.equal(article.sources![number - 1].url);
          expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
          expect(link.getAttribute('aria-label')).to.equal(NAMES[number - 1]);
          expect(link.getAttribute('part')).to.equal('citation');
        }
        for (const root of all) {
          expect(root.querySelectorAll('.cite button, [popover]')).to.have.length(0);
          expect(root.textContent).not.to.contain('[^');
          // The popovers' styles are not in the element either.
          expect(root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).some((rule) => rule.cssText.includes('cite-pop'))).to.equal(false);
          // Nor, without newsbrief/live (never imported here), the change marks' styles.
          expect(root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).some((rule) => rule.cssText.includes('change-mark'))).to.equal(false);
        }
      });

      it('reaches the citations with Tab, as links', async () => {
        await mount(tag, attrs);
        (document.getElementById('before') as HTMLButtonElement).focus();
        let reached: Element | null = null;
        for (let i = 0; i < 12 && !reached; i++) {
          await sendKeys({ press: 'Tab' });
          if (deepActive()?.matches('sup.cite a')) reached = deepActive();
        }
        expect(reached, 'a citation link reached by Tab').to.not.equal(null);
      });

      it('passes axe', async () => {
        const { el } = await mount(tag, attrs);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('shows a source without an http(s) URL as its number, with its name for screen readers', async () => {
    const data = { tldr: 'One[^1] two[^2].', sources: [{ title: 'Printed report', publisher: 'Agency' }, { title: 'Script', url: 'javascript:alert(1)' }] };
    const { el, roots: [root] } = await mount('nb-tldr', {}, data);
    const cites = [...root.querySelectorAll('sup.cite')];
    expect(cites).to.have.length(2);
    expect(root.querySelectorAll('sup.cite a, sup.cite button')).to.have.length(0);
    const [first, second] = cites;
    expect(first.querySelector('.visually-hidden')!.textContent).to.equal('Source 1: Printed report, Agency');
    expect(first.querySelector('[aria-hidden="true"]')!.textContent).to.equal('1');
    expect(first.querySelector('[aria-hidden="true"]')!.getAttribute('part')).to.equal('citation');
    expect(second.querySelector('.visually-hidden')!.textContent).to.equal('Source 2: Script');
    expect(fold(shadow(el).querySelector('.summary')!.textContent)).not.to.contain('[^');
    await expect(el).to.be.accessible();
  });

  it('names citations in the element\'s language', async () => {
    const { roots: [root] } = await mount('nb-tldr', { lang: 'de' });
    expect(root.querySelector('sup.cite a')!.getAttribute('aria-label')).to.equal(`Quelle 1: ${article.sources![0].title}, The Guardian`);
  });

  it('keeps a citation inside an FAQ question a plain number (no control inside the button)', async () => {
    const data = { faq: [{ question: 'Why?[^1]', answer: 'Because.[^1]' }], sources: article.sources };
    const { roots: [root] } = await mount('nb-faq', { open: 'all' }, data);
    const question = root.querySelector('button[aria-controls]')!;
    expect(question.querySelector('sup.cite')!.textContent).to.equal('1');
    expect(question.querySelectorAll('a')).to.have.length(0);
    expect(root.querySelectorAll('[part="answer"] sup.cite a')).to.have.length(1);
  });

  it('reports bad references and shows them as typed, as with popovers', async () => {
    const data = { ...clone(article), tldr: 'A claim.[^9] Another.[^1]', keyFacts: [{ text: 'Out of range.', cites: [7, 'guardian'] }] };
    const host = fixtureSync(html`<div></div>`);
    const el = document.createElement('nb-brief') as HTMLElement & { data: unknown };
    const { errors } = await captureErrors(host, async () => {
      el.data = data;
      host.append(el);
      await elementRoots(el);
    });
    expect(errors).to.have.length(1);
    expect(errors[0].problems).to.include.members(['tldr cites [^9], but there are 4 sources', 'keyFacts[0].cites[0] cites 7, but there are 4 sources']);
    const text = (await elementRoots(el)).map((root) => root.textContent).join('').replace(/\u2060/g, '');
    expect(text).to.contain('A claim.[^9] Another.');
  });
});
