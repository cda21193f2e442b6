// Claims and their sources (issue #10), once over every element: citations render as superscript
// buttons with localized names, open the shadow root's popover from the keyboard and the mouse, close on
// Escape and outside clicks with focus back on the citation, stay on screen at 375 px, pass axe while
// open, and bad references are reported by field and shown as plain text.
import { fixtureSync } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { readArticle, ARTICLE_FIELDS, type Article } from '../src/shared/article.js';
import { plainText } from '../src/shared/inline-text.js';
import '../src/index.js';
import '../src/citations.js'; // citation popovers (test/citation-links.test.ts: without them)
import '../src/locales/all.js';
import cited from './fixtures/cited-article.json' with { type: 'json' };
import { captureErrors, CITING_ELEMENTS, clone, deepActive, elementRoots, expect, fixture, fold, html, pwned, settled, shadow } from './helpers.js';

const article = cited as Article;
const TITLES = article.sources!.map((source) => `${source.title}, ${source.publisher}`);

async function citations(el: Element) {
  return (await elementRoots(el)).flatMap((root) => [...root.querySelectorAll<HTMLButtonElement>('.cite button')]);
}

const popoverOf = (button: HTMLButtonElement) => button.popoverTargetElement as HTMLElement;
const isOpen = (popover: HTMLElement) => popover.matches(':popover-open');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The element after a focusable "before" button, in a page. */
async function mount(tag: string, attrs: Record<string, string> = {}, data: unknown = clone(article), wrapper = '') {
  const host = fixtureSync(html`<div><button id="before">before</button></div>`);
  const container = wrapper ? host.appendChild(Object.assign(document.createElement('div'), { innerHTML: wrapper })).firstElementChild! : host;
  const el = document.createElement(tag) as HTMLElement & { data: unknown };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = data;
  container.append(el);
  await elementRoots(el);
  return { host, el };
}

/** Tabs from the "before" button to the first citation. */
async function tabToCitation(el: Element) {
  (document.getElementById('before') as HTMLButtonElement).focus();
  for (let i = 0; i < 12; i++) {
    await sendKeys({ press: 'Tab' });
    if (deepActive()?.matches('.cite button')) return deepActive() as HTMLButtonElement;
  }
  throw new Error(`no citation reached by Tab in <${el.localName}>`);
}

