import '../src/tldr/define.js';
import '../src/locales/register/fr.js';
import { aTimeout, fixtureSync, waitUntil } from '@open-wc/testing';
import type { NbTldr } from '../src/tldr/define.js';
import type { NbErrorDetail } from '../src/index.js';
import { captureErrors, clone, expect, finishLoading, fixture, html, isLoading, luminance, oneEvent, PAGE_STYLES, pwned, second, seed, settled, shadow, shadowText, SLOW_SEED_URL } from './helpers.js';


const summary = (el: Element) => (shadow(el).querySelector('.summary')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headings = (el: Element) => [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];


describe('<nb-tldr>', () => {
  describe('renders its data', () => {
    it('shows the seed article summary under a TL;DR heading', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      const heading = shadow(el).querySelector('h2')!;
      expect(heading.textContent).to.equal('TL;DR');
      expect(shadowText(el)).to.contain(seed.tldr);
    });

    it('shows the second fixture’s summary, and none of its other fields', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${second}></nb-tldr>`);
      expect(summary(el)).to.equal(second.tldr);
      const text = shadowText(el);
      expect(text).not.to.contain(second.headline);
      expect(text).not.to.contain(second.keyFacts[0].text);
      expect(text).not.to.contain(second.sources[0].title);
    });

    it('uses heading-level for its heading, clamped to 2–6', async () => {
      for (const [level, tag] of [['3', 'h3'], ['6', 'h6'], ['1', 'h2'], ['0', 'h2'], ['9', 'h6'], ['-4', 'h2'], ['abc', 'h2'], ['4.7', 'h4']]) {
        const el = await fixture<NbTldr>(html`<nb-tldr heading-level=${level} .data=${seed}></nb-tldr>`);
        const found = headings(el);
        expect(found.map((h) => h.localName), `heading-level="${level}"`).to.deep.equal([tag]);
        expect(found[0].textContent).to.equal('TL;DR');
      }
    });

    it('lets the heading attribute and the labels JSON replace the heading text', async () => {
      const byHeading = await fixture<NbTldr>(html`<nb-tldr heading="In short" .data=${seed}></nb-tldr>`);
      expect(headings(byHeading)[0].textContent).to.equal('In short');
      const byLabels = await fixture<NbTldr>(html`<nb-tldr labels='{"tldr":"The gist"}' .data=${seed}></nb-tldr>`);
      expect(headings(byLabels)[0].textContent).to.equal('The gist');
      const both = await fixture<NbTldr>(html`<nb-tldr heading="In short" labels='{"tldr":"The gist"}' .data=${seed}></nb-tldr>`);
      expect(headings(both)[0].textContent, 'heading beats labels').to.equal('In short');
    });

    it('re-renders when the heading or labels change', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      el.setAttribute('labels', '{"tldr":"The gist"}');
      await settled(el);
      expect(headings(el)[0].textContent).to.equal('The gist');
      el.setAttribute('heading', 'Summary');
      await settled(el);
      expect(headings(el)[0].textContent).to.equal('Summary');
      el.setAttribute('heading-level', '5');
      await settled(el);
      expect(headings(el).map((h) => h.localName)).to.deep.equal(['h5']);
    });

    it('renders the inline subset as <strong>, <em> and <a>', async () => {
      const tldr = 'Meta **paused** the *tracking* program, [the Guardian reports](https://www.theguardian.com/technology).';
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${{ tldr }}></nb-tldr>`);
      const root = shadow(el);
      expect(root.querySelector('strong')!.textContent).to.equal('paused');
      expect(root.querySelector('em')!.textContent).to.equal('tracking');
      const link = root.querySelector('a')!;
      expect(link.textContent).to.equal('the Guardian reports');
      expect(link.getAttribute('href')).to.equal('https://www.theguardian.com/technology');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(summary(el)).to.equal('Meta paused the tracking program, the Guardian reports.');
    });

    it('splits the summary into paragraphs at blank lines', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${{ tldr: 'First paragraph.\n\nSecond paragraph.\nSame paragraph.' }}></nb-tldr>`);
      const paragraphs = [...shadow(el).querySelectorAll('.summary p')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['First paragraph.', 'Second paragraph.\nSame paragraph.']);
    });
  });

  describe('each data channel', () => {
    it('reads the data property (an object)', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${{ tldr: 'From the property.' }}></nb-tldr>`);
      expect(summary(el)).to.equal('From the property.');
    });

    it('reads the data attribute (JSON text)', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr data=${JSON.stringify(second)}></nb-tldr>`);
      expect(summary(el)).to.equal(second.tldr);
    });

    it('reads the <script type="application/json"> that `for` names', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="tldr-article">${JSON.stringify(second)}</script>
        <nb-tldr for="tldr-article"></nb-tldr>
      </div>`);
      const el = await settled(wrapper.querySelector('nb-tldr')!);
      expect(summary(el)).to.equal(second.tldr);
    });

    it('fetches `src`, showing an aria-busy skeleton first and the content after', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr src=${SLOW_SEED_URL}></nb-tldr>`);
      const busy = shadow(el).querySelector('[aria-busy="true"]')!;
      expect(busy, 'the loading state').to.exist;
      expect(busy.querySelector('.skeleton[aria-hidden="true"]')).to.exist;
      expect(busy.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
      expect(shadow(el).querySelector('.summary')).to.equal(null);
      expect(el.getBoundingClientRect().height, 'the skeleton takes space').to.be.greaterThan(0);
      await finishLoading(el);
      expect(summary(el)).to.equal(seed.tldr);
      expect(shadow(el).querySelector('.skeleton')).to.equal(null);
    });

    it('uses the `loading` label override while fetching', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr labels='{"loading":"Fetching the summary"}' src=${SLOW_SEED_URL}></nb-tldr>`);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Fetching the summary');
      await finishLoading(el);
    });

    it('takes a bare JSON string as the summary, through the attribute and the property', async () => {
      const byAttribute = await fixture<NbTldr>(html`<nb-tldr data='"Just the summary."'></nb-tldr>`);
      expect(summary(byAttribute)).to.equal('Just the summary.');
      const byProperty = await fixture<NbTldr>(html`<nb-tldr .data=${JSON.stringify('A *bare* summary.')}></nb-tldr>`);
      expect(summary(byProperty)).to.equal('A bare summary.');
      expect(shadow(byProperty).querySelector('em')!.textContent).to.equal('bare');
    });

    it('takes the first channel present: property, then attribute, then for, then src', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="tldr-precedence">{"tldr":"From the script."}</script>
        <nb-tldr data='{"tldr":"From the attribute."}' for="tldr-precedence" src="${SLOW_SEED_URL}"></nb-tldr>
      </div>`);
      const el = wrapper.querySelector<NbTldr>('nb-tldr')!;
      await settled(el);
      expect(summary(el)).to.equal('From the attribute.');
      el.data = { tldr: 'From the property.' };
      await settled(el);
      expect(summary(el)).to.equal('From the property.');
      el.data = undefined;
      await settled(el);
      expect(summary(el)).to.equal('From the attribute.');
      el.removeAttribute('data');
      await settled(el);
      expect(summary(el)).to.equal('From the script.');
      el.removeAttribute('for');
      await settled(el);
      expect(isLoading(el), 'src is fetched only now').to.be.true;
      await finishLoading(el);
      expect(summary(el)).to.equal(seed.tldr);
    });

    it('re-renders when any channel changes', async () => {
      const wrapper = fixtureSync(`<div>
        <script type="application/json" id="tldr-one">{"tldr":"Script one."}</script>
        <script type="application/json" id="tldr-two">{"tldr":"Script two."}</script>
        <nb-tldr></nb-tldr>
      </div>`);
      const el = wrapper.querySelector<NbTldr>('nb-tldr')!;
      el.src = SLOW_SEED_URL;
      await settled(el);
      await finishLoading(el);
      expect(summary(el)).to.equal(seed.tldr);
      el.src = '/test/fixtures/meta-mouse-tracker.json';
      await settled(el);
      await finishLoading(el);
      expect(summary(el)).to.equal(second.tldr);
      el.setAttribute('for', 'tldr-one');
      await settled(el);
      expect(summary(el)).to.equal('Script one.');
      el.setAttribute('for', 'tldr-two');
      await settled(el);
      expect(summary(el)).to.equal('Script two.');
      el.setAttribute('data', '{"tldr":"Attribute one."}');
      await settled(el);
      expect(summary(el)).to.equal('Attribute one.');
      el.setAttribute('data', '{"tldr":"Attribute two."}');
      await settled(el);
      expect(summary(el)).to.equal('Attribute two.');
      el.data = { tldr: 'Property one.' };
      await settled(el);
      expect(summary(el)).to.equal('Property one.');
      el.data = { tldr: 'Property two.' };
      await settled(el);
      expect(summary(el)).to.equal('Property two.');
    });

    it('never lets a slower src response overwrite data set after it', async () => {
      const originalFetch = window.fetch;
      let respond: (() => void) | undefined;
      // A fetch that answers only when told to, and rejects when aborted, as fetch does.
      const fetchDone = new Promise<void>((done) => {
        window.fetch = (_input, init) =>
          new Promise<Response>((resolve, reject) => {
            init?.signal?.addEventListener('abort', () => {
              reject(new DOMException('The user aborted a request.', 'AbortError'));
              done();
            });
            respond = () => {
              const response = new Response(JSON.stringify({ tldr: 'From the late response.' }));
              const json = response.json.bind(response);
              response.json = () => json().finally(done);
              resolve(response);
            };
          });
      });
      try {
        const el = await fixture<NbTldr>(html`<nb-tldr src="/late-article.json"></nb-tldr>`);
        await waitUntil(() => respond !== undefined, 'the fetch started');
        el.data = { tldr: 'Set while the fetch was pending.' };
        await settled(el);
        respond!();
        await fetchDone;
        await aTimeout(0); // let whatever follows the response run
        await settled(el);
        expect(summary(el)).to.equal('Set while the fetch was pending.');
      } finally {
        window.fetch = originalFetch;
      }
    });
  });

  describe('events', () => {
    it('fires nb-error that bubbles and is composed, out of a shadow root, with { message, source, problems }', async () => {
      const host = fixtureSync(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('nb-tldr');
      root.append(el);
      let path: EventTarget[] = [];
      document.addEventListener('nb-error', (event) => (path = event.composedPath()), { once: true });
      let event!: CustomEvent<NbErrorDetail>;
      const { warnings } = await captureErrors(document, async () => {
        const heard = oneEvent(document, 'nb-error');
        el.setAttribute('data', '{"tldr": ');
        event = (await heard) as CustomEvent<NbErrorDetail>;
      });
      expect(warnings).to.have.length(1);
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(path[0] === el, 'dispatched by the element').to.be.true;
      expect(event.target === host, 'retargeted to the shadow host: it left the shadow root').to.be.true;
      expect(Object.keys(event.detail).sort()).to.deep.equal(['message', 'problems', 'source']);
      expect(event.detail.source).to.equal('data');
      expect(event.detail.message).to.match(/not valid JSON/);
      expect(event.detail.problems).to.deep.equal([event.detail.message]);
    });

    it('names the channel in `source` and the tag in the console.warn', async () => {
      const wrapper = fixtureSync(`<div><span id="tldr-not-a-script"></span></div>`);
      const cases: [string, (el: NbTldr) => void, string][] = [
        ['data', (el) => (el.data = { tldr: 7 as unknown as string }), 'tldr should be a string, not number'],
        ['data', (el) => el.setAttribute('data', '[1'), 'the data is not valid JSON'],
        ['for', (el) => el.setAttribute('for', 'tldr-not-a-script'), '#tldr-not-a-script is not a <script type="application/json"> element'],
        ['src', (el) => el.setAttribute('src', '/test/fixtures/no-such-article.json'), 'could not load /test/fixtures/no-such-article.json: HTTP 404'],
        ['labels', (el) => el.setAttribute('labels', '{"tldr":'), 'the labels attribute is not valid JSON'],
      ];
      for (const [source, act, message] of cases) {
        const el = document.createElement('nb-tldr');
        wrapper.append(el);
        const { warnings, errors } = await captureErrors(el, async () => {
          const heard = oneEvent(el, 'nb-error');
          act(el);
          await heard;
          await settled(el);
        });
        expect(errors, message).to.have.length(1);
        expect(errors[0]).to.deep.equal({ message, source, problems: [message] });
        expect(warnings, message).to.have.length(1);
        expect(warnings[0][0]).to.equal(`<nb-tldr>: ${message}`);
        el.remove();
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe with theme="${theme}"`, async () => {
        const el = await fixture<NbTldr>(html`<nb-tldr theme=${theme} .data=${{ tldr: 'Meta **paused** it, [says the Guardian](https://www.theguardian.com/).' }}></nb-tldr>`);
        expect(shadow(el).querySelector('a')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe while loading', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr src=${SLOW_SEED_URL}></nb-tldr>`);
      expect(isLoading(el)).to.be.true;
      await expect(el).to.be.accessible();
      await finishLoading(el);
    });

    it('is light text on a dark background with theme="dark"', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr theme="dark" .data=${seed}></nb-tldr>`);
      const card = getComputedStyle(shadow(el).querySelector('.card')!);
      const text = getComputedStyle(shadow(el).querySelector('.summary p')!);
      expect(luminance(text.color), `text ${text.color}`).to.be.greaterThan(0.6);
      expect(luminance(card.backgroundColor), `background ${card.backgroundColor}`).to.be.lessThan(0.05);
    });

    it('is dark text on a light background with theme="light", even on a dark page', async () => {
      const wrapper = fixtureSync(html`<div style="background:#000;color:#fff"><nb-tldr theme="light" .data=${seed}></nb-tldr></div>`);
      const el = await settled(wrapper.querySelector('nb-tldr')!);
      const card = getComputedStyle(shadow(el).querySelector('.card')!);
      expect(luminance(card.color)).to.be.lessThan(0.05);
      expect(luminance(card.backgroundColor)).to.be.greaterThan(0.9);
    });

    it('is a single heading followed by the summary, in reading order', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      const card = shadow(el).querySelector('.card')!;
      expect([...card.children].map((child) => child.localName)).to.deep.equal(['h2', 'div']);
    });
  });

  describe('bad input', () => {
    afterEach(() => Reflect.deleteProperty(window, '__pwned'));

    it('reports a wrong type once and renders nothing', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr style=${PAGE_STYLES}></nb-tldr>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { ...clone(seed), tldr: 42 as unknown as string };
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('shows HTML and script in the summary as literal characters, through the property and the attribute', async () => {
      const tldr = 'Before <img src=x onerror="window.__pwned=1"> middle <script>window.__pwned=2</script> after';
      const byProperty = await fixture<NbTldr>(html`<nb-tldr .data=${{ tldr }}></nb-tldr>`);
      const byAttribute = await fixture<NbTldr>(html`<nb-tldr data=${JSON.stringify({ tldr })}></nb-tldr>`);
      await aTimeout(100); // an <img onerror> would have fired by now
      expect(pwned()).to.equal(undefined);
      for (const el of [byProperty, byAttribute]) {
        expect(shadow(el).querySelector('img, script')).to.equal(null);
        expect(summary(el)).to.equal(tldr);
      }
    });

    it('shows HTML in the heading and labels as literal characters', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const byHeading = await fixture<NbTldr>(html`<nb-tldr heading=${payload} .data=${seed}></nb-tldr>`);
      const byLabels = await fixture<NbTldr>(html`<nb-tldr labels=${JSON.stringify({ tldr: payload })} .data=${seed}></nb-tldr>`);
      await aTimeout(100);
      expect(pwned()).to.equal(undefined);
      for (const el of [byHeading, byLabels]) {
        expect(shadow(el).querySelector('img')).to.equal(null);
        expect(headings(el)[0].textContent).to.equal(payload);
      }
    });

    it('never links javascript:, data:, vbscript: or relative URLs in [text](url)', async () => {
      const bad = ['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox', ' JaVaScRiPt:window.__pwned=1', 'java\nscript:window.__pwned=1', 'JAVASCRIPT:window.__pwned=1', '/relative/page', '//evil.example/'];
      const tldr = [...bad.map((url, i) => `[bad${i}](${url})`), '[good](https://example.com/ok)'].join(' ');
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${{ tldr }}></nb-tldr>`);
      const links = [...shadow(el).querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href')), 'only the https link').to.deep.equal(['https://example.com/ok']);
      for (let i = 0; i < bad.length; i++) expect(summary(el)).to.contain(`bad${i}`);
      expect(pwned()).to.equal(undefined);
    });

    it('reads wrong types without throwing: one nb-error and one warning per read', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr style=${PAGE_STYLES}></nb-tldr>`);
      for (const bad of [42, true, ['a summary'], { text: 'a summary' }]) {
        const { warnings, errors } = await captureErrors(el, async () => {
          el.data = { tldr: bad as unknown as string };
          await settled(el);
        });
        expect(errors, JSON.stringify(bad)).to.have.length(1);
        expect(warnings, JSON.stringify(bad)).to.have.length(1);
        expect(errors[0].problems).to.have.length(1);
        expect(errors[0].message).to.match(/^tldr should be a string, not /);
        expect(shadow(el).querySelector('.card')).to.equal(null);
      }
    });

    it('reports data that is not an object or string, whatever the channel', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr style=${PAGE_STYLES}></nb-tldr>`);
      for (const json of ['42', 'null', 'true']) {
        const { warnings, errors } = await captureErrors(el, async () => {
          el.setAttribute('data', json);
          await settled(el);
        });
        expect(errors, json).to.have.length(1);
        expect(warnings, json).to.have.length(1);
        expect(errors[0].message).to.contain('should be a JSON object');
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('ignores the fields it does not show, even when they are broken', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr style=${PAGE_STYLES}></nb-tldr>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { tldr: 'Still shown.', keyFacts: 'not a list', sources: 5, faq: [null] } as never;
        await settled(el);
      });
      expect(errors).to.have.length(0);
      expect(warnings).to.have.length(0);
      expect(summary(el)).to.equal('Still shown.');
    });

    it('reports a malformed JSON attribute once and renders nothing', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr style=${PAGE_STYLES}></nb-tldr>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.setAttribute('data', "{tldr: 'single quotes'}");
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(errors[0].source).to.equal('data');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('reports a `for` naming a missing id, or a script with malformed JSON', async () => {
      const wrapper = fixtureSync(`<div><script type="application/json" id="tldr-broken">{"tldr": nope}</script></div>`);
      for (const [id, message] of [
        ['tldr-missing', 'no element with id "tldr-missing" was found for the for attribute'],
        ['tldr-broken', 'the #tldr-broken script is not valid JSON'],
      ]) {
        const el = document.createElement('nb-tldr');
        el.style.cssText = PAGE_STYLES;
        el.setAttribute('for', id);
        const { warnings, errors } = await captureErrors(el, async () => {
          wrapper.append(el);
          await settled(el);
        });
        expect(errors.map((e) => e.message)).to.deep.equal([message]);
        expect(errors[0].source).to.equal('for');
        expect(warnings).to.have.length(1);
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('reports a `src` that 404s, or that is not JSON, and then takes no space', async () => {
      for (const [src, reason] of [
        ['/test/fixtures/no-such-article.json', 'HTTP 404'],
        ['/README.md', 'the response is not valid JSON'],
      ]) {
        const el = await fixture<NbTldr>(html`<nb-tldr style=${PAGE_STYLES}></nb-tldr>`);
        const { warnings, errors } = await captureErrors(el, async () => {
          const heard = oneEvent(el, 'nb-error');
          el.src = src;
          await heard;
          await settled(el);
        });
        expect(errors.map((e) => e.message)).to.deep.equal([`could not load ${src}: ${reason}`]);
        expect(errors[0].source).to.equal('src');
        expect(warnings).to.have.length(1);
        expect(isLoading(el)).to.be.false;
        expect(el.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('takes no space with no data, empty data or a blank summary', async () => {
      const cases: [string, unknown][] = [['none', undefined], ['{}', {}], ['blank tldr', { tldr: '  \n ' }], ['empty string', { tldr: '' }], ['other fields only', { headline: 'A headline', sources: seed.sources }]];
      for (const [name, data] of cases) {
        const el = await fixture<NbTldr>(html`<nb-tldr theme="dark" heading="Not shown" style=${PAGE_STYLES} .data=${data}></nb-tldr>`);
        const { warnings, errors } = await captureErrors(el, () => settled(el));
        expect(errors, name).to.have.length(0);
        expect(warnings, name).to.have.length(0);
        expect(el.getBoundingClientRect().height, name).to.equal(0);
        expect(shadowText(el), name).to.equal('');
      }
    });

    it('cuts a huge summary instead of failing, and says so', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr style=${PAGE_STYLES}></nb-tldr>`);
      const { errors } = await captureErrors(el, async () => {
        el.data = { tldr: 'word '.repeat(100_000) };
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0].message).to.contain('was cut');
      expect(summary(el).length).to.be.greaterThan(1000).and.lessThan(25_000);
    });
  });

  describe('dynamic use', () => {
    it('renders when created with document.createElement, given data, then appended', async () => {
      const wrapper = fixtureSync(html`<div></div>`);
      const el = document.createElement('nb-tldr');
      el.data = seed;
      wrapper.append(el);
      await settled(el);
      expect(summary(el)).to.equal(seed.tldr);
    });

    it('re-renders when its data is replaced', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      el.data = second;
      await settled(el);
      expect(summary(el)).to.equal(second.tldr);
      el.data = { tldr: '' };
      await settled(el);
      expect(el.getBoundingClientRect().height).to.equal(0);
      el.data = seed;
      await settled(el);
      expect(summary(el)).to.equal(seed.tldr);
    });

    it('re-renders its heading when its own lang changes', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      expect(headings(el)[0].textContent).to.equal('TL;DR');
      el.lang = 'fr';
      await settled(el);
      expect(headings(el)[0].textContent).to.equal('En bref');
      el.removeAttribute('lang');
      await settled(el);
      expect(headings(el)[0].textContent).to.equal('TL;DR');
    });

    it('follows a dir set after it rendered', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr lang="ar" .data=${seed}></nb-tldr>`);
      const direction = () => getComputedStyle(shadow(el).querySelector('.summary')!).direction;
      expect(direction(), 'Arabic goes right to left by itself').to.equal('rtl');
      el.dir = 'ltr';
      await settled(el);
      expect(direction(), 'an explicit dir wins').to.equal('ltr');
    });

    it('still renders after being moved to another parent', async () => {
      const wrapper = fixtureSync(html`<div><section></section><aside></aside></div>`);
      const el = document.createElement('nb-tldr');
      el.data = seed;
      wrapper.querySelector('section')!.append(el);
      await settled(el);
      wrapper.querySelector('aside')!.append(el);
      await settled(el);
      expect(el.parentElement!.localName).to.equal('aside');
      expect(summary(el)).to.equal(seed.tldr);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('finishes loading `src` after being moved mid-fetch, without reporting an error', async () => {
      const wrapper = fixtureSync(html`<div><section></section><aside></aside></div>`);
      const el = document.createElement('nb-tldr');
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
      expect(summary(el)).to.equal(seed.tldr);
    });
  });
});
