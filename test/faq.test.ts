import '../src/faq/define.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import type { NbFaq, NbFaqToggleDetail } from '../src/faq/define.js';
import type { Article } from '../src/index.js';
import { captureErrors, clone, expect, fixture, itemText, html, oneEvent, seed, settled, shadow, shadowText } from './helpers.js';

/** The flag an executed payload would set (not declared globally: test/xss.test.ts declares its own). */
const pwned = window as unknown as { __pwned?: number };

/** The seed article's questions, and the slugs the contract says they get. */
const SEED_QUESTIONS = seed.faq.map((item) => item.question);
const SEED_SLUGS = [
  'why-did-meta-pause-its-employee-tracking-program',
  'what-data-was-meta-collecting-from-employees',
  'is-employee-surveillance-for-ai-training-legal',
  'what-should-employees-do-if-they-suspect-their-data-is-being-tracked',
];

const buttons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.item button')];
/** A question's text without its change mark (a live update marks new questions "New"). */
const questionText = (button: Element) => itemText(button);
const regions = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[part="answer"]')];
const expanded = (el: Element) => buttons(el).map((button) => button.getAttribute('aria-expanded') === 'true');
/** Which answers are shown: no `hidden` attribute at all. */
const shown = (el: Element) => regions(el).map((region) => !region.hasAttribute('hidden'));
const focusedIndex = (el: Element) => buttons(el).indexOf(shadow(el).activeElement as HTMLButtonElement);
const collect = (target: EventTarget) => {
  const events: CustomEvent<NbFaqToggleDetail>[] = [];
  target.addEventListener('nb-faq-toggle', (event) => events.push(event as CustomEvent<NbFaqToggleDetail>));
  return events;
};
const faqOf = (...questions: string[]): Article => ({ faq: questions.map((question) => ({ question, answer: `Answer to ${question}` })) });

/** Sets the URL hash and waits for its `hashchange` (none fires when the hash is already that value). */
async function setHash(hash: string) {
  if (location.hash.slice(1) === hash) return;
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
}

/** Elements a test created itself, outside `fixture()`, removed after each test. */
const created: Element[] = [];
const track = <T extends Element>(el: T) => {
  created.push(el);
  return el;
};

afterEach(async () => {
  created.splice(0).forEach((el) => el.remove());
  await setHash('');
});

