import '../src/sources/define.js';
import '../src/locales/register/de.js';
import '../src/locales/register/fr.js';
import { aTimeout, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NbSources } from '../src/sources/define.js';
import type { Article, NbErrorDetail, Source } from '../src/index.js';
import { captureErrors, clone, expect, finishLoading, fixture, fold, html, isLoading, itNamesTheChannel, itReportsUnreadableInput, luminance, oneEvent, PAGE_STYLES, pwned, second, seed, SEED_URL, settled, shadow, shadowText, SLOW_SEED_URL } from './helpers.js';


const entries = (el: Element) => [...shadow(el).querySelectorAll('ol > li')];
const titles = (el: Element) => entries(el).map((li) => fold(li.querySelector('.title')?.textContent));
const links = (el: Element) => [...shadow(el).querySelectorAll('a')];
const dates = (el: Element) => [...shadow(el).querySelectorAll('time')].map((time) => time.textContent);
const headings = (el: Element) => [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
const withSources = (sources: unknown): Article => ({ sources: sources as Source[] });

/** The seed's sources, with URLs: https, http, another scheme, and none. */
const linked = (): Article => {
  const urls = ['https://www.theguardian.com/technology/meta-tracker', 'http://www.inkl.com/news/meta', 'ftp://files.example.com/report.txt'];
  return { ...clone(seed), sources: seed.sources.map((source, i) => (urls[i] ? { ...source, url: urls[i] } : { ...source })) };
};


describe('<nb-sources>', () => {
  describe('renders its data', () => {
    it('shows the seed article’s sources as a numbered list under a "Sources" heading', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${seed}></nb-sources>`);
      expect(headings(el).map((h) => [h.localName, h.textContent])).to.deep.equal([['h2', 'Sources']]);
      const ol = shadow(el).querySelectorAll('ol');
      expect(ol).to.have.length(1);
      expect(getComputedStyle(entries(el)[0]).display).to.equal('list-item');
      expect(titles(el)).to.deep.equal(seed.sources.map((source) => source.title));
      const meta = (li: Element) => [fold(li.querySelector('.meta')?.textContent), li.querySelector('.meta > time')?.textContent ?? null];
      expect(entries(el).map(meta)).to.deep.equal([
        ['The Guardian · June 25, 2026', 'June 25, 2026'],
        ['inkl · June 23, 2026', 'June 23, 2026'],
        ['Business Insider', null],
        ['Hacker News', null],
      ]);
    });

    it('shows the second fixture’s sources, and none of its other fields', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${second}></nb-sources>`);
      expect(titles(el)).to.deep.equal(second.sources.map((source) => source.title));
      expect(dates(el)).to.deep.equal(['June 25, 2026', 'June 23, 2026']);
      const text = shadowText(el);
      expect(text).not.to.contain(second.tldr);
      expect(text).not.to.contain(second.confirmed[0]);
      expect(text).not.to.contain(second.keyFacts[0].label);
    });

    it('shows publisher and date beside the title, the date as a <time> with its ISO value', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${seed}></nb-sources>`);
      const first = entries(el)[0];
      const meta = first.querySelector('.meta')!;
      const time = meta.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2026-06-25');
      expect(time.textContent).to.equal('June 25, 2026');
      // The separator between publisher and date is text, with no wrapper around the publisher (nor a ::before,
      // which screen readers read all the same): an element and a pseudo-element less for every source.
      expect(fold(meta.textContent)).to.equal('The Guardian · June 25, 2026');
      expect(meta.firstElementChild).to.equal(time);
      expect(getComputedStyle(time, '::before').content).to.equal('none');
      // A source with a publisher and no date shows no <time>, and no separator.
      expect(entries(el)[2].querySelector('time')).to.equal(null);
      expect(fold(entries(el)[2].querySelector('.meta')!.textContent)).to.equal('Business Insider');
      // A date and no publisher: the date alone.
      const dated = await fixture<NbSources>(html`<nb-sources .data=${withSources([{ title: 'T', date: '2026-06-25' }])}></nb-sources>`);
      expect(fold(entries(dated)[0].querySelector('.meta')!.textContent)).to.equal('June 25, 2026');
    });

    it('links a title only for http(s) URLs, with rel="noopener noreferrer"; otherwise it is text', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${linked()}></nb-sources>`);
      expect(links(el).map((a) => [a.getAttribute('href'), a.getAttribute('rel'), fold(a.textContent)])).to.deep.equal([
        ['https://www.theguardian.com/technology/meta-tracker', 'noopener noreferrer', seed.sources[0].title],
        ['http://www.inkl.com/news/meta', 'noopener noreferrer', seed.sources[1].title],
      ]);
      const [, , ftp, none] = entries(el);
      for (const li of [ftp, none]) {
        expect(li.querySelector('a')).to.equal(null);
        expect(li.querySelector('span.title')).to.exist;
      }
      expect(fold(ftp.querySelector('.title')!.textContent)).to.equal(seed.sources[2].title);
      expect(fold(none.querySelector('.title')!.textContent)).to.equal(seed.sources[3].title);
    });

    it('shows a source with only a title as its title alone', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${withSources([{ title: 'Only a title' }])}></nb-sources>`);
      expect(fold(entries(el)[0].textContent)).to.equal('Only a title');
      expect(entries(el)[0].querySelector('.meta, a, time')).to.equal(null);
    });

    it('formats dates with Intl in the language of an ancestor', async () => {
      const wrapper = fixtureSync(html`<div lang="fr"><nb-sources .data=${seed}></nb-sources></div>`);
      const el = wrapper.querySelector<NbSources>('nb-sources')!;
      await settled(el);
      expect(dates(el)).to.deep.equal(['25 juin 2026', '23 juin 2026']);
    });

    it('formats dates in the element’s own language, which beats an ancestor’s and the article’s', async () => {
      const wrapper = fixtureSync(html`<div lang="fr"><nb-sources lang="de" .data=${{ ...seed, lang: 'es' }}></nb-sources></div>`);
      const el = wrapper.querySelector<NbSources>('nb-sources')!;
      await settled(el);
      expect(dates(el)).to.deep.equal(['25. Juni 2026', '23. Juni 2026']);
    });

    it('re-formats dates when its own lang changes', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${seed}></nb-sources>`);
      expect(dates(el)[0]).to.equal('June 25, 2026');
      el.lang = 'fr';
      await settled(el);
      expect(dates(el)[0]).to.equal('25 juin 2026');
      el.removeAttribute('lang');
      await settled(el);
      expect(dates(el)[0]).to.equal('June 25, 2026');
    });

    it('keeps a date-only date on its calendar day in every time zone', async () => {
      const OriginalFormat = Intl.DateTimeFormat;
      const cases = [
        ['Pacific/Kiritimati', 'en-GB', '25 June 2026'], // UTC+14
        ['Pacific/Pago_Pago', 'en-US', 'June 25, 2026'], // UTC−11
        ['America/Los_Angeles', 'fr-CA', '25 juin 2026'],
        ['Asia/Tokyo', 'de-AT', '25. Juni 2026'],
      ] as const;
      try {
        for (const [zone, lang, expected] of cases) {
          // The reader's time zone, for every formatter that does not name one.
          const InZone = function (this: unknown, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
            return new OriginalFormat(locales, { timeZone: zone, ...options });
          } as unknown as typeof Intl.DateTimeFormat;
          Intl.DateTimeFormat = Object.assign(InZone, { supportedLocalesOf: OriginalFormat.supportedLocalesOf });
          // Sanity: in this zone, naive formatting of the day's UTC midnight would land on another day.
          const naive = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date('2026-06-25T00:00:00Z'));
          if (zone === 'Pacific/Pago_Pago' || zone === 'America/Los_Angeles') expect(naive, zone).not.to.equal(expected);
          const el = await fixture<NbSources>(html`<nb-sources lang=${lang} .data=${withSources([{ title: 'T', date: '2026-06-25' }])}></nb-sources>`);
          expect(dates(el), `${zone} (${lang})`).to.deep.equal([expected]);
        }
      } finally {
        Intl.DateTimeFormat = OriginalFormat;
      }
    });

    it('accepts date-times as source dates', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${withSources([{ title: 'T', date: '2026-06-25T12:00:00Z' }, { title: 'U', date: '2026-06-23T08:30:00+02:00' }])}></nb-sources>`);
      expect(dates(el)).to.have.length(2);
      expect(dates(el)[0]).to.match(/^June 2[56], 2026$/);
      expect(shadow(el).querySelectorAll('time')[1].getAttribute('datetime')).to.equal('2026-06-23T08:30:00+02:00');
    });

    it('uses heading-level for its heading, clamped to 2–6', async () => {
      for (const [level, tag] of [['3', 'h3'], ['4', 'h4'], ['1', 'h2'], ['99', 'h6'], ['', 'h2']]) {
        const el = await fixture<NbSources>(html`<nb-sources heading-level=${level} .data=${seed}></nb-sources>`);
        expect(headings(el).map((h) => h.localName), `heading-level="${level}"`).to.deep.equal([tag]);
      }
    });

    it('lets the heading attribute and the labels JSON replace the heading text', async () => {
      const byLabels = await fixture<NbSources>(html`<nb-sources labels='{"sources":"Further reading"}' .data=${seed}></nb-sources>`);
      expect(headings(byLabels)[0].textContent).to.equal('Further reading');
      const byHeading = await fixture<NbSources>(html`<nb-sources heading="Where this comes from" .data=${seed}></nb-sources>`);
      expect(headings(byHeading)[0].textContent).to.equal('Where this comes from');
      const both = await fixture<NbSources>(html`<nb-sources heading="Where this comes from" labels='{"sources":"Further reading"}' .data=${seed}></nb-sources>`);
      expect(headings(both)[0].textContent, 'heading beats labels').to.equal('Where this comes from');
    });

    it('trims stray emphasis markers around titles and publishers', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${withSources([{ title: '**Meta pauses tracker\n**', publisher: '*The Guardian*' }])}></nb-sources>`);
      expect(titles(el)).to.deep.equal(['Meta pauses tracker']);
      expect(shadowText(el)).not.to.contain('*');
    });

    it('honours **bold** and *italic* inside titles and publishers, without nesting links in the title link', async () => {
      const el = await fixture<NbSources>(
        html`<nb-sources .data=${withSources([{ title: 'The *Lancet* study on [tracking](https://x.example)', publisher: 'Published in **Nature**', url: 'https://example.com/study' }])}></nb-sources>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('a.title em')!.textContent).to.equal('Lancet');
      expect(root.querySelector('.meta strong')!.textContent).to.equal('Nature');
      expect(root.querySelectorAll('a')).to.have.length(1);
      expect(titles(el)).to.deep.equal(['The Lancet study on tracking']);
    });
  });

  describe('each data channel', () => {
    it('reads the data property (an object)', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${withSources([{ title: 'By property' }])}></nb-sources>`);
      expect(titles(el)).to.deep.equal(['By property']);
    });

    it('reads the data attribute (JSON text)', async () => {
      const el = await fixture<NbSources>(html`<nb-sources data=${JSON.stringify(linked())}></nb-sources>`);
      expect(titles(el)).to.deep.equal(seed.sources.map((source) => source.title));
      expect(links(el)).to.have.length(2);
    });

    it('reads the <script type="application/json"> that `for` names', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="sources-article">${JSON.stringify(second)}</script>
        <nb-sources for="sources-article"></nb-sources>
      </div>`);
      const el = wrapper.querySelector<NbSources>('nb-sources')!;
      await settled(el);
      expect(titles(el)).to.deep.equal(second.sources.map((source) => source.title));
    });

    it('fetches `src`, showing an aria-busy skeleton first and the content after', async () => {
      const el = await fixture<NbSources>(html`<nb-sources src=${SLOW_SEED_URL}></nb-sources>`);
      const busy = shadow(el).querySelector('[aria-busy="true"]')!;
      expect(busy, 'the loading state').to.exist;
      expect(busy.querySelector('.skeleton[aria-hidden="true"]')).to.exist;
      expect(busy.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      expect(shadow(el).querySelector('ol')).to.equal(null);
      expect(el.getBoundingClientRect().height, 'the skeleton takes space').to.be.greaterThan(0);
      await finishLoading(el);
      expect(titles(el)).to.deep.equal(seed.sources.map((source) => source.title));
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
    });

    it('takes a bare array of sources as data, through the property and the attribute', async () => {
      const byProperty = await fixture<NbSources>(html`<nb-sources .data=${[{ title: 'Bare', url: 'https://example.com/' }] as unknown as Article}></nb-sources>`);
      expect(titles(byProperty)).to.deep.equal(['Bare']);
      expect(links(byProperty).map((a) => a.href)).to.deep.equal(['https://example.com/']);
      const byAttribute = await fixture<NbSources>(html`<nb-sources data=${JSON.stringify(second.sources)}></nb-sources>`);
      expect(titles(byAttribute)).to.deep.equal(second.sources.map((source) => source.title));
    });

    it('takes the first channel present: property, then attribute, then for, then src', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="sources-precedence">[{"title":"From the script"}]</script>
        <nb-sources data='[{"title":"From the attribute"}]' for="sources-precedence" src="${SLOW_SEED_URL}"></nb-sources>
      </div>`);
      const el = wrapper.querySelector<NbSources>('nb-sources')!;
      await settled(el);
      expect(titles(el)).to.deep.equal(['From the attribute']);
      el.data = withSources([{ title: 'From the property' }]);
      await settled(el);
      expect(titles(el)).to.deep.equal(['From the property']);
      el.data = undefined;
      await settled(el);
      expect(titles(el)).to.deep.equal(['From the attribute']);
      el.removeAttribute('data');
      await settled(el);
      expect(titles(el)).to.deep.equal(['From the script']);
      el.removeAttribute('for');
      await settled(el);
      expect(isLoading(el), 'src is fetched only now').to.be.true;
      await finishLoading(el);
      expect(titles(el)).to.deep.equal(seed.sources.map((source) => source.title));
    });

    it('re-renders when any channel changes', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="sources-one">[{"title":"Script one"}]</script>
        <script type="application/json" id="sources-two">[{"title":"Script two"}]</script>
        <nb-sources></nb-sources>
      </div>`);
      const el = wrapper.querySelector<NbSources>('nb-sources')!;
      el.src = SEED_URL;
      await settled(el);
      await finishLoading(el);
      expect(titles(el)).to.have.length(seed.sources.length);
      el.src = '/test/fixtures/meta-mouse-tracker.json';
      await settled(el);
      await finishLoading(el);
      expect(titles(el)).to.have.length(second.sources.length);
      for (const [id, expected] of [['sources-one', 'Script one'], ['sources-two', 'Script two']]) {
        el.setAttribute('for', id);
        await settled(el);
        expect(titles(el)).to.deep.equal([expected]);
      }
      for (const n of [1, 2]) {
        el.setAttribute('data', JSON.stringify([{ title: `Attribute ${n}` }]));
        await settled(el);
        expect(titles(el)).to.deep.equal([`Attribute ${n}`]);
      }
      for (const n of [1, 2]) {
        el.data = withSources([{ title: `Property ${n}` }]);
        await settled(el);
        expect(titles(el)).to.deep.equal([`Property ${n}`]);
      }
    });
  });

  describe('events', () => {
    it('fires nb-error that bubbles and is composed, out of a shadow root, with { message, source, problems }', async () => {
      const host = fixtureSync(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('nb-sources');
      root.append(el);
      let path: EventTarget[] = [];
      document.addEventListener('nb-error', (event) => (path = event.composedPath()), { once: true });
      let event!: CustomEvent<NbErrorDetail>;
      const { warnings } = await captureErrors(document, async () => {
        const heard = oneEvent(document, 'nb-error');
        el.data = withSources([{ title: 'Fine', date: 'yesterday' }]);
        event = (await heard) as CustomEvent<NbErrorDetail>;
      });
      expect(warnings).to.have.length(1);
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(path[0] === el, 'dispatched by the element').to.be.true;
      expect(event.target === host, 'retargeted to the shadow host: it left the shadow root').to.be.true;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['message', 'problems', 'source']);
      expect(event.detail).to.deep.equal({
        message: 'sources[0].date is not an ISO 8601 date: "yesterday"',
        source: 'data',
        problems: ['sources[0].date is not an ISO 8601 date: "yesterday"'],
      });
    });

    itNamesTheChannel('nb-sources', () => withSources({ title: 'not in a list' }));
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${linked()}></nb-sources>`);
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe with theme="${theme}"`, async () => {
        const el = await fixture<NbSources>(html`<nb-sources theme=${theme} .data=${linked()}></nb-sources>`);
        expect(links(el)).to.have.length(2);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe while loading', async () => {
      const el = await fixture<NbSources>(html`<nb-sources src=${SLOW_SEED_URL}></nb-sources>`);
      expect(isLoading(el)).to.be.true;
      await expect(el).to.be.accessible();
      await finishLoading(el);
    });

    it('is light text on a dark background with theme="dark"', async () => {
      const el = await fixture<NbSources>(html`<nb-sources theme="dark" .data=${linked()}></nb-sources>`);
      const card = getComputedStyle(shadow(el).querySelector('.card')!);
      for (const selector of ['a.title', 'span.title', '.meta']) {
        const color = getComputedStyle(shadow(el).querySelector(selector)!).color;
        expect(luminance(color), `${selector} ${color}`).to.be.greaterThan(0.4);
      }
      expect(luminance(card.backgroundColor), `background ${card.backgroundColor}`).to.be.lessThan(0.05);
    });

    it('lets keyboard users Tab through the links in list order, skipping unlinked titles', async () => {
      const wrapper = fixtureSync(html`<div><button>Before</button><nb-sources .data=${linked()}></nb-sources><button>After</button></div>`);
      const el = wrapper.querySelector<NbSources>('nb-sources')!;
      await settled(el);
      const [first, second] = links(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === first, 'the first link').to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === second, 'the second link').to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === wrapper.querySelectorAll('button')[1], 'out of the list, to the next control').to.be.true;
    });
  });

  describe('bad input', () => {
    afterEach(() => Reflect.deleteProperty(window, '__pwned'));

    it('shows HTML and script in titles and publishers as literal characters, through the property and the attribute', async () => {
      const img = '<img src=x onerror="window.__pwned=1">';
      const script = '<script>window.__pwned=2</script>';
      const data = withSources([
        { title: img, publisher: script, url: 'https://example.com/a' },
        { title: `Title ${script}`, publisher: `Pub ${img}` },
      ]);
      const byProperty = await fixture<NbSources>(html`<nb-sources .data=${data}></nb-sources>`);
      const byAttribute = await fixture<NbSources>(html`<nb-sources data=${JSON.stringify(data)}></nb-sources>`);
      await aTimeout(100); // an <img onerror> would have fired by now
      expect(pwned()).to.equal(undefined);
      for (const el of [byProperty, byAttribute]) {
        expect(shadow(el).querySelector('img, script')).to.equal(null);
        expect(titles(el)).to.deep.equal([img, `Title ${script}`]);
        expect(shadowText(el)).to.contain(script).and.to.contain(`Pub ${img}`);
      }
    });

    it('never links javascript:, data:, vbscript:, relative or obfuscated URLs', async () => {
      const bad = [
        'javascript:window.__pwned=1',
        'data:text/html,<script>window.__pwned=1</script>',
        'vbscript:msgbox("x")',
        ' JaVaScRiPt:window.__pwned=1',
        'java\nscript:window.__pwned=1',
        'java\tscript:window.__pwned=1',
        '\u0001javascript:window.__pwned=1',
        'JAVASCRIPT:window.__pwned=1',
        'javascript://example.com/%0Awindow.__pwned=1',
        '/relative/page',
        '//evil.example/',
        'www.example.com',
        'mailto:desk@example.com',
      ];
      for (const channel of ['property', 'attribute']) {
        const data = withSources([...bad.map((url, i) => ({ title: `Bad ${i}`, url })), { title: 'Good', url: 'https://example.com/ok' }]);
        const el = channel === 'property'
          ? await fixture<NbSources>(html`<nb-sources .data=${data}></nb-sources>`)
          : await fixture<NbSources>(html`<nb-sources data=${JSON.stringify(data)}></nb-sources>`);
        expect(links(el).map((a) => a.getAttribute('href')), channel).to.deep.equal(['https://example.com/ok']);
        expect(titles(el), channel).to.deep.equal([...bad.map((_, i) => `Bad ${i}`), 'Good']);
        // The refused URL is not shown either: the title stands alone.
        expect(shadowText(el)).not.to.match(/javascript|vbscript|data:/i);
      }
      expect(pwned()).to.equal(undefined);
    });

    it('shows the valid sources and reports the wrong types once per read', async () => {
      const el = await fixture<NbSources>(html`<nb-sources style=${PAGE_STYLES}></nb-sources>`);
      const data = withSources([
        { title: 'Good', publisher: 'The Guardian', url: 'https://www.theguardian.com/', date: '2026-06-25' },
        'The Guardian',
        42,
        null,
        { publisher: 'No title' },
        { title: 7 },
        { title: 'Wrong field types', url: 42, publisher: ['inkl'], date: 20260625 },
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
      expect(errors[0].problems).to.deep.equal([
        'sources[1] should be an object with a "title"',
        'sources[2] should be an object with a "title"',
        'sources[3] should be an object with a "title"',
        'sources[4].title is missing',
        'sources[5].title should be a string, not number',
        'sources[6].publisher should be a string, not array',
        'sources[6].url should be a string, not number',
        'sources[6].date should be a string, not number',
      ]);
      expect(titles(el)).to.deep.equal(['Good', 'Wrong field types']);
      expect(links(el)).to.have.length(1);
      expect(entries(el)[1].querySelector('.meta, a')).to.equal(null);

      const again = await captureErrors(el, async () => {
        el.data = clone(data);
        await settled(el);
      });
      expect(again.errors, 'a second read is reported again').to.have.length(1);
      expect(again.warnings).to.have.length(1);
    });

    it('reports sources that is not an array, and renders nothing', async () => {
      for (const sources of ['The Guardian', { title: 'One source' }, 3]) {
        const el = await fixture<NbSources>(html`<nb-sources style=${PAGE_STYLES}></nb-sources>`);
        const { warnings, errors } = await captureErrors(el, async () => {
          el.data = withSources(sources);
          await settled(el);
        });
        expect(errors.map((e) => e.message)).to.deep.equal([`sources should be an array, not ${typeof sources}`]);
        expect(warnings).to.have.length(1);
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('drops and reports an invalid date, keeping the rest of the source', async () => {
      for (const date of ['25/06/2026', 'June 25, 2026', '2026-13-45', '2026-02-30x', 'yesterday']) {
        const el = await fixture<NbSources>(html`<nb-sources style=${PAGE_STYLES}></nb-sources>`);
        const { warnings, errors } = await captureErrors(el, async () => {
          el.data = withSources([{ title: 'Dated', publisher: 'The Guardian', url: 'https://www.theguardian.com/', date }]);
          await settled(el);
        });
        expect(errors.map((e) => e.message), date).to.deep.equal([`sources[0].date is not an ISO 8601 date: "${date}"`]);
        expect(warnings).to.have.length(1);
        expect(shadow(el).querySelector('time'), date).to.equal(null);
        expect(titles(el)).to.deep.equal(['Dated']);
        expect(links(el)).to.have.length(1);
        expect(fold(entries(el)[0].querySelector('.meta')!.textContent)).to.equal('The Guardian');
      }
    });

    it('ignores the fields it does not show, even when they are broken', async () => {
      const el = await fixture<NbSources>(html`<nb-sources style=${PAGE_STYLES}></nb-sources>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { sources: [{ title: 'Shown' }], tldr: 5, keyFacts: 'x', published: 'not a date' } as never;
        await settled(el);
      });
      expect(errors).to.have.length(0);
      expect(warnings).to.have.length(0);
      expect(titles(el)).to.deep.equal(['Shown']);
    });

    itReportsUnreadableInput('nb-sources', '[{"title": "a"}');

    it('takes no space with no data or empty data', async () => {
      const cases: [string, unknown][] = [['none', undefined], ['{}', {}], ['[]', []], ['empty sources', { sources: [] }], ['other fields only', { tldr: 'A summary', unclear: ['x'] }]];
      for (const [name, data] of cases) {
        const el = await fixture<NbSources>(html`<nb-sources theme="dark" heading="Not shown" style=${PAGE_STYLES} .data=${data}></nb-sources>`);
        const { warnings, errors } = await captureErrors(el, () => settled(el));
        expect(errors, name).to.have.length(0);
        expect(warnings, name).to.have.length(0);
        expect(el.getBoundingClientRect().height, name).to.equal(0);
        expect(shadowText(el), name).to.equal('');
      }
    });

    it('shows thousands of sources', async () => {
      const sources = Array.from({ length: 3000 }, (_, i) => ({ title: `Source ${i}`, url: `https://example.com/${i}`, date: '2026-06-25' }));
      const el = await fixture<NbSources>(html`<nb-sources .data=${sources as unknown as Article}></nb-sources>`);
      expect(entries(el)).to.have.length(3000);
      expect(links(el)[2999].getAttribute('href')).to.equal('https://example.com/2999');
    });
  });

  describe('dynamic use', () => {
    it('renders when created with document.createElement, given data, then appended', async () => {
      const wrapper = fixtureSync(html`<div></div>`);
      const el = document.createElement('nb-sources');
      el.data = linked();
      wrapper.append(el);
      await settled(el);
      expect(titles(el)).to.deep.equal(seed.sources.map((source) => source.title));
      expect(links(el)).to.have.length(2);
    });

    it('re-renders when its data is replaced', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${seed}></nb-sources>`);
      el.data = linked();
      await settled(el);
      expect(links(el)).to.have.length(2);
      el.data = withSources([{ title: 'Just one' }]);
      await settled(el);
      expect(titles(el)).to.deep.equal(['Just one']);
      el.data = withSources([]);
      await settled(el);
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.data = second;
      await settled(el);
      expect(titles(el)).to.deep.equal(second.sources.map((source) => source.title));
    });

    it('still renders after being moved to another parent, with dates in the new place’s language', async () => {
      const wrapper = fixtureSync(html`<div><section lang="en"></section><aside lang="fr"></aside></div>`);
      const el = document.createElement('nb-sources');
      el.data = seed;
      wrapper.querySelector('section')!.append(el);
      await settled(el);
      expect(dates(el)[0]).to.equal('June 25, 2026');
      wrapper.querySelector('aside')!.append(el);
      await settled(el);
      expect(el.parentElement!.localName).to.equal('aside');
      expect(titles(el)).to.deep.equal(seed.sources.map((source) => source.title));
      expect(dates(el)[0]).to.equal('25 juin 2026');
    });

    it('finishes loading `src` after being moved mid-fetch, without reporting an error', async () => {
      const wrapper = fixtureSync(html`<div><section></section><aside></aside></div>`);
      const el = document.createElement('nb-sources');
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
      expect(titles(el)).to.deep.equal(seed.sources.map((source) => source.title));
    });
  });
});
