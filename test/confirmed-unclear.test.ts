import '../src/confirmed-unclear/define.js';
import { aTimeout, fixtureSync } from '@open-wc/testing';
import type { NbConfirmedUnclear } from '../src/confirmed-unclear/define.js';
import type { Article, NbErrorDetail } from '../src/index.js';
import { captureErrors, clone, expect, finishLoading, fixture, fold, html, isLoading, itemText, itNamesTheChannel, itReportsUnreadableInput, luminance, oneEvent, PAGE_STYLES, pwned, second, seed, SEED_URL, settled, shadow, shadowText, SLOW_SEED_URL } from './helpers.js';


type Kind = 'confirmed' | 'unclear';
const group = (el: Element, kind: Kind) => shadow(el).querySelector<HTMLElement>(`.group.${kind}`);
const items = (el: Element, kind: Kind) => [...(group(el, kind)?.querySelectorAll('ul > li') ?? [])].map(itemText);
const groupHeading = (el: Element, kind: Kind) => group(el, kind)!.querySelector('.heading')!;
const headings = (el: Element) => [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
const lists = (confirmed: unknown, unclear?: unknown): Article => ({ confirmed, unclear }) as Article;


/** The panel in a box `width` wide. */
async function inBox(width: string, data: Article) {
  const box = fixtureSync(html`<div style="width: ${width}"><nb-confirmed-unclear .data=${data}></nb-confirmed-unclear></div>`);
  const el = box.querySelector<NbConfirmedUnclear>('nb-confirmed-unclear')!;
  await settled(el);
  return el;
}

describe('<nb-confirmed-unclear>', () => {
  describe('renders its data', () => {
    it('shows the seed article’s two lists under a "What we know" heading', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${seed}></nb-confirmed-unclear>`);
      expect(headings(el).map((h) => [h.localName, fold(h.textContent)])).to.deep.equal([
        ['h2', 'What we know'],
        ['h3', 'Confirmed'],
        ['h3', 'Still unclear'],
      ]);
      expect(shadow(el).querySelectorAll('ul')).to.have.length(2);
      expect(items(el, 'confirmed')).to.deep.equal(seed.confirmed);
      expect(items(el, 'unclear')).to.deep.equal(seed.unclear);
    });

    it('shows the second fixture’s lists, and none of its other fields', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${second}></nb-confirmed-unclear>`);
      expect(items(el, 'confirmed')).to.deep.equal(second.confirmed);
      expect(items(el, 'unclear')).to.deep.equal(second.unclear);
      const text = shadowText(el);
      expect(text).not.to.contain(second.tldr);
      expect(text).not.to.contain(second.keyFacts[0].text);
      expect(text).not.to.contain(second.sources[0].title);
    });

    it('tells the lists apart by heading and icon, not colour alone', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${seed}></nb-confirmed-unclear>`);
      const icons = (['confirmed', 'unclear'] as const).map((kind) => groupHeading(el, kind).querySelector('svg.icon')!);
      for (const icon of icons) {
        expect(icon, 'an icon in each group heading').to.exist;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
      }
      expect(icons[0].innerHTML, 'the two icons differ in shape').not.to.equal(icons[1].innerHTML);
      // The label is the heading's own text, beside the icon: no <span> around it.
      expect([...groupHeading(el, 'confirmed').children].map((child) => child.localName)).to.deep.equal(['svg']);
      expect(fold(groupHeading(el, 'confirmed').textContent)).to.equal('Confirmed');
      expect(fold(groupHeading(el, 'confirmed').textContent)).not.to.equal(fold(groupHeading(el, 'unclear').textContent));
      // The item markers differ in shape too: a filled square and a hollow circle.
      const marker = (kind: Kind) => getComputedStyle(group(el, kind)!.querySelector('li')!, '::before');
      expect(marker('confirmed').borderRadius).not.to.equal(marker('unclear').borderRadius);
      expect(marker('unclear').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(marker('confirmed').backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    });

    it('puts the lists side by side when wide (900px)', async () => {
      const el = await inBox('900px', seed);
      const [confirmed, unclear] = [group(el, 'confirmed')!, group(el, 'unclear')!];
      expect(confirmed.offsetTop).to.equal(unclear.offsetTop);
      expect(unclear.getBoundingClientRect().left).to.be.greaterThan(confirmed.getBoundingClientRect().right);
    });

    it('stacks the lists when narrow (320px)', async () => {
      const el = await inBox('320px', seed);
      const [confirmed, unclear] = [group(el, 'confirmed')!, group(el, 'unclear')!];
      expect(unclear.offsetTop).to.be.greaterThan(confirmed.offsetTop);
      expect(unclear.getBoundingClientRect().top).to.be.at.least(confirmed.getBoundingClientRect().bottom);
      expect(unclear.getBoundingClientRect().left).to.equal(confirmed.getBoundingClientRect().left);
    });

    it('switches from stacked to side by side when its box widens', async () => {
      const el = await inBox('320px', seed);
      expect(group(el, 'unclear')!.offsetTop).to.be.greaterThan(group(el, 'confirmed')!.offsetTop);
      el.parentElement!.style.width = '900px';
      expect(group(el, 'unclear')!.offsetTop).to.equal(group(el, 'confirmed')!.offsetTop);
    });

    it('shows only one list when the other field is missing, using the full width', async () => {
      for (const [present, absent] of [['confirmed', 'unclear'], ['unclear', 'confirmed']] as const) {
        const el = await inBox('900px', { [present]: seed[present] });
        expect(shadow(el).querySelectorAll('ul'), present).to.have.length(1);
        expect(items(el, present)).to.deep.equal(seed[present]);
        expect(group(el, absent), absent).to.equal(null);
        expect(headings(el).map((h) => fold(h.textContent))).to.deep.equal(['What we know', present === 'confirmed' ? 'Confirmed' : 'Still unclear']);
        const columns = shadow(el).querySelector<HTMLElement>('.columns')!;
        expect(group(el, present)!.offsetWidth).to.equal(columns.clientWidth);
      }
    });

    it('uses heading-level for its heading, the groups one level below, clamped to 2–6', async () => {
      for (const [level, tags] of [['3', ['h3', 'h4', 'h4']], ['5', ['h5', 'h6', 'h6']], ['1', ['h2', 'h3', 'h3']], ['6', ['h6', 'h6', 'h6']], ['12', ['h6', 'h6', 'h6']]] as const) {
        const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear heading-level=${level} .data=${seed}></nb-confirmed-unclear>`);
        expect(headings(el).map((h) => h.localName), `heading-level="${level}"`).to.deep.equal(tags);
      }
    });

    it('lets the heading attribute and the labels JSON replace heading texts', async () => {
      const byHeading = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear heading="Where things stand" .data=${seed}></nb-confirmed-unclear>`);
      expect(headings(byHeading).map((h) => fold(h.textContent))).to.deep.equal(['Where things stand', 'Confirmed', 'Still unclear']);
      const byLabels = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear labels='{"confirmed":"Known","unclear":"Open questions","confirmedUnclear":"The state of play"}' .data=${seed}></nb-confirmed-unclear>`);
      expect(headings(byLabels).map((h) => fold(h.textContent))).to.deep.equal(['The state of play', 'Known', 'Open questions']);
      const both = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear heading="Where things stand" labels='{"confirmedUnclear":"The state of play"}' .data=${seed}></nb-confirmed-unclear>`);
      expect(fold(headings(both)[0].textContent), 'heading beats labels').to.equal('Where things stand');
    });

    it('renders the inline subset in items as <strong>, <em> and <a>', async () => {
      const data = lists(['Meta **paused** the program, [per the Guardian](https://www.theguardian.com/technology).'], ['Whether it will *resume*.']);
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${data}></nb-confirmed-unclear>`);
      const confirmed = group(el, 'confirmed')!;
      expect(confirmed.querySelector('li strong')!.textContent).to.equal('paused');
      const link = confirmed.querySelector('li a')!;
      expect(link.textContent).to.equal('per the Guardian');
      expect(link.getAttribute('href')).to.equal('https://www.theguardian.com/technology');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(group(el, 'unclear')!.querySelector('li em')!.textContent).to.equal('resume');
      expect(items(el, 'confirmed')).to.deep.equal(['Meta paused the program, per the Guardian.']);
      expect(shadowText(el)).not.to.contain('*');
    });
  });

  describe('each data channel', () => {
    it('reads the data property (an object)', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${lists(['By property.'], ['Also by property.'])}></nb-confirmed-unclear>`);
      expect(items(el, 'confirmed')).to.deep.equal(['By property.']);
      expect(items(el, 'unclear')).to.deep.equal(['Also by property.']);
    });

    it('reads the data attribute (JSON text)', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear data=${JSON.stringify(second)}></nb-confirmed-unclear>`);
      expect(items(el, 'confirmed')).to.deep.equal(second.confirmed);
      expect(items(el, 'unclear')).to.deep.equal(second.unclear);
    });

    it('reads the <script type="application/json"> that `for` names', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="cu-article">${JSON.stringify(second)}</script>
        <nb-confirmed-unclear for="cu-article"></nb-confirmed-unclear>
      </div>`);
      const el = wrapper.querySelector<NbConfirmedUnclear>('nb-confirmed-unclear')!;
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(second.confirmed);
    });

    it('lets one `for` script feed several elements', async () => {
      const wrapper = fixtureSync(`<div>
        <nb-confirmed-unclear for="cu-shared"></nb-confirmed-unclear>
        <script type="application/json" id="cu-shared">${JSON.stringify(seed)}</script>
        <p>Article text</p>
        <nb-confirmed-unclear for="cu-shared" heading="Again"></nb-confirmed-unclear>
      </div>`);
      const elements = [...wrapper.querySelectorAll<NbConfirmedUnclear>('nb-confirmed-unclear')];
      for (const el of elements) {
        await settled(el);
        expect(items(el, 'unclear')).to.deep.equal(seed.unclear);
      }
    });

    it('fetches `src`, showing an aria-busy skeleton first and the content after', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear src=${SLOW_SEED_URL}></nb-confirmed-unclear>`);
      const busy = shadow(el).querySelector('[aria-busy="true"]')!;
      expect(busy, 'the loading state').to.exist;
      expect(busy.querySelector('.skeleton[aria-hidden="true"]')).to.exist;
      expect(busy.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      expect(shadow(el).querySelector('ul')).to.equal(null);
      expect(el.getBoundingClientRect().height, 'the skeleton takes space').to.be.greaterThan(0);
      await finishLoading(el);
      expect(items(el, 'confirmed')).to.deep.equal(seed.confirmed);
      expect(items(el, 'unclear')).to.deep.equal(seed.unclear);
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
    });

    it('takes the first channel present: property, then attribute, then for, then src', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="cu-precedence">{"confirmed":["From the script."]}</script>
        <nb-confirmed-unclear data='{"confirmed":["From the attribute."]}' for="cu-precedence" src="${SLOW_SEED_URL}"></nb-confirmed-unclear>
      </div>`);
      const el = wrapper.querySelector<NbConfirmedUnclear>('nb-confirmed-unclear')!;
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(['From the attribute.']);
      el.data = lists(['From the property.']);
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(['From the property.']);
      el.data = undefined;
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(['From the attribute.']);
      el.removeAttribute('data');
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(['From the script.']);
      el.removeAttribute('for');
      await settled(el);
      expect(isLoading(el), 'src is fetched only now').to.be.true;
      await finishLoading(el);
      expect(items(el, 'confirmed')).to.deep.equal(seed.confirmed);
    });

    it('re-renders when any channel changes', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="cu-one">{"unclear":["Script one."]}</script>
        <script type="application/json" id="cu-two">{"unclear":["Script two."]}</script>
        <nb-confirmed-unclear></nb-confirmed-unclear>
      </div>`);
      const el = wrapper.querySelector<NbConfirmedUnclear>('nb-confirmed-unclear')!;
      el.src = SEED_URL;
      await settled(el);
      await finishLoading(el);
      expect(items(el, 'unclear')).to.deep.equal(seed.unclear);
      el.src = '/test/fixtures/meta-mouse-tracker.json';
      await settled(el);
      await finishLoading(el);
      expect(items(el, 'unclear')).to.deep.equal(second.unclear);
      for (const [id, expected] of [['cu-one', 'Script one.'], ['cu-two', 'Script two.']]) {
        el.setAttribute('for', id);
        await settled(el);
        expect(items(el, 'unclear')).to.deep.equal([expected]);
      }
      for (const n of [1, 2]) {
        el.setAttribute('data', JSON.stringify({ unclear: [`Attribute ${n}.`] }));
        await settled(el);
        expect(items(el, 'unclear')).to.deep.equal([`Attribute ${n}.`]);
      }
      for (const n of [1, 2]) {
        el.data = lists([`Property ${n}.`]);
        await settled(el);
        expect(items(el, 'confirmed')).to.deep.equal([`Property ${n}.`]);
        expect(group(el, 'unclear')).to.equal(null);
      }
    });

    it('does not take a bare array as data (it could be either list), and says so', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear style=${PAGE_STYLES}></nb-confirmed-unclear>`);
      const { errors, warnings } = await captureErrors(el, async () => {
        el.setAttribute('data', '["Which list is this?"]');
        await settled(el);
      });
      expect(errors.map((e) => e.message)).to.deep.equal(['the article should be a JSON object, not array']);
      expect(warnings).to.have.length(1);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('events', () => {
    it('fires nb-error that bubbles and is composed, out of a shadow root, with { message, source, problems }', async () => {
      const host = fixtureSync(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('nb-confirmed-unclear');
      root.append(el);
      let path: EventTarget[] = [];
      document.addEventListener('nb-error', (event) => (path = event.composedPath()), { once: true });
      let event!: CustomEvent<NbErrorDetail>;
      const { warnings } = await captureErrors(document, async () => {
        const heard = oneEvent(document, 'nb-error');
        el.data = lists(['Valid.', 3], { not: 'a list' });
        event = (await heard) as CustomEvent<NbErrorDetail>;
      });
      expect(warnings).to.have.length(1);
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(path[0] === el, 'dispatched by the element').to.be.true;
      expect(event.target === host, 'retargeted to the shadow host: it left the shadow root').to.be.true;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['message', 'problems', 'source']);
      expect(event.detail).to.deep.equal({
        message: 'confirmed[1] should be a string, not number (and 1 more problem)',
        source: 'data',
        problems: ['confirmed[1] should be a string, not number', 'unclear should be an array, not object'],
      });
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(['Valid.']);
    });

    itNamesTheChannel('nb-confirmed-unclear', () => lists('all good'));
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${seed}></nb-confirmed-unclear>`);
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe with theme="${theme}"`, async () => {
        const data = lists([...seed.confirmed, 'Reported by [the Guardian](https://www.theguardian.com/).'], seed.unclear);
        const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear theme=${theme} .data=${data}></nb-confirmed-unclear>`);
        expect(shadow(el).querySelector('a')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with only one list', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear theme="dark" .data=${lists(undefined, seed.unclear)}></nb-confirmed-unclear>`);
      expect(shadow(el).querySelectorAll('ul')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear src=${SLOW_SEED_URL}></nb-confirmed-unclear>`);
      expect(isLoading(el)).to.be.true;
      await expect(el).to.be.accessible();
      await finishLoading(el);
    });

    it('is light text on a dark background with theme="dark"', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear theme="dark" .data=${seed}></nb-confirmed-unclear>`);
      const card = getComputedStyle(shadow(el).querySelector('.card')!);
      for (const selector of ['.confirmed li', '.unclear li', '.confirmed .heading']) {
        const color = getComputedStyle(shadow(el).querySelector(selector)!).color;
        expect(luminance(color), `${selector} ${color}`).to.be.greaterThan(0.6);
      }
      expect(luminance(card.backgroundColor), `background ${card.backgroundColor}`).to.be.lessThan(0.05);
    });
  });

  describe('bad input', () => {
    afterEach(() => Reflect.deleteProperty(window, '__pwned'));

    it('shows HTML and script in items as literal characters, through the property and the attribute', async () => {
      const img = '<img src=x onerror="window.__pwned=1">';
      const script = '<script>window.__pwned=2</script>';
      const data = lists([img, `text ${script}`], [script, `<b>bold?</b> ${img}`]);
      const byProperty = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${data}></nb-confirmed-unclear>`);
      const byAttribute = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear data=${JSON.stringify(data)}></nb-confirmed-unclear>`);
      await aTimeout(100); // an <img onerror> would have fired by now
      expect(pwned()).to.equal(undefined);
      for (const el of [byProperty, byAttribute]) {
        expect(shadow(el).querySelector('img, script, b')).to.equal(null);
        expect(items(el, 'confirmed')).to.deep.equal([img, `text ${script}`]);
        expect(items(el, 'unclear')).to.deep.equal([script, `<b>bold?</b> ${img}`]);
      }
    });

    it('never links javascript:, data:, vbscript: or relative URLs in [text](url)', async () => {
      const bad = ['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox', ' JaVaScRiPt:window.__pwned=1', 'java\nscript:window.__pwned=1', 'JAVASCRIPT:window.__pwned=1', '/relative/page'];
      const data = lists([...bad.map((url, i) => `[bad${i}](${url})`), '[good](https://example.com/ok)'], bad.map((url, i) => `[worse${i}](${url})`));
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${data}></nb-confirmed-unclear>`);
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href')), 'only the https link').to.deep.equal(['https://example.com/ok']);
      const shown = shadowText(el);
      bad.forEach((_, i) => expect(shown).to.contain(`bad${i}`).and.to.contain(`worse${i}`));
      expect(pwned()).to.equal(undefined);
    });

    it('shows the valid items and reports the wrong types once per read', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear style=${PAGE_STYLES}></nb-confirmed-unclear>`);
      const data = lists(['Valid one.', 42, null, { text: 'an object' }, ['nested'], '   ', 'Valid two.'], [true, 'Still valid.']);
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
      expect(errors[0].problems).to.deep.equal([
        'confirmed[1] should be a string, not number',
        'confirmed[2] is missing',
        'confirmed[4] should be a string, not array',
        'confirmed[5] is empty',
        'unclear[0] should be a string, not boolean',
      ]);
      // `{ text }` is the object form of a statement (it may carry `cites`).
      expect(items(el, 'confirmed')).to.deep.equal(['Valid one.', 'an object', 'Valid two.']);
      expect(items(el, 'unclear')).to.deep.equal(['Still valid.']);

      const again = await captureErrors(el, async () => {
        el.data = clone(data);
        await settled(el);
      });
      expect(again.errors, 'a second read is reported again').to.have.length(1);
      expect(again.warnings).to.have.length(1);
    });

    it('reports lists that are not arrays, and shows the other list', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear style=${PAGE_STYLES}></nb-confirmed-unclear>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = lists('Meta paused it.', seed.unclear);
        await settled(el);
      });
      expect(errors.map((e) => e.message)).to.deep.equal(['confirmed should be an array, not string']);
      expect(warnings).to.have.length(1);
      expect(group(el, 'confirmed')).to.equal(null);
      expect(items(el, 'unclear')).to.deep.equal(seed.unclear);
    });

    it('ignores the fields it does not show, even when they are broken', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear style=${PAGE_STYLES}></nb-confirmed-unclear>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { confirmed: ['Shown.'], tldr: 5, keyFacts: 'x', sources: {} } as never;
        await settled(el);
      });
      expect(errors).to.have.length(0);
      expect(warnings).to.have.length(0);
      expect(items(el, 'confirmed')).to.deep.equal(['Shown.']);
    });

    itReportsUnreadableInput('nb-confirmed-unclear', '{"confirmed": ["a"], "unclear": ["b"]');

    it('takes no space with no data or empty data', async () => {
      const cases: [string, unknown][] = [['none', undefined], ['{}', {}], ['empty lists', { confirmed: [], unclear: [] }], ['other fields only', { tldr: 'A summary', keyFacts: seed.keyFacts }]];
      for (const [name, data] of cases) {
        const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear theme="dark" heading="Not shown" style=${PAGE_STYLES} .data=${data}></nb-confirmed-unclear>`);
        const { warnings, errors } = await captureErrors(el, () => settled(el));
        expect(errors, name).to.have.length(0);
        expect(warnings, name).to.have.length(0);
        expect(el.getBoundingClientRect().height, name).to.equal(0);
        expect(shadowText(el), name).to.equal('');
      }
    });
  });

  describe('dynamic use', () => {
    it('renders when created with document.createElement, given data, then appended', async () => {
      const wrapper = fixtureSync(html`<div></div>`);
      const el = document.createElement('nb-confirmed-unclear');
      el.data = seed;
      wrapper.append(el);
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(seed.confirmed);
      expect(items(el, 'unclear')).to.deep.equal(seed.unclear);
    });

    it('re-renders when its data is replaced', async () => {
      const el = await fixture<NbConfirmedUnclear>(html`<nb-confirmed-unclear .data=${seed}></nb-confirmed-unclear>`);
      el.data = second;
      await settled(el);
      expect(items(el, 'unclear')).to.deep.equal(second.unclear);
      el.data = lists(undefined, ['Only this.']);
      await settled(el);
      expect(group(el, 'confirmed')).to.equal(null);
      expect(items(el, 'unclear')).to.deep.equal(['Only this.']);
      el.data = {};
      await settled(el);
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.data = seed;
      await settled(el);
      expect(items(el, 'confirmed')).to.deep.equal(seed.confirmed);
    });

    it('still renders after being moved to another parent, and re-lays out for its new width', async () => {
      const wrapper = fixtureSync(html`<div><section style="width: 900px"></section><aside style="width: 320px"></aside></div>`);
      const el = document.createElement('nb-confirmed-unclear');
      el.data = seed;
      wrapper.querySelector('section')!.append(el);
      await settled(el);
      expect(group(el, 'unclear')!.offsetTop).to.equal(group(el, 'confirmed')!.offsetTop);
      wrapper.querySelector('aside')!.append(el);
      await settled(el);
      expect(el.parentElement!.localName).to.equal('aside');
      expect(items(el, 'confirmed')).to.deep.equal(seed.confirmed);
      expect(group(el, 'unclear')!.offsetTop).to.be.greaterThan(group(el, 'confirmed')!.offsetTop);
    });

    it('finishes loading `src` after being moved mid-fetch, without reporting an error', async () => {
      const wrapper = fixtureSync(html`<div><section></section><aside></aside></div>`);
      const el = document.createElement('nb-confirmed-unclear');
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
      expect(items(el, 'unclear')).to.deep.equal(seed.unclear);
    });
  });
});
