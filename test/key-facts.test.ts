import '../src/key-facts/define.js';
import { aTimeout, fixtureSync } from '@open-wc/testing';
import type { NbKeyFacts } from '../src/key-facts/define.js';
import type { Article, KeyFact, NbErrorDetail } from '../src/index.js';
import { captureErrors, clone, expect, finishLoading, fixture, fold, html, isLoading, itemText, itNamesTheChannel, itReportsUnreadableInput, luminance, oneEvent, PAGE_STYLES, pwned, second, seed, SEED_URL, settled, shadow, shadowText, SLOW_SEED_URL } from './helpers.js';


const labels = (el: Element) => [...shadow(el).querySelectorAll('dl dt')].map((dt) => fold(dt.textContent));
const texts = (el: Element) => [...shadow(el).querySelectorAll('dl dd')].map(itemText);
const headings = (el: Element) => [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
const withFacts = (keyFacts: unknown): Article => ({ keyFacts: keyFacts as KeyFact[] });


describe('<nb-key-facts>', () => {
  describe('renders its data', () => {
    it('shows the seed article’s facts as a <dl>, each label a <dt> beside its text in a <dd>', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${seed}></nb-key-facts>`);
      expect(headings(el).map((h) => [h.localName, h.textContent])).to.deep.equal([['h2', 'Key facts']]);
      const dl = shadow(el).querySelectorAll('dl');
      expect(dl).to.have.length(1);
      expect(labels(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.label));
      expect(texts(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.text));
      // Valid <dl> content: each group is a <div> holding a <dt> then a <dd>.
      for (const group of dl[0].children) {
        expect(group.localName).to.equal('div');
        expect([...group.children].map((child) => child.localName)).to.deep.equal(['dt', 'dd']);
      }
    });

    it('shows the second fixture’s facts, and none of its other fields', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${second}></nb-key-facts>`);
      expect(labels(el)).to.deep.equal(second.keyFacts.map((fact) => fact.label));
      expect(texts(el)).to.deep.equal(second.keyFacts.map((fact) => fact.text));
      const text = shadowText(el);
      expect(text).not.to.contain(second.tldr);
      expect(text).not.to.contain(second.confirmed[0]);
      expect(text).not.to.contain(second.unclear[0]);
    });

    it('trims stray emphasis markers around labels, so no * shows', async () => {
      const data = clone(seed);
      data.keyFacts[0].label = '**Main Update\n**';
      data.keyFacts[1].label = '**Duration**';
      data.keyFacts[2].label = 'Trigger**';
      data.keyFacts[3].label = '  *Privacy Concerns  ';
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${data}></nb-key-facts>`);
      expect(labels(el).slice(0, 4)).to.deep.equal(['Main Update', 'Duration', 'Trigger', 'Privacy Concerns']);
      expect(shadowText(el)).not.to.contain('*');
    });

    it('uses heading-level for its heading, clamped to 2–6', async () => {
      for (const [level, tag] of [['3', 'h3'], ['5', 'h5'], ['1', 'h2'], ['7', 'h6'], ['x', 'h2']]) {
        const el = await fixture<NbKeyFacts>(html`<nb-key-facts heading-level=${level} .data=${seed}></nb-key-facts>`);
        expect(headings(el).map((h) => h.localName), `heading-level="${level}"`).to.deep.equal([tag]);
      }
    });

    it('lets the heading attribute and the labels JSON replace the heading text', async () => {
      const byLabels = await fixture<NbKeyFacts>(html`<nb-key-facts labels='{"keyFacts":"Fast facts"}' .data=${seed}></nb-key-facts>`);
      expect(headings(byLabels)[0].textContent).to.equal('Fast facts');
      const byHeading = await fixture<NbKeyFacts>(html`<nb-key-facts heading="The essentials" .data=${seed}></nb-key-facts>`);
      expect(headings(byHeading)[0].textContent).to.equal('The essentials');
      const both = await fixture<NbKeyFacts>(html`<nb-key-facts heading="The essentials" labels='{"keyFacts":"Fast facts"}' .data=${seed}></nb-key-facts>`);
      expect(headings(both)[0].textContent, 'heading beats labels').to.equal('The essentials');
    });

    it('renders the inline subset in labels and texts as <strong>, <em> and <a>', async () => {
      const data = withFacts([
        { label: 'The *tool*', text: 'Recorded **every** click, [per the Guardian](https://www.theguardian.com/technology).' },
      ]);
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${data}></nb-key-facts>`);
      const dt = shadow(el).querySelector('dt')!;
      const dd = shadow(el).querySelector('dd')!;
      expect(dt.querySelector('em')!.textContent).to.equal('tool');
      expect(dd.querySelector('strong')!.textContent).to.equal('every');
      const link = dd.querySelector('a')!;
      expect(link.textContent).to.equal('per the Guardian');
      expect(link.getAttribute('href')).to.equal('https://www.theguardian.com/technology');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(labels(el)).to.deep.equal(['The tool']);
      expect(texts(el)).to.deep.equal(['Recorded every click, per the Guardian.']);
    });

    it('shows a fact without a label as its text alone', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${withFacts([{ label: 'Who', text: 'Meta' }, { text: 'No label here.' }])}></nb-key-facts>`);
      expect(labels(el)).to.deep.equal(['Who']);
      expect(texts(el)).to.deep.equal(['Meta', 'No label here.']);
    });
  });

  describe('each data channel', () => {
    it('reads the data property (an object)', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${withFacts([{ label: 'Channel', text: 'property' }])}></nb-key-facts>`);
      expect(texts(el)).to.deep.equal(['property']);
    });

    it('reads the data attribute (JSON text)', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts data=${JSON.stringify(second)}></nb-key-facts>`);
      expect(labels(el)).to.deep.equal(second.keyFacts.map((fact) => fact.label));
    });

    it('reads the <script type="application/json"> that `for` names', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="facts-article">${JSON.stringify(second)}</script>
        <nb-key-facts for="facts-article"></nb-key-facts>
      </div>`);
      const el = await settled(wrapper.querySelector('nb-key-facts')!);
      expect(texts(el)).to.deep.equal(second.keyFacts.map((fact) => fact.text));
    });

    it('fetches `src`, showing an aria-busy skeleton first and the content after', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts src=${SLOW_SEED_URL}></nb-key-facts>`);
      const busy = shadow(el).querySelector('[aria-busy="true"]')!;
      expect(busy, 'the loading state').to.exist;
      expect(busy.querySelector('.skeleton[aria-hidden="true"]')).to.exist;
      expect(busy.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      expect(shadow(el).querySelector('dl')).to.equal(null);
      expect(el.getBoundingClientRect().height, 'the skeleton takes space').to.be.greaterThan(0);
      await finishLoading(el);
      expect(labels(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.label));
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
    });

    it('takes a bare array of facts as data, through the property and the attribute', async () => {
      const facts = [{ label: 'Bare', text: 'An array alone.' }];
      const byProperty = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${facts as unknown as Article}></nb-key-facts>`);
      expect(labels(byProperty)).to.deep.equal(['Bare']);
      expect(texts(byProperty)).to.deep.equal(['An array alone.']);
      const byAttribute = await fixture<NbKeyFacts>(html`<nb-key-facts data=${JSON.stringify(second.keyFacts)}></nb-key-facts>`);
      expect(texts(byAttribute)).to.deep.equal(second.keyFacts.map((fact) => fact.text));
    });

    it('takes the first channel present: property, then attribute, then for, then src', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="facts-precedence">{"keyFacts":[{"label":"From","text":"the script"}]}</script>
        <nb-key-facts data='{"keyFacts":[{"label":"From","text":"the attribute"}]}' for="facts-precedence" src="${SLOW_SEED_URL}"></nb-key-facts>
      </div>`);
      const el = wrapper.querySelector<NbKeyFacts>('nb-key-facts')!;
      await settled(el);
      expect(texts(el)).to.deep.equal(['the attribute']);
      el.data = withFacts([{ label: 'From', text: 'the property' }]);
      await settled(el);
      expect(texts(el)).to.deep.equal(['the property']);
      el.data = null;
      await settled(el);
      expect(texts(el)).to.deep.equal(['the attribute']);
      el.removeAttribute('data');
      await settled(el);
      expect(texts(el)).to.deep.equal(['the script']);
      el.removeAttribute('for');
      await settled(el);
      expect(isLoading(el), 'src is fetched only now').to.be.true;
      await finishLoading(el);
      expect(texts(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.text));
    });

    it('re-renders when any channel changes', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="facts-one">[{"text":"Script one."}]</script>
        <script type="application/json" id="facts-two">[{"text":"Script two."}]</script>
        <nb-key-facts></nb-key-facts>
      </div>`);
      const el = wrapper.querySelector<NbKeyFacts>('nb-key-facts')!;
      el.src = SEED_URL;
      await settled(el);
      await finishLoading(el);
      expect(texts(el)).to.have.length(seed.keyFacts.length);
      el.src = '/test/fixtures/meta-mouse-tracker.json';
      await settled(el);
      await finishLoading(el);
      expect(texts(el)).to.have.length(second.keyFacts.length);
      for (const id of ['facts-one', 'facts-two']) {
        el.setAttribute('for', id);
        await settled(el);
        expect(texts(el)).to.deep.equal([id === 'facts-one' ? 'Script one.' : 'Script two.']);
      }
      for (const n of [1, 2]) {
        el.setAttribute('data', JSON.stringify([{ text: `Attribute ${n}.` }]));
        await settled(el);
        expect(texts(el)).to.deep.equal([`Attribute ${n}.`]);
      }
      for (const n of [1, 2]) {
        el.data = withFacts([{ text: `Property ${n}.` }]);
        await settled(el);
        expect(texts(el)).to.deep.equal([`Property ${n}.`]);
      }
    });
  });

  describe('events', () => {
    it('fires nb-error that bubbles and is composed, out of a shadow root, with { message, source, problems }', async () => {
      const host = fixtureSync(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('nb-key-facts');
      root.append(el);
      let path: EventTarget[] = [];
      document.addEventListener('nb-error', (event) => (path = event.composedPath()), { once: true });
      let event!: CustomEvent<NbErrorDetail>;
      const { warnings } = await captureErrors(document, async () => {
        const heard = oneEvent(document, 'nb-error');
        el.data = withFacts([{ label: 'Fine', text: 'Valid' }, 'not an object', { label: 'No text' }]);
        event = (await heard) as CustomEvent<NbErrorDetail>;
      });
      expect(warnings).to.have.length(1);
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(path[0] === el, 'dispatched by the element').to.be.true;
      expect(event.target === host, 'retargeted to the shadow host: it left the shadow root').to.be.true;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['message', 'problems', 'source']);
      expect(event.detail.source).to.equal('data');
      expect(event.detail.problems).to.deep.equal(['keyFacts[1] should be an object with "label" and "text"', 'keyFacts[2].text is missing']);
      expect(event.detail.message).to.equal('keyFacts[1] should be an object with "label" and "text" (and 1 more problem)');
      await settled(el);
      expect(texts(el)).to.deep.equal(['Valid']);
    });

    itNamesTheChannel('nb-key-facts', () => withFacts('nope'));
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${seed}></nb-key-facts>`);
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe with theme="${theme}"`, async () => {
        const data = withFacts([...seed.keyFacts, { label: 'Source', text: 'The **Guardian**, [online](https://www.theguardian.com/).' }]);
        const el = await fixture<NbKeyFacts>(html`<nb-key-facts theme=${theme} .data=${data}></nb-key-facts>`);
        expect(shadow(el).querySelector('a')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with a fact that has no label', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${withFacts([{ label: 'Who', text: 'Meta' }, { text: 'No label.' }])}></nb-key-facts>`);
      expect(texts(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts src=${SLOW_SEED_URL}></nb-key-facts>`);
      expect(isLoading(el)).to.be.true;
      await expect(el).to.be.accessible();
      await finishLoading(el);
    });

    it('is light text on a dark background with theme="dark"', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts theme="dark" .data=${seed}></nb-key-facts>`);
      const card = getComputedStyle(shadow(el).querySelector('.card')!);
      for (const part of ['dt', 'dd']) {
        const color = getComputedStyle(shadow(el).querySelector(part)!).color;
        expect(luminance(color), `${part} ${color}`).to.be.greaterThan(0.6);
      }
      expect(luminance(card.backgroundColor), `background ${card.backgroundColor}`).to.be.lessThan(0.05);
    });
  });

  describe('bad input', () => {
    afterEach(() => Reflect.deleteProperty(window, '__pwned'));

    it('shows HTML and script in labels and texts as literal characters, through the property and the attribute', async () => {
      const img = '<img src=x onerror="window.__pwned=1">';
      const script = '<script>window.__pwned=2</script>';
      const data = withFacts([{ label: img, text: script }, { label: script, text: `text ${img}` }]);
      const byProperty = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${data}></nb-key-facts>`);
      const byAttribute = await fixture<NbKeyFacts>(html`<nb-key-facts data=${JSON.stringify(data)}></nb-key-facts>`);
      await aTimeout(100); // an <img onerror> would have fired by now
      expect(pwned()).to.equal(undefined);
      for (const el of [byProperty, byAttribute]) {
        expect(shadow(el).querySelector('img, script')).to.equal(null);
        expect(labels(el)).to.deep.equal([img, script]);
        expect(texts(el)).to.deep.equal([script, `text ${img}`]);
      }
    });

    it('never links javascript:, data:, vbscript: or relative URLs in [text](url)', async () => {
      const bad = ['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox', ' JaVaScRiPt:window.__pwned=1', 'java\nscript:window.__pwned=1', 'JAVASCRIPT:window.__pwned=1', '/relative/page'];
      const data = withFacts([
        ...bad.map((url, i) => ({ label: `[label${i}](${url})`, text: `[text${i}](${url})` })),
        { label: 'Good', text: '[good](https://example.com/ok)' },
      ]);
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${data}></nb-key-facts>`);
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href')), 'only the https link').to.deep.equal(['https://example.com/ok']);
      const shown = shadowText(el);
      bad.forEach((_, i) => expect(shown).to.contain(`text${i}`).and.to.contain(`label${i}`));
      expect(pwned()).to.equal(undefined);
    });

    it('shows the valid facts and reports the wrong types once per read', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts style=${PAGE_STYLES}></nb-key-facts>`);
      const data = withFacts([
        { label: 'Good', text: 'Valid fact.' },
        'not an object',
        42,
        null,
        ['label', 'text'],
        { label: 'No text' },
        { label: 5, text: 'Label was a number.' },
        { label: 'Text was a number', text: 99 },
        { label: 'Second good', text: 'Also valid.' },
      ]);
      let caught: unknown;
      const { warnings, errors } = await captureErrors(el, async () => {
        try {
          el.data = data;
          await settled(el);
        } catch (error) {
          caught = error;
        }
      });
      expect(caught, 'nothing thrown').to.equal(undefined);
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(errors[0].problems).to.have.length(7);
      expect(texts(el)).to.deep.equal(['Valid fact.', 'Label was a number.', 'Also valid.']);
      expect(labels(el)).to.deep.equal(['Good', 'Second good']);

      // Reading the same bad data again is a new read: one more of each.
      const again = await captureErrors(el, async () => {
        el.data = clone(data);
        await settled(el);
      });
      expect(again.errors).to.have.length(1);
      expect(again.warnings).to.have.length(1);
    });

    it('reports keyFacts that is not an array, and renders nothing', async () => {
      for (const keyFacts of ['Main Update: paused', { label: 'Main Update', text: 'paused' }, 42, true]) {
        const el = await fixture<NbKeyFacts>(html`<nb-key-facts style=${PAGE_STYLES}></nb-key-facts>`);
        const { warnings, errors } = await captureErrors(el, async () => {
          el.data = withFacts(keyFacts);
          await settled(el);
        });
        expect(errors.map((e) => e.message), JSON.stringify(keyFacts)).to.deep.equal([`keyFacts should be an array, not ${typeof keyFacts}`]);
        expect(warnings).to.have.length(1);
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('ignores the fields it does not show, even when they are broken', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts style=${PAGE_STYLES}></nb-key-facts>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { keyFacts: [{ text: 'Shown.' }], tldr: 5, sources: 'x', confirmed: {} } as never;
        await settled(el);
      });
      expect(errors).to.have.length(0);
      expect(warnings).to.have.length(0);
      expect(texts(el)).to.deep.equal(['Shown.']);
    });

    itReportsUnreadableInput('nb-key-facts', '[{"label": "a", "text": "b"},]');

    it('takes no space with no data or empty data', async () => {
      const cases: [string, unknown][] = [['none', undefined], ['{}', {}], ['[]', []], ['empty keyFacts', { keyFacts: [] }], ['other fields only', { tldr: 'A summary', confirmed: ['x'] }]];
      for (const [name, data] of cases) {
        const el = await fixture<NbKeyFacts>(html`<nb-key-facts theme="light" heading="Not shown" style=${PAGE_STYLES} .data=${data}></nb-key-facts>`);
        const { warnings, errors } = await captureErrors(el, () => settled(el));
        expect(errors, name).to.have.length(0);
        expect(warnings, name).to.have.length(0);
        expect(el.getBoundingClientRect().height, name).to.equal(0);
        expect(shadowText(el), name).to.equal('');
      }
    });

    it('takes no space, and reports, when every fact is invalid', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts style=${PAGE_STYLES}></nb-key-facts>`);
      const { errors } = await captureErrors(el, async () => {
        el.data = withFacts([{ label: 'only a label' }, { text: '   ' }]);
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0].problems).to.deep.equal(['keyFacts[0].text is missing', 'keyFacts[1].text is empty']);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('shows thousands of facts', async () => {
      const facts = Array.from({ length: 3000 }, (_, i) => ({ label: `Fact ${i}`, text: `Text ${i}` }));
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${facts as unknown as Article}></nb-key-facts>`);
      expect(texts(el)).to.have.length(3000);
      expect(labels(el)[2999]).to.equal('Fact 2999');
    });
  });

  describe('dynamic use', () => {
    it('renders when created with document.createElement, given data, then appended', async () => {
      const wrapper = fixtureSync(html`<div></div>`);
      const el = document.createElement('nb-key-facts');
      el.data = seed;
      wrapper.append(el);
      await settled(el);
      expect(labels(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.label));
    });

    it('re-renders when its data is replaced', async () => {
      const el = await fixture<NbKeyFacts>(html`<nb-key-facts .data=${seed}></nb-key-facts>`);
      el.data = second;
      await settled(el);
      expect(labels(el)).to.deep.equal(second.keyFacts.map((fact) => fact.label));
      el.data = withFacts([]);
      await settled(el);
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.data = seed;
      await settled(el);
      expect(texts(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.text));
    });

    it('still renders after being moved to another parent', async () => {
      const wrapper = fixtureSync(html`<div><section></section><aside></aside></div>`);
      const el = document.createElement('nb-key-facts');
      el.data = seed;
      wrapper.querySelector('section')!.append(el);
      await settled(el);
      wrapper.querySelector('aside')!.append(el);
      await settled(el);
      expect(el.parentElement!.localName).to.equal('aside');
      expect(labels(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.label));
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('finishes loading `src` after being moved mid-fetch, without reporting an error', async () => {
      const wrapper = fixtureSync(html`<div><section></section><aside></aside></div>`);
      const el = document.createElement('nb-key-facts');
      el.src = SLOW_SEED_URL;
      wrapper.querySelector('section')!.append(el);
      await settled(el);
      expect(isLoading(el)).to.be.true;
      const { errors, warnings } = await captureErrors(el, async () => {
        wrapper.querySelector('aside')!.append(el);
        await settled(el);
        await finishLoading(el);
      });
      expect(errors).to.have.length(0);
      expect(warnings).to.have.length(0);
      expect(texts(el)).to.deep.equal(seed.keyFacts.map((fact) => fact.text));
    });
  });
});