describe('<nb-faq>', () => {
  describe('renders its data', () => {
    it('shows the seed article’s four questions as buttons inside h3, under an h2', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const root = shadow(el);
      expect(root.querySelector('h2')!.textContent!.trim()).to.equal('Frequently asked questions');
      const headings = [...root.querySelectorAll('h3')];
      expect(headings).to.have.length(4);
      headings.forEach((heading, i) => {
        const button = heading.querySelector(':scope > button')!;
        expect(button, `question ${i}`).to.exist;
        expect(button.textContent!.trim()).to.equal(SEED_QUESTIONS[i]);
      });
      expect(buttons(el)).to.have.length(4);
      expect(root.querySelectorAll('h4, h5, h6')).to.have.length(0);
      seed.faq.forEach((item) => expect(shadowText(el)).to.contain(item.answer));
    });

    it('puts questions one level below `heading-level`', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq heading-level="4" .data=${seed}></nb-faq>`);
      const root = shadow(el);
      expect(root.querySelectorAll('h4')).to.have.length(1);
      expect(root.querySelector('h4')!.textContent!.trim()).to.equal('Frequently asked questions');
      expect([...root.querySelectorAll('h5 > button')]).to.have.length(4);
      expect(root.querySelectorAll('h2, h3, h6')).to.have.length(0);
      // At the deepest level the questions cannot go lower than h6.
      const deepest = await fixture<NbFaq>(html`<nb-faq heading-level="6" .data=${seed}></nb-faq>`);
      expect([...shadow(deepest).querySelectorAll('h6')].map((h) => h.querySelector('button') !== null)).to.deep.equal([false, true, true, true, true]);
    });

    it('links each question button and its answer region both ways', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const root = shadow(el);
      const answers = regions(el);
      expect(answers).to.have.length(4);
      buttons(el).forEach((button, i) => {
        expect(button.id, `button ${i} id`).to.not.be.empty;
        const region = root.getElementById(button.getAttribute('aria-controls')!)!;
        expect(region, `aria-controls of ${i}`).to.equal(answers[i]);
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(region.textContent!.trim()).to.equal(seed.faq[i].answer);
      });
      const ids = [...buttons(el).map((b) => b.id), ...answers.map((r) => r.id)];
      expect(new Set(ids).size, 'all ids unique').to.equal(8);
    });

    it('hides closed answers with hidden="until-found" and marks them aria-expanded="false"', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      regions(el).forEach((region) => expect(region.getAttribute('hidden')).to.equal('until-found'));
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      regions(el).forEach((region) => expect(region.getBoundingClientRect().height).to.equal(0));
    });

    it('gives every item a stable id, the slug of its question', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      expect(el.itemIds).to.deep.equal(SEED_SLUGS);
      const items = [...shadow(el).querySelectorAll('.item')];
      expect(items.map((item) => item.id)).to.deep.equal(SEED_SLUGS);
      expect(items[0].querySelector('button')!.getAttribute('aria-controls')).to.contain(SEED_SLUGS[0]);
    });

    it('numbers repeated slugs -2, -3 and keeps letters of every script', async () => {
      const questions = [
        'Is it legal?',
        'Is it legal?',
        'IS IT — legal!!',
        'क्या मेटा ने कर्मचारियों पर नज़र रखी?',
        'لماذا أوقفت ميتا البرنامج؟',
        "What's new in AI (2024)?",
        '???',
      ];
      const el = await fixture<NbFaq>(html`<nb-faq .data=${faqOf(...questions)}></nb-faq>`);
      expect(el.itemIds).to.deep.equal([
        'is-it-legal',
        'is-it-legal-2',
        'is-it-legal-3',
        'क्या-मेटा-ने-कर्मचारियों-पर-नज़र-रखी',
        'لماذا-أوقفت-ميتا-البرنامج',
        'what-s-new-in-ai-2024',
        'question',
      ]);
      const items = [...shadow(el).querySelectorAll('.item')].map((item) => item.id);
      expect(items).to.deep.equal(el.itemIds);
      expect(new Set(buttons(el).map((b) => b.id)).size).to.equal(questions.length);
    });

    it('makes a question with markup, a link or citations the id of the question as a reader sees it', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq
        .data=${{
          faq: [
            { question: 'What did [Meta](https://example.com/meta_statement?id=7) say about **privacy**?[^1]', answer: 'Little.' },
            { question: '*Who* leaked it? [^2]', answer: 'Staff.' },
          ],
          sources: [{ title: 'One' }, { title: 'Two' }],
        }}
      ></nb-faq>`);
      expect(el.itemIds).to.deep.equal(['what-did-meta-say-about-privacy', 'who-leaked-it']);
      expect([...shadow(el).querySelectorAll('.item')].map((item) => item.id)).to.deep.equal(el.itemIds);
    });

    it('renders **bold** and *italic* as elements and trims stray ** around a question', async () => {
      const data: Article = {
        faq: [
          { question: '**Why did Meta pause it?\n**', answer: 'Because of a **leak** that was *widely* shared.' },
          { question: 'Is **tracking** *legal*?', answer: 'It depends.' },
        ],
      };
      const el = await fixture<NbFaq>(html`<nb-faq .data=${data}></nb-faq>`);
      const [first, second] = buttons(el);
      expect(first.textContent!.trim()).to.equal('Why did Meta pause it?');
      expect(first.querySelector('strong')).to.equal(null);
      expect(el.itemIds[0]).to.equal('why-did-meta-pause-it');
      expect(second.querySelector('strong')!.textContent).to.equal('tracking');
      expect(second.querySelector('em')!.textContent).to.equal('legal');
      expect(second.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Is tracking legal?');
      const answer = regions(el)[0];
      expect(answer.querySelector('strong')!.textContent).to.equal('leak');
      expect(answer.querySelector('em')!.textContent).to.equal('widely');
      expect(answer.textContent).to.not.contain('*');
    });

    it('links http(s) URLs in answers but never inside a question button', async () => {
      const data = { faq: [{ question: 'See [the report](https://example.com/report)?', answer: 'Read [Reuters](https://www.reuters.com/).' }] };
      const el = await fixture<NbFaq>(html`<nb-faq .data=${data}></nb-faq>`);
      expect(buttons(el)[0].querySelector('a')).to.equal(null);
      expect(buttons(el)[0].textContent!.trim()).to.equal('See the report?');
      const link = regions(el)[0].querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://www.reuters.com/');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('takes its heading text from `heading`, or from `labels`', async () => {
      const byHeading = await fixture<NbFaq>(html`<nb-faq heading="Your questions, answered" .data=${seed}></nb-faq>`);
      expect(shadow(byHeading).querySelector('h2')!.textContent!.trim()).to.equal('Your questions, answered');
      const byLabels = await fixture<NbFaq>(html`<nb-faq labels='{"faq":"Reader questions"}' .data=${seed}></nb-faq>`);
      expect(shadow(byLabels).querySelector('h2')!.textContent!.trim()).to.equal('Reader questions');
      const both = await fixture<NbFaq>(html`<nb-faq heading="Ask us" labels='{"faq":"Reader questions"}' .data=${seed}></nb-faq>`);
      expect(shadow(both).querySelector('h2')!.textContent!.trim()).to.equal('Ask us');
    });
  });

  describe('each data channel', () => {
    it('reads the `data` property', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(SEED_QUESTIONS);
    });

    it('reads the `data` attribute as JSON text', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq data=${JSON.stringify(seed)}></nb-faq>`);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(SEED_QUESTIONS);
    });

    it('reads a <script type="application/json"> named by `for`', async () => {
      const script = track(Object.assign(document.createElement('script'), { type: 'application/json', id: 'faq-for-article', textContent: JSON.stringify(seed) }));
      document.body.append(script);
      const el = await fixture<NbFaq>(html`<nb-faq for="faq-for-article"></nb-faq>`);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(SEED_QUESTIONS);
      // One script feeds many elements.
      const other = await fixture<NbFaq>(html`<nb-faq for="faq-for-article" open="all"></nb-faq>`);
      expect(expanded(other)).to.deep.equal([true, true, true, true]);
    });

    it('fetches `src`, showing a busy loading state until the data arrives', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq src="/test/fixtures/meta-worker-tracking.json?delay=300"></nb-faq>`);
      const busy = shadow(el).querySelector('[aria-busy="true"]')!;
      expect(busy, 'loading state').to.exist;
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      expect(buttons(el)).to.have.length(0);
      expect(el.getBoundingClientRect().height, 'the loading state takes space').to.be.greaterThan(0);
      await waitUntil(() => buttons(el).length === 4, 'the fetched questions render', { timeout: 5000 });
      expect(shadow(el).querySelector('[aria-busy]')).to.equal(null);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(SEED_QUESTIONS);
    });

    it('takes the first channel present: property > attribute > for > src', async () => {
      const script = track(Object.assign(document.createElement('script'), { type: 'application/json', id: 'faq-precedence', textContent: JSON.stringify(faqOf('From the script?')) }));
      document.body.append(script);
      const el = await fixture<NbFaq>(html`<nb-faq
        .data=${faqOf('From the property?')}
        data=${JSON.stringify(faqOf('From the attribute?'))}
        for="faq-precedence"
        src="/test/fixtures/faq-items.json"
      ></nb-faq>`);
      const questions = () => buttons(el).map(questionText);
      expect(questions()).to.deep.equal(['From the property?']);
      el.data = undefined;
      await settled(el);
      expect(questions()).to.deep.equal(['From the attribute?']);
      el.removeAttribute('data');
      await settled(el);
      expect(questions()).to.deep.equal(['From the script?']);
      el.removeAttribute('for');
      await settled(el);
      await waitUntil(() => buttons(el).length === 2, 'the src questions render', { timeout: 5000 });
      expect(questions()).to.deep.equal(['Who leaked the data?', 'Has the program ended?']);
      // And back up: a property set later wins over the src already shown.
      el.data = faqOf('Property again?');
      await settled(el);
      expect(questions()).to.deep.equal(['Property again?']);
    });

    it('accepts a bare array of items as data, from the property, the attribute and src', async () => {
      const items = [{ question: 'Only a list?', answer: 'Yes.' }];
      const byProperty = await fixture<NbFaq>(html`<nb-faq .data=${items}></nb-faq>`);
      expect(buttons(byProperty).map((b) => b.textContent!.trim())).to.deep.equal(['Only a list?']);
      const byAttribute = await fixture<NbFaq>(html`<nb-faq data=${JSON.stringify(items)}></nb-faq>`);
      expect(buttons(byAttribute).map((b) => b.textContent!.trim())).to.deep.equal(['Only a list?']);
      const bySrc = await fixture<NbFaq>(html`<nb-faq src="/test/fixtures/faq-items.json"></nb-faq>`);
      await waitUntil(() => buttons(bySrc).length === 2, 'the fetched array renders', { timeout: 5000 });
      expect(regions(bySrc)[0].querySelector('strong')!.textContent).to.equal('tracking dashboard');
    });

    it('ignores the article fields it does not show', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      expect(shadowText(el)).to.not.contain(seed.tldr);
      expect(shadowText(el)).to.not.contain(seed.headline);
    });
  });

  describe('keyboard and events', () => {
    it('toggles an item with Enter', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true, false, false]);
      expect(shown(el)).to.deep.equal([false, true, false, false]);
      expect(regions(el)[1].getBoundingClientRect().height).to.be.greaterThan(0);
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      expect(regions(el)[1].getAttribute('hidden')).to.equal('until-found');
    });

    it('toggles an item with Space', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      buttons(el)[2].focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
      expect(shown(el)).to.deep.equal([false, false, true, false]);
      expect(shadow(el).activeElement, 'focus stays on the question').to.equal(buttons(el)[2]);
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      expect(shown(el)).to.deep.equal([false, false, false, false]);
    });

    it('moves focus with ArrowDown and ArrowUp, wrapping at both ends, and keeps the page still', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const prevented: boolean[] = [];
      el.addEventListener('keydown', (event) => prevented.push(event.defaultPrevented));
      buttons(el)[0].focus();
      const path: number[] = [];
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
        await sendKeys({ press: key });
        path.push(focusedIndex(el));
      }
      expect(path).to.deep.equal([1, 2, 3, 0, 3, 2]);
      expect(prevented).to.deep.equal([true, true, true, true, true, true]);
      expect(expanded(el), 'moving focus opens nothing').to.deep.equal([false, false, false, false]);
    });

    it('goes to the first and last question with Home and End', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'End' });
      expect(focusedIndex(el)).to.equal(3);
      await sendKeys({ press: 'Home' });
      expect(focusedIndex(el)).to.equal(0);
    });

    it('leaves other keys and modified arrows alone', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      buttons(el)[1].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedIndex(el)).to.equal(1);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Control' });
      expect(focusedIndex(el)).to.equal(1);
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
    });

    it('closes the others in mode="single"', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq mode="single" .data=${seed}></nb-faq>`);
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(expanded(el)).to.deep.equal([true, false, false, false]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
      expect(shown(el)).to.deep.equal([false, false, true, false]);
      buttons(el)[3].click();
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, false, true]);
    });

    it('keeps the others open in mode="multiple", the default', async () => {
      const explicit = await fixture<NbFaq>(html`<nb-faq mode="multiple" .data=${seed}></nb-faq>`);
      const unset = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      expect(unset.mode).to.equal('multiple');
      for (const el of [explicit, unset]) {
        buttons(el)[0].focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: 'End' });
        await sendKeys({ press: 'Space' });
        await settled(el);
        expect(expanded(el), el.getAttribute('mode')!).to.deep.equal([true, false, false, true]);
        expect(shown(el), el.getAttribute('mode')!).to.deep.equal([true, false, false, true]);
      }
    });

    it('opens items at first by `open`: none, first, all', async () => {
      const none = await fixture<NbFaq>(html`<nb-faq open="none" .data=${seed}></nb-faq>`);
      expect(expanded(none)).to.deep.equal([false, false, false, false]);
      const unset = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      expect(expanded(unset)).to.deep.equal([false, false, false, false]);
      const first = await fixture<NbFaq>(html`<nb-faq open="first" .data=${seed}></nb-faq>`);
      expect(expanded(first)).to.deep.equal([true, false, false, false]);
      expect(shown(first)).to.deep.equal([true, false, false, false]);
      const all = await fixture<NbFaq>(html`<nb-faq open="all" .data=${seed}></nb-faq>`);
      expect(expanded(all)).to.deep.equal([true, true, true, true]);
      expect(shown(all)).to.deep.equal([true, true, true, true]);
      const allSingle = await fixture<NbFaq>(html`<nb-faq open="all" mode="single" .data=${seed}></nb-faq>`);
      expect(expanded(allSingle), 'single mode opens only the first').to.deep.equal([true, false, false, false]);
    });

    it('fires nb-faq-toggle, bubbling and composed, with { index, question, open }', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const fromDocument = collect(document);
      buttons(el)[1].focus();
      const opened = oneEvent(el, 'nb-faq-toggle');
      await sendKeys({ press: 'Enter' });
      const event = await opened;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ index: 1, question: SEED_QUESTIONS[1], open: true });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(fromDocument.map((e) => e.detail)).to.deep.equal([
        { index: 1, question: SEED_QUESTIONS[1], open: true },
        { index: 1, question: SEED_QUESTIONS[1], open: false },
      ]);
    });

    it('reports the question as cleaned text in nb-faq-toggle', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${{ faq: [{ question: '**Is it over?\n**', answer: 'No.' }] }}></nb-faq>`);
      const opened = oneEvent(el, 'nb-faq-toggle');
      buttons(el)[0].click();
      expect((await opened).detail).to.deep.equal({ index: 0, question: 'Is it over?', open: true });
    });

    it('reports the question as plain text, inline formatting taken out, in nb-faq-toggle', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${{ faq: [{ question: 'Is **this** *legal* in the [EU](https://europa.eu)?', answer: 'It depends.' }] }}></nb-faq>`);
      const opened = oneEvent(el, 'nb-faq-toggle');
      buttons(el)[0].click();
      expect((await opened).detail.question).to.equal('Is this legal in the EU?');
    });

    it('opens and closes items through toggle(index, force?)', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const events = collect(el);
      el.toggle(2);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
      expect(shown(el)).to.deep.equal([false, false, true, false]);
      el.toggle(2, true); // already open: no change, no event
      el.toggle(0, false); // already closed: no change, no event
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
      el.toggle(2);
      el.toggle(3, true);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, false, true]);
      el.toggle(3, false);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      expect(() => el.toggle(99)).to.not.throw();
      expect(() => el.toggle(-1, true)).to.not.throw();
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
      expect(events.map((e) => [e.detail.index, e.detail.open])).to.deep.equal([
        [2, true],
        [2, false],
        [3, true],
        [3, false],
      ]);
    });

    it('opens the item named by the URL hash on load', async () => {
      await setHash(SEED_SLUGS[2]);
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, true, false]);
      expect(shown(el)).to.deep.equal([false, false, true, false]);
    });

    it('opens the hash’s item once data fetched from `src` arrives', async () => {
      await setHash(SEED_SLUGS[1]);
      const el = await fixture<NbFaq>(html`<nb-faq src="/test/fixtures/meta-worker-tracking.json?delay=100"></nb-faq>`);
      await waitUntil(() => buttons(el).length === 4, 'the fetched questions render', { timeout: 5000 });
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true, false, false]);
    });

    it('opens a non-Latin item named by a percent-encoded hash', async () => {
      const data = faqOf('क्या मेटा ने कर्मचारियों पर नज़र रखी?', 'لماذا أوقفت ميتا البرنامج؟');
      await setHash('لماذا-أوقفت-ميتا-البرنامج');
      expect(location.hash, 'the browser encodes it').to.contain('%');
      const el = await fixture<NbFaq>(html`<nb-faq .data=${data}></nb-faq>`);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true]);
    });

    it('opens an item when the hash changes to its slug, and scrolls it into view', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 3000px"></div>
        <nb-faq .data=${seed}></nb-faq>
        <div style="height: 3000px"></div>
      </div>`);
      const el = wrapper.querySelector<NbFaq>('nb-faq')!;
      await settled(el);
      window.scrollTo(0, 0);
      const events = collect(el);
      await setHash(SEED_SLUGS[3]);
      await settled(el);
      await new Promise(requestAnimationFrame);
      expect(expanded(el)).to.deep.equal([false, false, false, true]);
      expect(events.map((e) => e.detail)).to.deep.equal([{ index: 3, question: SEED_QUESTIONS[3], open: true }]);
      const item = shadow(el).getElementById(SEED_SLUGS[3])!;
      expect(Math.abs(item.getBoundingClientRect().top), 'scrolled to the item').to.be.lessThan(2);
      // A hash naming no item changes nothing.
      await setHash('not-a-question');
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, false, false, true]);
      window.scrollTo(0, 0);
    });

    it('does not break on a malformed escape in the hash', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => {
        rejections.push(event.reason);
        event.preventDefault();
      };
      window.addEventListener('unhandledrejection', onRejection);
      const { warnings, errors } = await captureErrors(el, async () => {
        await setHash('%E0%A4');
        await settled(el);
        await new Promise((resolve) => setTimeout(resolve)); // let an unhandled rejection be reported
      }).finally(() => window.removeEventListener('unhandledrejection', onRejection));
      expect(rejections, 'nothing thrown from the hashchange listener').to.deep.equal([]);
      expect(warnings).to.have.length(0);
      expect(errors).to.have.length(0);
      expect(expanded(el)).to.deep.equal([false, false, false, false]);
    });

    it('opens a closed answer on beforematch (find-in-page)', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const opened = oneEvent(el, 'nb-faq-toggle');
      regions(el)[1].dispatchEvent(new Event('beforematch'));
      expect((await opened).detail).to.deep.equal({ index: 1, question: SEED_QUESTIONS[1], open: true });
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true, false, false]);
      expect(shown(el)).to.deep.equal([false, true, false, false]);
    });

    it('prints closed answers expanded', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const closed = regions(el)[0];
      expect(getComputedStyle(closed).contentVisibility, 'on screen').to.equal('hidden');
      expect(getComputedStyle(shadow(el).querySelector('button')!).backgroundImage, 'a chevron on screen').to.contain('gradient');
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(closed).contentVisibility).to.equal('visible');
        expect(closed.getBoundingClientRect().height, 'the answer takes space in print').to.be.greaterThan(0);
        expect(getComputedStyle(shadow(el).querySelector('button')!).backgroundImage, 'no chevrons in print').to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle(closed).contentVisibility, 'back on screen').to.equal('hidden');
    });
  });

  describe('accessibility', () => {
    it('passes axe with every item closed', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe with one item open', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      el.toggle(1);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true, false, false]);
      await expect(el).to.be.accessible();
    });

    it('passes axe with every item open', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq open="all" .data=${seed}></nb-faq>`);
      expect(expanded(el)).to.deep.equal([true, true, true, true]);
      await expect(el).to.be.accessible();
    });

    /** An FAQ of `count` distinct items. */
    const many = (count: number) => ({ faq: Array.from({ length: count }, (_, i) => ({ question: `Question number ${i + 1}?`, answer: `Answer ${i + 1}.` })) });
    const roles = (el: Element) => regions(el).map((answer) => answer.getAttribute('role'));

    it('makes each answer a region labelled by its question in an FAQ of up to six items', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq open="all" .data=${many(6)}></nb-faq>`);
      expect(roles(el)).to.deep.equal(Array(6).fill('region'));
      regions(el).forEach((answer, i) => expect(answer.getAttribute('aria-labelledby')).to.equal(buttons(el)[i].id));
    });

    it('makes no answer a region in a longer FAQ (the APG: no landmark flood), still controlled by its button; axe clean all open', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq open="all" .data=${many(7)}></nb-faq>`);
      expect(roles(el)).to.deep.equal(Array(7).fill(null));
      regions(el).forEach((answer, i) => {
        expect(answer.hasAttribute('aria-labelledby')).to.be.false;
        expect(buttons(el)[i].getAttribute('aria-controls')).to.equal(answer.id);
        expect(answer.hasAttribute('hidden')).to.be.false;
      });
      await expect(el).to.be.accessible();
    });

    it('the same FAQ twice on a page: the second gets no regions, so names stay unique; axe clean all open', async () => {
      const wrapper = await fixture(html`<div><nb-faq open="all" .data=${seed}></nb-faq><nb-faq open="all" .data=${seed}></nb-faq></div>`);
      const [first, other] = wrapper.querySelectorAll<NbFaq>('nb-faq');
      await settled(first);
      await settled(other);
      expect(roles(first)).to.deep.equal(Array(4).fill('region'));
      expect(roles(other)).to.deep.equal(Array(4).fill(null));
      await expect(wrapper).to.be.accessible();
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with theme="${theme}", closed and open`, async () => {
        const el = await fixture<NbFaq>(html`<nb-faq theme=${theme} .data=${seed}></nb-faq>`);
        await expect(el).to.be.accessible();
        el.toggle(0);
        await settled(el);
        expect(expanded(el)[0]).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('bad input', () => {
    afterEach(() => {
      delete pwned.__pwned;
    });

    it('shows HTML and script in questions and answers as literal text', async () => {
      const question = '<img src="/faq-missing-image.png" onerror="window.__pwned = 1">Who?';
      const answer = '<script>window.__pwned = 2</script><b>bold</b><img src="/faq-missing-image.png" onerror="window.__pwned = 3">';
      const el = await fixture<NbFaq>(html`<nb-faq open="all" .data=${{ faq: [{ question, answer }] }}></nb-faq>`);
      // A control image with the same broken URL: once its error fires, a payload image would have fired too.
      const control = new Image();
      const failed = oneEvent(control, 'error');
      control.src = '/faq-missing-image.png';
      await failed;
      expect(pwned.__pwned).to.equal(undefined);
      expect(shadow(el).querySelectorAll('img, script, b')).to.have.length(0);
      expect(buttons(el)[0].textContent!.trim()).to.equal(question);
      expect(regions(el)[0].textContent!.trim()).to.equal(answer);
    });

    it('never makes a link of a javascript: URL in an answer', async () => {
      const answer = 'Click [x](javascript:alert(1)) or [y](javascript:alert%281%29) or [z](%20JaVaScRiPt:void%280%29) or [d](data:text/html,hi).';
      const el = await fixture<NbFaq>(html`<nb-faq open="all" .data=${{ faq: [{ question: 'Safe?', answer }] }}></nb-faq>`);
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      // A link the inline syntax recognises keeps only its text; the first is not link syntax at all
      // (its URL has parentheses) and stays literal.
      expect(regions(el)[0].textContent!.trim()).to.equal('Click [x](javascript:alert(1)) or y or z or d.');
    });

    it('reports faq that is not an array once, and shows nothing', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq></nb-faq>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { ...clone(seed), faq: 'What happened?' as unknown as Article['faq'] };
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0].source).to.equal('data');
      expect(errors[0].message).to.contain('faq');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('nb-faq');
      expect(buttons(el)).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('reports wrong item types once per read and still shows the valid items', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq></nb-faq>`);
      const faq = [
        seed.faq[0],
        'a bare string',
        { question: 42, answer: 'A number is no question.' },
        null,
        seed.faq[1],
      ] as unknown as Article['faq'];
      let thrown: unknown;
      const { warnings, errors } = await captureErrors(el, async () => {
        try {
          el.data = { faq };
          await settled(el);
        } catch (error) {
          thrown = error;
        }
      });
      expect(thrown).to.equal(undefined);
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(errors[0].problems).to.have.length(3);
      expect(errors[0].problems.join(' ')).to.contain('faq[2].question');
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal([SEED_QUESTIONS[0], SEED_QUESTIONS[1]]);
      expect(el.itemIds).to.deep.equal(SEED_SLUGS.slice(0, 2));
      // Keyboard still spans exactly the valid items.
      buttons(el)[1].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedIndex(el)).to.equal(0);
    });

    it('reports each bad read separately', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq></nb-faq>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { faq: [{ question: 7, answer: 'x' }] } as unknown as Article;
        await settled(el);
        el.data = { faq: [{ question: 'Fine?', answer: 8 }, seed.faq[3]] } as unknown as Article;
        await settled(el);
      });
      expect(errors).to.have.length(2);
      expect(warnings).to.have.length(2);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal([SEED_QUESTIONS[3]]);
    });

    it('reports malformed JSON in the data attribute once and takes no space', async () => {
      const wrapper = track(document.createElement('div'));
      const el = document.createElement('nb-faq');
      el.setAttribute('data', '{"faq": [{"question": "Cut off?", ');
      wrapper.append(el);
      const { warnings, errors } = await captureErrors(wrapper, async () => {
        document.body.append(wrapper);
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0].source).to.equal('data');
      expect(warnings).to.have.length(1);
      expect(buttons(el)).to.have.length(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      // Fixing the attribute recovers.
      el.setAttribute('data', JSON.stringify(faqOf('Fixed?')));
      await settled(el);
      expect(buttons(el)).to.have.length(1);
    });

    it('reports a `for` id with no element once', async () => {
      const wrapper = track(document.createElement('div'));
      const el = document.createElement('nb-faq');
      el.setAttribute('for', 'faq-no-such-script');
      wrapper.append(el);
      const { warnings, errors } = await captureErrors(wrapper, async () => {
        document.body.append(wrapper);
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0].source).to.equal('for');
      expect(errors[0].message).to.contain('faq-no-such-script');
      expect(warnings).to.have.length(1);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('reports a `src` 404 once, with source "src", and takes no space', async () => {
      const wrapper = track(document.createElement('div'));
      const el = document.createElement('nb-faq');
      el.setAttribute('src', '/test/fixtures/faq-does-not-exist.json');
      wrapper.append(el);
      const { warnings, errors } = await captureErrors(wrapper, async () => {
        const failed = oneEvent(wrapper, 'nb-error');
        document.body.append(wrapper);
        await failed;
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0].source).to.equal('src');
      expect(errors[0].message).to.contain('404');
      expect(warnings).to.have.length(1);
      expect(shadow(el).querySelector('[aria-busy]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('takes no space with an empty faq array, and reports nothing', async () => {
      for (const data of [{ faq: [] }, [], {}]) {
        const wrapper = track(document.createElement('div'));
        const el = document.createElement('nb-faq');
        el.data = data as Article;
        wrapper.append(el);
        const { warnings, errors } = await captureErrors(wrapper, async () => {
          document.body.append(wrapper);
          await settled(el);
        });
        expect(errors, JSON.stringify(data)).to.have.length(0);
        expect(warnings, JSON.stringify(data)).to.have.length(0);
        expect(el.getBoundingClientRect().height, JSON.stringify(data)).to.equal(0);
        expect(shadow(el).querySelector('.item')).to.equal(null);
      }
    });
  });

  describe('dynamic use', () => {
    it('renders when created with document.createElement, given data, then appended', async () => {
      const el = track(document.createElement('nb-faq'));
      el.data = seed;
      el.setAttribute('open', 'first');
      document.body.append(el);
      await settled(el);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(SEED_QUESTIONS);
      expect(expanded(el)).to.deep.equal([true, false, false, false]);
      buttons(el)[2].click();
      await settled(el);
      expect(expanded(el)).to.deep.equal([true, false, true, false]);
    });

    it('re-renders on new data and resets the open state', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      el.toggle(1);
      el.toggle(3);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true, false, true]);
      el.data = faqOf('New one?', 'New two?', 'New three?');
      await settled(el);
      expect(buttons(el).map(questionText)).to.deep.equal(['New one?', 'New two?', 'New three?']);
      expect(el.itemIds).to.deep.equal(['new-one', 'new-two', 'new-three']);
      expect(expanded(el)).to.deep.equal([false, false, false]);
      expect(shown(el)).to.deep.equal([false, false, false]);
      // With open="first" the reset reopens the first.
      el.open = 'first';
      await settled(el);
      el.toggle(2);
      await settled(el);
      el.data = seed;
      await settled(el);
      expect(expanded(el)).to.deep.equal([true, false, false, false]);
      // Emptied, it takes no space.
      el.data = { faq: [] };
      await settled(el);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('still works after a move, with one hashchange listener, removed on disconnect', async () => {
      const listeners = new Set<EventListenerOrEventListenerObject>();
      const { addEventListener, removeEventListener } = window;
      window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
        if (type === 'hashchange' && listener) listeners.add(listener);
        return addEventListener.call(this, type, listener!, options);
      } as typeof window.addEventListener;
      window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
        if (type === 'hashchange' && listener) listeners.delete(listener);
        return removeEventListener.call(this, type, listener!, options);
      } as typeof window.removeEventListener;
      try {
        const [first, second] = [track(document.createElement('section')), track(document.createElement('aside'))];
        document.body.append(first, second);
        const el = document.createElement('nb-faq');
        el.data = seed;
        first.append(el);
        await settled(el);
        expect(listeners.size, 'after the first connect').to.equal(1);
        second.append(el);
        first.append(el);
        second.append(el);
        await settled(el);
        expect(listeners.size, 'after three moves').to.equal(1);
        expect(el.parentElement).to.equal(second);

        // Still works: click, keys, hash.
        buttons(el)[0].click();
        await settled(el);
        expect(expanded(el)).to.deep.equal([true, false, false, false]);
        buttons(el)[0].focus();
        await sendKeys({ press: 'ArrowUp' });
        expect(focusedIndex(el)).to.equal(3);
        const events = collect(el);
        await setHash(SEED_SLUGS[1]);
        await settled(el);
        expect(expanded(el)).to.deep.equal([true, true, false, false]);
        expect(events).to.have.length(1);

        // Removed: no listener left, and a hash change no longer reaches it.
        el.remove();
        expect(listeners.size, 'after removal').to.equal(0);
        await setHash(SEED_SLUGS[2]);
        expect(expanded(el)).to.deep.equal([true, true, false, false]);
        expect(events).to.have.length(1);

        // Back in the page, it listens again.
        first.append(el);
        await settled(el);
        expect(listeners.size, 'after reconnecting').to.equal(1);
        await setHash(SEED_SLUGS[3]);
        await settled(el);
        expect(expanded(el)).to.deep.equal([true, true, false, true]);
        expect(events).to.have.length(2);
      } finally {
        // The spies are own properties of window; deleting them uncovers EventTarget's methods again.
        delete (window as Partial<Window>).addEventListener;
        delete (window as Partial<Window>).removeEventListener;
        expect(window.addEventListener).to.equal(addEventListener);
      }
    });
  });
});
