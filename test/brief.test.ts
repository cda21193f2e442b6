import { waitUntil } from '@open-wc/testing';
import '../src/brief/define.js';
import '../src/locales/register/fr.js';
import type { NbBrief } from '../src/brief/define.js';
import type { Article, NbElement } from '../src/index.js';
import { captureErrors, clone, expect, fixture, fold, html, second, seed, settled, shadow, shadowText } from './helpers.js';

declare global {
  interface Window {
    __briefPwned?: number;
  }
}

const PART_TAGS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources'];

/** The brief's parts, in the order they appear in its shadow root. */
const parts = (brief: Element) => [...shadow(brief).querySelectorAll<NbElement>('.part')];

/** Waits for the brief and every part inside it to finish rendering. */
async function settledDeep(brief: Element) {
  await settled(brief);
  for (const part of parts(brief)) await settled(part);
  return brief;
}

/** The visible text of the brief and all its parts, white space folded. */
const deepText = (root: ParentNode): string =>
  [...root.childNodes]
    .map((node) => {
      const inner = (node as Element).shadowRoot ? deepText((node as Element).shadowRoot!) : '';
      return inner + ' ' + (node.nodeType === Node.TEXT_NODE ? node.textContent : deepText(node as Element));
    })
    .join(' ');
const briefText = (brief: Element) => deepText(shadow(brief)).replace(/\s+/g, ' ').trim();

const partFor = (brief: Element, tag: string) => shadow(brief).querySelector<NbElement>(tag);

/**
 * A plain <div> in the page, removed after the test. (`fixture()` waits an animation frame for
 * elements without `updateComplete`, which never comes in a background tab when tests run in parallel.)
 */
const containers: HTMLElement[] = [];
function container(attributes: Record<string, string> = {}) {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  document.body.append(div);
  containers.push(div);
  return div;
}
afterEach(() => {
  for (const div of containers.splice(0)) div.remove();
});