describe('citations', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  for (const { tag, attrs } of CITING_ELEMENTS) {
    describe(`<${tag}>`, () => {
      it('shows each citation as a superscript button numbered as in the source list, named after its source', async () => {
        const { el } = await mount(tag, attrs);
        const buttons = await citations(el);
        expect(buttons.length).to.be.greaterThan(1);
        for (const button of buttons) {
          const number = Number(button.textContent);
          expect(button.closest('sup')).to.not.equal(null);
          expect(button.getAttribute('aria-label')).to.equal(`Source ${number}: ${TITLES[number - 1]}`);
          expect(button.getAttribute('part')).to.equal('citation');
        }
        // No marker is left as text.
        expect((await elementRoots(el)).map((root) => root.textContent).join('')).not.to.contain('[^');
      });

      it("is drawn as a small number, not with the element's own control styles (an FAQ answer's citations are no question buttons)", async () => {
        const { el } = await mount(tag, attrs);
        for (const button of await citations(el)) {
          const box = button.getBoundingClientRect();
          expect(box.width, `citation ${button.textContent} width`).to.be.greaterThan(0).and.lessThan(40);
          expect(box.height, `citation ${button.textContent} height`).to.be.lessThan(30);
          expect(['none', 'normal'], 'no chevron or other ::after box').to.include(getComputedStyle(button, '::after').content);
          expect(getComputedStyle(button).backgroundImage, 'no chevron background').to.equal('none');
        }
      });

      it('opens from the keyboard (Tab, Enter, Space), closes on Escape with focus back on the citation', async () => {
        const { el } = await mount(tag, attrs);
        const button = await tabToCitation(el);
        const popover = popoverOf(button);
        expect(isOpen(popover)).to.equal(false);
        await sendKeys({ press: 'Enter' });
        await settled(button.getRootNode() instanceof ShadowRoot ? (button.getRootNode() as ShadowRoot).host : el);
        expect(isOpen(popover)).to.equal(true);
        const number = Number(button.textContent);
        expect(fold(popover.textContent)).to.contain(article.sources![number - 1].title);
        expect(fold(popover.textContent)).to.contain(article.sources![number - 1].publisher!);
        await sendKeys({ press: 'Escape' });
        expect(isOpen(popover)).to.equal(false);
        expect(deepActive()).to.equal(button);
        await sendKeys({ press: 'Space' });
        expect(isOpen(popover)).to.equal(true);
        // Tab moves into the popover (its link), and Escape from there brings focus back.
        await sendKeys({ press: 'Tab' });
        expect(deepActive()?.closest('[popover]')).to.equal(popover);
        expect(deepActive()?.getAttribute('rel')).to.equal('noopener noreferrer');
        await sendKeys({ press: 'Escape' });
        expect(isOpen(popover)).to.equal(false);
        expect(deepActive()).to.equal(button);
      });

      it('closes on a click outside and gives focus back to the citation', async () => {
        const { el } = await mount(tag, attrs);
        const [button] = await citations(el);
        button.focus();
        button.click();
        const popover = popoverOf(button);
        expect(isOpen(popover)).to.equal(true);
        await sendMouse({ type: 'click', position: [2, 590] });
        await frame();
        expect(isOpen(popover)).to.equal(false);
        expect(deepActive()).to.equal(button);
      });

      it('moves the open popover to another citation clicked in the same element', async () => {
        const { el } = await mount(tag, attrs);
        const root = (await elementRoots(el)).find((r) => r.querySelectorAll('.cite button').length > 1)!;
        const [first, ...rest] = [...root.querySelectorAll<HTMLButtonElement>('.cite button')];
        const other = rest.find((b) => b.textContent !== first.textContent)!;
        first.click();
        await settled(root.host);
        other.click();
        await settled(root.host);
        const popover = popoverOf(other);
        expect(isOpen(popover)).to.equal(true);
        expect(fold(popover.textContent)).to.contain(article.sources![Number(other.textContent) - 1].title);
      });

      it('passes axe with a popover open', async () => {
        const { el } = await mount(tag, attrs);
        const [button] = await citations(el);
        button.click();
        await settled((button.getRootNode() as ShadowRoot).host);
        expect(isOpen(popoverOf(button))).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('keeps the popover on screen at 375 px, left to right and right to left', async () => {
        await setViewport({ width: 375, height: 700 });
        for (const wrapper of ['<div dir="ltr"></div>', '<div dir="rtl" lang="ar"></div>']) {
          const { el, host } = await mount(tag, attrs, clone(article), wrapper);
          // (Citations in closed FAQ answers cannot be clicked.)
          for (const button of (await citations(el)).filter((b) => b.checkVisibility())) {
            button.scrollIntoView({ block: 'center' });
            button.click();
            await settled((button.getRootNode() as ShadowRoot).host);
            await frame();
            const box = popoverOf(button).getBoundingClientRect();
            const anchor = button.getBoundingClientRect();
            expect(box.left, `${wrapper} citation ${button.textContent}`).to.be.at.least(0);
            expect(box.right).to.be.at.most(375);
            expect(box.top).to.be.at.least(0);
            expect(box.bottom).to.be.at.most(700);
            // Beside the number: just below or just above it.
            expect(Math.min(Math.abs(box.top - anchor.bottom), Math.abs(anchor.top - box.bottom))).to.be.below(20);
            popoverOf(button).hidePopover();
          }
          host.remove();
        }
      });

      it('names citations in German and in Arabic (right to left)', async () => {
        for (const [lang, name] of [
          ['de', `Quelle 1: ${article.sources![0].title}, The Guardian`],
          ['ar', `المصدر 1: ${article.sources![0].title}، The Guardian`],
        ]) {
          const { el } = await mount(tag, { ...attrs, lang });
          const first = (await citations(el)).find((b) => b.textContent === '1')!;
          expect(first.getAttribute('aria-label')).to.equal(name);
          if (lang === 'ar') expect(getComputedStyle(first).direction).to.equal('rtl');
        }
      });

      it('shows no popover and plain numbers in print', async () => {
        const { el } = await mount(tag, attrs);
        const [button] = await citations(el);
        button.click();
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(popoverOf(button)).display).to.equal('none');
        expect(button.checkVisibility()).to.equal(true);
        expect(getComputedStyle(button).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      });
    });
  }

  describe('standalone elements fed the whole article', () => {
    it('resolve citations from the article\'s sources through for=, though they do not show them', async () => {
      const host = await fixture(html`<div>
        <script type="application/json" id="cited">${JSON.stringify(article)}</script>
        <nb-key-facts for="cited"></nb-key-facts>
      </div>`);
      const el = host.querySelector('nb-key-facts')!;
      const buttons = await citations(el);
      expect(buttons.map((b) => b.textContent)).to.deep.equal(['1', '2', '1', '2', '3', '1', '4']);
      expect(shadow(el).textContent).not.to.contain('The Guardian'); // sources are not listed…
      buttons[0].click();
      await settled(el);
      expect(fold(shadow(el).querySelector('[popover]')!.textContent)).to.contain('The Guardian'); // …only cited
    });
  });

  describe('<nb-sources>', () => {
    it('numbers the sources as the citations do and gives each item an id', async () => {
      const { el } = await mount('nb-sources');
      const items = [...shadow(el).querySelectorAll('li')];
      expect(items.map((li) => li.id)).to.deep.equal(['source-1', 'source-2', 'source-3', 'source-4']);
      // A list of sources cites nothing: no citation, so no popover either.
      expect(shadow(el).querySelectorAll('.cite button, [popover]')).to.have.length(0);
    });
  });

  describe('<nb-brief> meta line', () => {
    it('says how many sources there are, with the plural rules of the language', async () => {
      const cases: [string, number, string][] = [
        ['en', 4, '4 sources'],
        ['en', 1, '1 source'],
        ['de', 4, '4 Quellen'],
        ['de', 1, '1 Quelle'],
        ['ru', 2, '2 источника'],
        ['ru', 5, '5 источников'],
        ['ar', 2, 'مصدران'],
      ];
      for (const [lang, count, expected] of cases) {
        const data = { ...clone(article), sources: Array.from({ length: count }, (_, i) => ({ title: `Source ${i}` })), tldr: 'Text.', keyFacts: undefined, faq: undefined, confirmed: undefined, unclear: undefined };
        const el = await fixture(html`<nb-brief lang=${lang} .data=${data}></nb-brief>`);
        await settled(el);
        expect(fold(shadow(el).querySelector('.meta')!.textContent)).to.contain(expected);
      }
    });

  });

  describe('bad references', () => {
    const bad = () => ({
      ...clone(article),
      tldr: 'A claim.[^9] Another.[^nobody] A third.[^1]',
      keyFacts: [
        { label: 'Fine', text: 'Fine.[^2]' },
        { label: 'Bad', text: 'Out of range.[^7]', cites: [1, 'guardian', { x: 1 }, 0, 'ghost', null] },
      ],
      faq: [{ question: 'Q?', answer: 'A.', cites: 'guardian' }],
      confirmed: [{ text: 'Object form.[^3]', cites: [true] }],
    });

    it('are reported by readArticle, naming the field, and never thrown', () => {
      const { article: read, problems } = readArticle(bad(), ARTICLE_FIELDS);
      expect(problems).to.include.members([
        'tldr cites [^9], but there are 4 sources',
        'tldr cites [^nobody], but no source has that id',
        'keyFacts[1].text cites [^7], but there are 4 sources',
        'keyFacts[1].cites[2] should be a number or a string, not object',
        'keyFacts[1].cites[3] cites 0, but there are 4 sources',
        'keyFacts[1].cites[4] cites "ghost", but no source has that id',
        'keyFacts[1].cites[5] should be a number or a string, not null',
        'faq[0].cites should be an array, not string',
        'confirmed[0].cites[0] should be a number or a string, not boolean',
      ]);
      expect(read.keyFacts![1].cites).to.deep.equal([1, 'guardian']);
      expect(read.faq![0]).to.deep.equal({ question: 'Q?', answer: 'A.' });
      expect(read.confirmed![0]).to.equal('Object form.[^3]');
      // Read again (as <nb-brief>'s parts do), the cleaned article has nothing left to report.
      expect(readArticle(read, ARTICLE_FIELDS).problems).to.deep.equal([]);
    });

    it('show as plain text, with one nb-error and one warning per element', async () => {
      for (const { tag, attrs } of CITING_ELEMENTS) {
        const el = document.createElement(tag) as HTMLElement & { data: unknown };
        for (const [name, value] of Object.entries(attrs ?? {})) el.setAttribute(name, value);
        const host = fixtureSync(html`<div></div>`);
        const { warnings, errors } = await captureErrors(host, async () => {
          el.data = bad();
          host.append(el);
          await elementRoots(el);
        });
        expect(errors, tag).to.have.length(1);
        expect(warnings, tag).to.have.length(1);
        if (tag === 'nb-tldr' || tag === 'nb-brief') {
          const text = (await elementRoots(el)).map((root) => root.textContent).join('').replace(/\u2060/g, '');
          expect(text).to.contain('A claim.[^9] Another.[^nobody] A third.');
        }
        if (tag === 'nb-key-facts') {
          expect(errors[0].problems).to.include('keyFacts[1].text cites [^7], but there are 4 sources');
          expect(fold(shadow(el).querySelectorAll('dd')[1].textContent).replace(/\u2060/g, '')).to.equal('Out of range.[^7]11');
        }
      }
    });

    it('keep numbers right when an invalid source is skipped', () => {
      const data = {
        tldr: 'First[^1], skipped[^2], third[^3], by id[^c].',
        keyFacts: [{ text: 'x', cites: [3, 'c', 2] }],
        sources: [{ title: 'A' }, { publisher: 'no title' }, { id: 'c', title: 'C' }],
      };
      const { article: read, problems } = readArticle(data, ARTICLE_FIELDS);
      expect(read.tldr).to.equal('First[^1], skipped[\u2060^2], third[^2], by id[^c].');
      expect(read.keyFacts![0].cites).to.deep.equal([2, 'c']);
      expect(problems).to.include('tldr cites [^2], but sources[1] was skipped');
      expect(problems).to.include('keyFacts[0].cites[2] cites 2, but sources[1] was skipped');
    });

    it('reports source ids that are not names or are taken', () => {
      const { article: read, problems } = readArticle(
        { sources: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }, { id: '12', title: 'C' }, { id: 'has space', title: 'D' }, { id: 5, title: 'E' }] },
        ['sources'],
      );
      expect(read.sources!.map((s) => s.id)).to.deep.equal(['a', undefined, undefined, undefined, undefined]);
      expect(problems).to.have.length(4);
      expect(problems[0]).to.match(/^sources\[1\]\.id "a" is not unique/);
      expect(problems[3]).to.equal('sources[4].id should be a string, not number');
    });

    it('strips citation markers from plain text, as structured data needs', () => {
      expect(plainText('Meta paused it.[^1][^guardian] Then [^2] more.')).to.equal('Meta paused it. Then more.');
      expect(plainText('Bad one[\u2060^9] gone')).to.equal('Bad one gone');
    });
  });

  describe('hostile sources inside popovers', () => {
    it('show titles as text and link only http(s) URLs', async () => {
      const data = {
        tldr: 'One[^1] two[^2] three[^3].',
        sources: [
          { title: '<img src=x onerror="window.__pwned=1">**bold** title', publisher: '<script>window.__pwned=1</script>', url: 'javascript:window.__pwned=1' },
          { title: 'Data URL', url: 'data:text/html,<script>window.__pwned=1</script>' },
          { title: '"><svg onload=window.__pwned=1>', url: 'https://example.com/"><svg onload=window.__pwned=1>' },
        ],
      };
      const { el } = await mount('nb-tldr', {}, data);
      const buttons = await citations(el);
      for (const button of buttons) {
        button.click();
        await settled(el);
        const popover = popoverOf(button);
        expect(popover.querySelector('img, script, svg')).to.equal(null);
        const link = popover.querySelector('a');
        if (button.textContent === '3') {
          expect(link!.getAttribute('href')).to.equal('https://example.com/%22%3E%3Csvg%20onload=window.__pwned=1%3E');
          expect(link!.getAttribute('rel')).to.equal('noopener noreferrer');
        } else expect(link).to.equal(null);
        popover.hidePopover();
      }
      expect(fold(shadow(el).querySelector('[popover]')!.textContent)).to.contain('"><svg onload=window.__pwned=1>');
      expect(buttons[0].getAttribute('aria-label')).to.equal('Source 1: <img src=x onerror="window.__pwned=1">bold title, <script>window.__pwned=1</script>');
      expect(pwned()).to.equal(undefined);
    });
  });
});