describe('<nb-brief>', () => {
  describe('renders its data', () => {
    it('follows a change of its language: its parts take the new one too (their headings, the sources\' dates)', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief lang="en" .data=${seed}></nb-brief>`);
      await settledDeep(el);
      const faqHeading = () => shadow(partFor(el, 'nb-faq')!).querySelector('.heading')!.textContent!.trim();
      expect(faqHeading()).to.equal('Frequently asked questions');
      el.setAttribute('lang', 'fr');
      await settledDeep(el);
      expect(faqHeading()).to.equal('Questions fréquentes');
      expect(shadow(partFor(el, 'nb-sources')!).querySelector('time')!.textContent).to.match(/juin/);
    });

    it('passes relative-dates to its sources: their dates are relative, the full date their title', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief lang="en" relative-dates .data=${seed}></nb-brief>`);
      await settledDeep(el);
      await settledDeep(el); // the parts receive the option once the brief has rendered
      const times = [...shadow(partFor(el, 'nb-sources')!).querySelectorAll('time')];
      expect(times.length).to.be.greaterThan(0);
      for (const time of times) {
        expect(time.getAttribute('title'), 'the full date as the tooltip').to.match(/2026/);
        expect(time.textContent, 'relative').to.match(/ago|yesterday|last|month|week|day|year/);
      }
    });

    it('shows all five parts of the seed article, in order', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      expect(parts(el).map((part) => part.localName)).to.deep.equal(PART_TAGS);
      expect(shadowText(partFor(el, 'nb-tldr')!)).to.contain(seed.tldr);
      expect(shadow(partFor(el, 'nb-key-facts')!).querySelectorAll('dt')).to.have.length(seed.keyFacts.length);
      expect(shadow(partFor(el, 'nb-faq')!).querySelectorAll('button[aria-controls]')).to.have.length(seed.faq.length);
      const panel = shadow(partFor(el, 'nb-confirmed-unclear')!);
      expect(panel.querySelectorAll('.confirmed li')).to.have.length(seed.confirmed.length);
      expect(panel.querySelectorAll('.unclear li')).to.have.length(seed.unclear.length);
      expect(shadow(partFor(el, 'nb-sources')!).querySelectorAll('ol > li')).to.have.length(seed.sources.length);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it('titles itself with an h2 and its parts with h3', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      const heading = shadow(el).querySelector('header .heading')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('At a glance');
      for (const part of parts(el)) {
        expect(shadow(part).querySelector('.card > .heading')!.localName, part.localName).to.equal('h3');
        expect(part.getAttribute('heading-level'), part.localName).to.equal('3');
      }
    });

    it('heading-level="3" makes the brief an h3 and its parts h4 (and the FAQ questions h5)', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief heading-level="3" heading="In short" .data=${seed}></nb-brief>`);
      await settledDeep(el);
      const heading = shadow(el).querySelector('header .heading')!;
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent).to.equal('In short');
      for (const part of parts(el)) expect(shadow(part).querySelector('.card > .heading')!.localName, part.localName).to.equal('h4');
      expect(shadow(partFor(el, 'nb-faq')!).querySelector('.item > .heading')!.localName).to.equal('h5');
    });

    it('a new heading-level moves every heading and keeps the parts and their open questions', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      const faq = partFor(el, 'nb-faq') as NbElement & { toggle(index: number, force?: boolean): void };
      faq.toggle(1, true);
      await faq.updateComplete;
      el.headingLevel = 4;
      await settledDeep(el);
      expect(shadow(el).querySelector('header .heading')!.localName).to.equal('h4');
      for (const part of parts(el)) expect(shadow(part).querySelector('.card > .heading')!.localName, part.localName).to.equal('h5');
      expect(partFor(el, 'nb-faq') === faq, 'the same FAQ element').to.be.true;
      expect(shadow(faq).querySelectorAll('.item > .heading')[1].localName).to.equal('h6');
      expect(shadow(faq).querySelectorAll('.item > .heading > button')[1].getAttribute('aria-expanded'), 'still open').to.equal('true');
    });

    it('shows the byline, published and updated dates, each date in a <time datetime>', async () => {
      const article = { ...clone(seed), updated: '2026-06-24T09:30:00Z' };
      const el = await fixture<NbBrief>(html`<nb-brief .data=${article}></nb-brief>`);
      const meta = shadow(el).querySelector('[part="meta"]')!;
      const text = meta.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('By Rajendra Singh');
      expect(text).to.contain('Published June 23, 2026');
      expect(text).to.contain('Updated June 24, 2026');
      const times = [...meta.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(times).to.deep.equal(['2026-06-23', '2026-06-24T09:30:00Z']);
      // One run of text around the dates, the entries parted by " · " in the text: no span per entry with a ::before.
      expect(text.trim()).to.equal('By Rajendra Singh · Published June 23, 2026 · Updated June 24, 2026 · 4 sources');
      expect([...meta.children].map((child) => child.localName)).to.deep.equal(['time', 'time']);
      // Only some of the entries: a separator between each two, none at either end.
      const dated = await fixture<NbBrief>(html`<nb-brief .data=${{ tldr: 'Text.', updated: '2026-06-24' }}></nb-brief>`);
      expect(fold(shadow(dated).querySelector('[part="meta"]')!.textContent)).to.equal('Updated June 24, 2026');
      const byline = await fixture<NbBrief>(html`<nb-brief .data=${{ tldr: 'Text.', author: 'A. Writer', published: '2026-06-23', sources: [{ title: 'S' }] }}></nb-brief>`);
      expect(fold(shadow(byline).querySelector('[part="meta"]')!.textContent)).to.equal('By A. Writer · Published June 23, 2026 · 1 source');
    });

    it('leaves out the meta line when the article has no author, dates or sources', async () => {
      const { author: _author, published: _published, ...rest } = clone(seed);
      const el = await fixture<NbBrief>(html`<nb-brief .data=${rest}></nb-brief>`);
      // With sources, the meta line only counts them (issue #10).
      expect(shadow(el).querySelector('[part="meta"]')!.textContent!.trim()).to.equal('4 sources');
      expect(parts(el)).to.have.length(5);
      el.data = { ...rest, sources: undefined };
      await settled(el);
      expect(shadow(el).querySelector('[part="meta"]') === null).to.equal(true);
      expect(parts(el)).to.have.length(4);
    });

    it('renders only the parts the article has', async () => {
      const article: Article = { tldr: seed.tldr, unclear: seed.unclear, sources: seed.sources };
      const el = await fixture<NbBrief>(html`<nb-brief .data=${article}></nb-brief>`);
      await settledDeep(el);
      expect(parts(el).map((part) => part.localName)).to.deep.equal(['nb-tldr', 'nb-confirmed-unclear', 'nb-sources']);
      const panel = shadow(partFor(el, 'nb-confirmed-unclear')!);
      expect(panel.querySelector('.confirmed')).to.equal(null);
      expect(panel.querySelectorAll('.unclear li')).to.have.length(seed.unclear.length);
    });

    it('passes theme down to every part, and follows changes to it', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief theme="dark" .data=${seed}></nb-brief>`);
      expect(parts(el).map((part) => part.getAttribute('theme'))).to.deep.equal(Array(5).fill('dark'));
      el.theme = 'light';
      await settledDeep(el);
      expect(parts(el).map((part) => part.getAttribute('theme'))).to.deep.equal(Array(5).fill('light'));
      el.removeAttribute('theme');
      await settledDeep(el);
      expect(parts(el).every((part) => !part.hasAttribute('theme'))).to.be.true;
    });

    it('passes labels down to the parts', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief labels='{"brief":"Briefly","faq":"Your questions"}' .data=${seed}></nb-brief>`);
      await settledDeep(el);
      expect(shadow(el).querySelector('header .heading')!.textContent).to.equal('Briefly');
      expect(shadow(partFor(el, 'nb-faq')!).querySelector('.card > .heading')!.textContent).to.equal('Your questions');
    });
  });

  describe('each data channel', () => {
    it('reads the data property', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      expect(parts(el)).to.have.length(5);
      expect(briefText(el)).to.contain(seed.faq[0].question);
    });

    it('reads the data attribute as JSON', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief data=${JSON.stringify(seed)}></nb-brief>`);
      await settledDeep(el);
      expect(parts(el)).to.have.length(5);
      expect(briefText(el)).to.contain(seed.keyFacts[1].text);
    });

    it('reads a <script type="application/json"> named by for', async () => {
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'brief-article' });
      script.textContent = JSON.stringify(seed);
      container().append(script);
      const el = await fixture<NbBrief>(html`<nb-brief for="brief-article"></nb-brief>`);
      await settledDeep(el);
      expect(parts(el)).to.have.length(5);
      expect(briefText(el)).to.contain(seed.sources[0].title);
    });

    it('fetches src, showing a loading state until the article arrives', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief src="/test/fixtures/meta-worker-tracking.json"></nb-brief>`);
      const busy = shadow(el).querySelector('[aria-busy="true"]');
      expect(busy, 'loading state').to.exist;
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      expect(parts(el)).to.have.length(0);
      await waitUntil(() => parts(el).length === 5, 'the fetched article renders');
      await settledDeep(el);
      expect(shadow(el).querySelector('[aria-busy]')).to.equal(null);
      expect(briefText(el)).to.contain(seed.tldr);
    });

    it('the first channel present wins, and changing one re-renders', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief data=${JSON.stringify(second)} .data=${seed}></nb-brief>`);
      await settledDeep(el);
      expect(shadowText(partFor(el, 'nb-tldr')!)).to.contain(seed.tldr);
      el.data = undefined;
      await settledDeep(el);
      expect(shadowText(partFor(el, 'nb-tldr')!)).to.contain(second.tldr);
    });
  });

  describe('events', () => {
    it('bad data gives exactly one nb-error and one warning for the whole brief, not one per part', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief></nb-brief>`);
      const bad = {
        ...clone(seed),
        published: 'yesterday',
        keyFacts: [...seed.keyFacts, 7, { label: 'No text' }],
        faq: [{ question: 'Only a question' }, ...seed.faq],
        confirmed: [...seed.confirmed, ''],
        unclear: 'not a list',
        sources: [null, ...seed.sources, { title: 'Bad date', date: 'soon' }],
      } as unknown as Article;
      const { warnings, errors } = await captureErrors(document, async () => {
        el.data = bad;
        await settledDeep(el);
      });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<nb-brief>');
      expect(errors[0].source).to.equal('data');
      expect(errors[0].problems.length).to.be.at.least(7);
      expect(errors[0].problems.join('\n')).to.contain('keyFacts[6]').and.contain('faq[0]').and.contain('unclear').and.contain('sources[0]');
    });

    it('a string cut for length is reported once, by the brief', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief></nb-brief>`);
      const { warnings, errors } = await captureErrors(document, async () => {
        el.data = { ...clone(seed), tldr: 'Long. '.repeat(5000), faq: [{ question: 'Q?', answer: 'a'.repeat(25_000) }] };
        await settledDeep(el);
      });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(errors[0].problems).to.have.length(2);
      expect(parts(el)).to.have.length(5);
    });

    it('skips the invalid items and shows every valid one in the parts', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief></nb-brief>`);
      await captureErrors(el, async () => {
        el.data = {
          ...clone(seed),
          keyFacts: [{ text: 42 }, ...seed.keyFacts],
          faq: [...seed.faq, 'not an item'],
          confirmed: [false, ...seed.confirmed],
          sources: [...seed.sources, { publisher: 'No title' }],
        } as unknown as Article;
        await settledDeep(el);
      });
      expect(parts(el)).to.have.length(5);
      expect(shadow(partFor(el, 'nb-key-facts')!).querySelectorAll('.fact')).to.have.length(seed.keyFacts.length);
      expect(shadow(partFor(el, 'nb-faq')!).querySelectorAll('.item')).to.have.length(seed.faq.length);
      expect(shadow(partFor(el, 'nb-confirmed-unclear')!).querySelectorAll('.confirmed li')).to.have.length(seed.confirmed.length);
      expect(shadow(partFor(el, 'nb-sources')!).querySelectorAll('ol > li')).to.have.length(seed.sources.length);
      expect(briefText(el)).to.not.contain('No title');
    });

    it('bad JSON in the data attribute is one nb-error that bubbles out of the brief, and renders nothing', async () => {
      const wrapper = container();
      const el = document.createElement('nb-brief');
      const { warnings, errors } = await captureErrors(wrapper, async () => {
        el.setAttribute('data', '{"tldr": "unterminated');
        wrapper.append(el);
        await settledDeep(el);
      });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(errors[0].source).to.equal('data');
      expect(parts(el)).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('bad labels JSON is reported once, by the brief, and the built-in labels are used', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      const { warnings, errors } = await captureErrors(document, async () => {
        el.setAttribute('labels', '{faq: nope}');
        await settledDeep(el);
      });
      expect(errors.map((error) => error.source)).to.deep.equal(['labels']);
      expect(warnings).to.have.length(1);
      expect(shadow(partFor(el, 'nb-faq')!).querySelector('.card > .heading')!.textContent).to.equal('Frequently asked questions');
    });
  });

  describe('accessibility', () => {
    it('is a region named by the article’s headline, or by its heading when the article has none', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      const section = shadow(el).querySelector('section')!;
      expect(section.getAttribute('aria-label')).to.equal(seed.headline);
      expect(section.hasAttribute('aria-labelledby')).to.be.false;
      const untitled = await fixture<NbBrief>(html`<nb-brief .data=${{ ...clone(seed), headline: undefined }}></nb-brief>`);
      const heading = shadow(untitled).querySelector('header .heading')!;
      expect(shadow(untitled).querySelector('section')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    });

    describe('several briefs on one page', () => {
      /** Every landmark in the page's shadow trees: its role and accessible name (by aria-label or aria-labelledby). */
      function landmarks(root: ParentNode): string[] {
        const out: string[] = [];
        for (const node of root.querySelectorAll('*')) {
          const labelled = node.getAttribute('aria-labelledby');
          const name = node.getAttribute('aria-label') ?? (labelled ? (node.getRootNode() as ShadowRoot).getElementById(labelled)?.textContent?.trim() : undefined);
          if (name && (node.localName === 'section' || node.getAttribute('role') === 'region')) out.push(`region: ${name}`);
          if (node.shadowRoot) out.push(...landmarks(node.shadowRoot));
        }
        return out;
      }
      const openEveryAnswer = async (brief: Element) => {
        const faq = partFor(brief, 'nb-faq');
        if (!faq) return;
        for (const button of shadow(faq).querySelectorAll<HTMLButtonElement>('button[aria-controls]')) button.click();
        await settled(faq);
      };

      for (const [label, articles] of [
        ['the same article twice', [seed, seed]],
        ['two different articles', [seed, second]],
        ['three briefs, one without a headline, two with none', [seed, { ...clone(seed), headline: undefined }, { ...clone(second), headline: undefined }]],
      ] as const)
        it(`${label}: axe clean, every landmark name unique, every FAQ answer open`, async () => {
          const wrapper = await fixture(html`<div>${articles.map((article) => html`<nb-brief .data=${article}></nb-brief>`)}</div>`);
          const briefs = [...wrapper.querySelectorAll<NbBrief>('nb-brief')];
          for (const brief of briefs) await settledDeep(brief);
          for (const brief of briefs) await openEveryAnswer(brief);
          const names = landmarks(wrapper);
          expect(names.length, 'some landmarks remain').to.be.greaterThan(0);
          expect(new Set(names).size, names.join('\n')).to.equal(names.length);
          await expect(wrapper).to.be.accessible();
        });

      it('a second brief of the same article becomes a landmark when the first leaves the page', async () => {
        const wrapper = await fixture(html`<div><nb-brief .data=${seed}></nb-brief><nb-brief .data=${seed}></nb-brief></div>`);
        const [first, other] = wrapper.querySelectorAll<NbBrief>('nb-brief');
        await settledDeep(first);
        await settledDeep(other);
        expect(shadow(first).querySelector('section')!.getAttribute('aria-label')).to.equal(seed.headline);
        expect(shadow(other).querySelector('section')!.hasAttribute('aria-label'), 'a plain section').to.be.false;
        first.remove();
        other.requestUpdate();
        await settled(other);
        expect(shadow(other).querySelector('section')!.getAttribute('aria-label')).to.equal(seed.headline);
      });

      it('a second brief of the same article becomes a landmark when the first is emptied', async () => {
        const wrapper = await fixture(html`<div><nb-brief .data=${seed}></nb-brief><nb-brief .data=${seed}></nb-brief></div>`);
        const [first, other] = wrapper.querySelectorAll<NbBrief>('nb-brief');
        await settledDeep(first);
        await settledDeep(other);
        expect(shadow(other).querySelector('section')!.hasAttribute('aria-label'), 'a plain section').to.be.false;
        first.data = {};
        await settled(first);
        other.requestUpdate();
        await settled(other);
        expect(shadow(other).querySelector('section')!.getAttribute('aria-label')).to.equal(seed.headline);
      });
    });

    it('passes axe without a theme', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe with the light theme', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief theme="light" .data=${seed}></nb-brief>`);
      await settledDeep(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe with the dark theme', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief theme="dark" .data=${seed}></nb-brief>`);
      await settledDeep(el);
      await expect(el).to.be.accessible();
    });

    it("passes axe with the FAQ's first item open", async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      const faq = partFor(el, 'nb-faq')!;
      const button = shadow(faq).querySelector<HTMLButtonElement>('button[aria-controls]')!;
      button.click();
      await settled(faq);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(faq).querySelector('[role="region"]')!.hasAttribute('hidden')).to.be.false;
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('shows HTML in every field literally and runs none of it', async () => {
      window.__briefPwned = 0;
      const payload = '<img src=x onerror="window.__briefPwned=1"><b>bold</b>';
      const article: Article = {
        headline: payload,
        author: payload,
        tldr: payload,
        keyFacts: [{ label: payload, text: payload }],
        faq: [{ question: payload, answer: payload }],
        confirmed: [payload],
        unclear: [payload],
        sources: [{ title: payload, publisher: payload, url: 'javascript:window.__briefPwned=1' }],
      };
      const el = await fixture<NbBrief>(html`<nb-brief .data=${article}></nb-brief>`);
      await settledDeep(el);
      const faq = partFor(el, 'nb-faq')!;
      shadow(faq).querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
      await settled(faq);
      await new Promise((resolve) => setTimeout(resolve, 150)); // an injected onerror would have fired by now
      expect(window.__briefPwned).to.equal(0);
      const roots = [shadow(el), ...parts(el).map(shadow)];
      for (const root of roots) {
        expect(root.querySelector('img, b, a'), (root.host as Element).localName).to.equal(null);
      }
      // author, tldr, label + text, question + answer, confirmed + unclear, title + publisher
      const text = briefText(el);
      expect(text.split(payload).length - 1).to.equal(10);
    });

    it('renders nothing and takes no space for an empty article', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${{}}></nb-brief>`);
      expect(parts(el)).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('renders nothing for an article with only a headline and byline (no parts to show)', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${{ headline: seed.headline, author: seed.author }}></nb-brief>`);
      expect(shadow(el).querySelector('section')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('dynamic use', () => {
    it('can be created from script', async () => {
      const wrapper = container();
      const el = document.createElement('nb-brief');
      el.data = seed;
      wrapper.append(el);
      await settledDeep(el);
      expect(parts(el)).to.have.length(5);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it('re-renders every part when the data changes', async () => {
      const el = await fixture<NbBrief>(html`<nb-brief .data=${seed}></nb-brief>`);
      await settledDeep(el);
      el.data = second;
      await settledDeep(el);
      expect(shadowText(partFor(el, 'nb-tldr')!)).to.contain(second.tldr);
      expect(briefText(el)).to.not.contain(seed.faq[0].question);
      expect(shadow(partFor(el, 'nb-key-facts')!).querySelectorAll('.fact')).to.have.length(second.keyFacts.length);
      el.data = { tldr: 'Only a summary now.' };
      await settledDeep(el);
      expect(parts(el).map((part) => part.localName)).to.deep.equal(['nb-tldr']);
      el.data = {};
      await settledDeep(el);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('keeps working when moved in the DOM, taking the labels of its new place', async () => {
      const english = container();
      const french = container({ lang: 'fr' });
      const el = document.createElement('nb-brief');
      el.data = { ...clone(seed), lang: undefined };
      english.append(el);
      await settledDeep(el);
      expect(shadow(el).querySelector('header .heading')!.textContent).to.equal('At a glance');
      french.append(el);
      await waitUntil(() => shadow(el).querySelector('header .heading')?.textContent === 'L’essentiel', 'French labels');
      await settledDeep(el);
      expect(parts(el)).to.have.length(5);
      expect(shadow(partFor(el, 'nb-tldr')!).querySelector('.heading')!.textContent).to.equal('En bref');
      // Still interactive after the move.
      const faq = partFor(el, 'nb-faq')!;
      const button = shadow(faq).querySelector<HTMLButtonElement>('button[aria-controls]')!;
      button.click();
      await settled(faq);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });
  });
});
