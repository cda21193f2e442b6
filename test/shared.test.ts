// Unit tests of the helpers in src/shared/ that every element relies on, and the core without the
// optional live updates (this page does not import newsbrief/live).
import { waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import pkg from '../package.json' with { type: 'json' };
import { MAX_TEXT_LENGTH, readArticle } from '../src/shared/article.js';
import { formatDate, parseDate } from '../src/shared/dates.js';
import { plainText, renderInline } from '../src/shared/inline-text.js';
import { cleanLabel, safeHref, slugify, uniqueSlugs } from '../src/shared/text.js';
import { VERSION } from '../src/shared/version.js';
import '../src/index.js';
import type { Article, NbElement } from '../src/index.js';
import { captureErrors, clone, expect, finishLoading, seed, settled } from './helpers.js';

/** Renders `renderInline(text, options)` into a fresh container, as an element would. */
function inline(text: string, options?: { links?: boolean }) {
  const container = document.createElement('div');
  render(renderInline(text, options), container);
  return container;
}

describe('shared helpers', () => {
  describe('slugify', () => {
    it('follows the contract example', () => {
      expect(slugify('Why did Meta pause it?')).to.equal('why-did-meta-pause-it');
    });

    it('keeps the letters, marks and digits of any script', () => {
      expect(slugify('मेटा ने कार्यक्रम क्यों रोका?')).to.equal('मेटा-ने-कार्यक्रम-क्यों-रोका');
      expect(slugify('لماذا أوقفت ميتا البرنامج؟')).to.equal('لماذا-أوقفت-ميتا-البرنامج');
      expect(slugify('Meta 为什么暂停了这个项目？')).to.equal('meta-为什么暂停了这个项目');
      expect(slugify('Top 10 facts of ٢٠٢٦')).to.equal('top-10-facts-of-٢٠٢٦');
      expect(slugify('Ça a commencé en Éire')).to.equal('ça-a-commencé-en-éire');
    });

    it('makes every run of other characters one "-"', () => {
      expect(slugify('What -- now?!? (really) / ok')).to.equal('what-now-really-ok');
      expect(slugify('a\n\t b…c')).to.equal('a-b-c');
      expect(slugify('<b>x</b>')).to.equal('b-x-b');
    });

    it('drops leading and trailing "-"', () => {
      expect(slugify('  ¿Qué pasó?  ')).to.equal('qué-pasó');
      expect(slugify('---x---')).to.equal('x');
      expect(slugify('?!…')).to.equal('');
      expect(slugify('')).to.equal('');
    });
  });

  describe('uniqueSlugs', () => {
    it('numbers repeats -2, -3', () => {
      expect(uniqueSlugs(['Why?', 'why', 'WHY!'], 'question')).to.deep.equal(['why', 'why-2', 'why-3']);
    });

    it('never collides with a text whose slug is literally "x-2"', () => {
      const before = uniqueSlugs(['x', 'x', 'x-2'], 'question');
      expect(before).to.deep.equal(['x', 'x-2', 'x-2-2']);
      const after = uniqueSlugs(['x-2', 'x', 'x'], 'question');
      expect(after).to.deep.equal(['x-2', 'x', 'x-3']);
      for (const slugs of [before, after]) expect(new Set(slugs).size).to.equal(slugs.length);
    });

    it('gives texts with no letters or digits the fallback, numbered too', () => {
      expect(uniqueSlugs(['', '???', 'Real question'], 'question')).to.deep.equal(['question', 'question-2', 'real-question']);
    });

    it('keeps the order and the length of its input', () => {
      const questions = seed.faq.map((item) => item.question);
      const slugs = uniqueSlugs(questions, 'question');
      expect(slugs).to.have.length(questions.length);
      expect(slugs[0]).to.equal('why-did-meta-pause-its-employee-tracking-program');
    });
  });

  describe('cleanLabel', () => {
    it('trims stray emphasis markers around a label, as AI-written data has', () => {
      expect(cleanLabel('**Main Update\n**')).to.equal('Main Update');
      expect(cleanLabel('**Label**')).to.equal('Label');
      expect(cleanLabel('*x')).to.equal('x');
      expect(cleanLabel('__Label__')).to.equal('Label');
      expect(cleanLabel('**Label')).to.equal('Label');
    });

    it('keeps markers inside the label, for inline formatting', () => {
      expect(cleanLabel('Main **Update**')).to.equal('Main **Update**');
      expect(cleanLabel('**Main** and **Update**')).to.equal('**Main** and **Update**');
    });

    it('collapses white space', () => {
      expect(cleanLabel('  Key\n\n  facts\t ')).to.equal('Key facts');
    });

    it('leaves a label made only of markers without throwing', () => {
      expect(cleanLabel('**')).to.be.a('string');
      expect(cleanLabel('')).to.equal('');
    });
  });

  describe('plainText', () => {
    it('takes the inline subset out, as a reader sees the text', () => {
      expect(plainText('Is **this** [legal](https://example.com/law) *now*?')).to.equal('Is this legal now?');
      expect(plainText('**Main Update\n**')).to.equal('Main Update');
      expect(plainText('5 * 3 = 15, and 2*x')).to.equal('5 * 3 = 15, and 2*x');
      expect(plainText('<b>kept</b> as typed')).to.equal('<b>kept</b> as typed');
    });
  });

  describe('safeHref', () => {
    it('keeps absolute http and https URLs', () => {
      expect(safeHref('https://www.theguardian.com/technology?x=1#y')).to.equal('https://www.theguardian.com/technology?x=1#y');
      expect(safeHref('http://example.com')).to.equal('http://example.com/');
      expect(safeHref('HTTPS://Example.COM/Path')).to.equal('https://example.com/Path');
    });

    const refused: [string, string | undefined][] = [
      ['javascript:', 'javascript:alert(1)'],
      ['upper-case JAVASCRIPT:', 'JAVASCRIPT:alert(1)'],
      ['a leading space', ' javascript:alert(1)'],
      ['a newline inside the scheme', 'java\nscript:alert(1)'],
      ['a tab inside the scheme', 'java\tscript:alert(1)'],
      ['an entity-like scheme', 'javascript&colon;alert(1)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['a relative path', '/news/meta'],
      ['a bare relative path', 'news/meta.html'],
      ['a protocol-relative URL', '//evil.example/x'],
      ['a query only', '?q=1'],
      ['other schemes', 'ftp://example.com/file'],
      ['mailto:', 'mailto:a@example.com'],
      ['garbage', 'not a url at all'],
      ['an incomplete URL', 'https://'],
      ['empty', ''],
      ['undefined', undefined],
    ];
    for (const [name, url] of refused)
      it(`refuses ${name}`, () => {
        expect(safeHref(url)).to.equal(undefined);
      });
  });

  describe('renderInline', () => {
    it('turns **bold**, *italic* and [text](https://…) into elements', () => {
      const el = inline('A **bold** move, *quietly* made: [read more](https://example.com/story).');
      expect(el.querySelector('strong')!.textContent).to.equal('bold');
      expect(el.querySelector('em')!.textContent).to.equal('quietly');
      const link = el.querySelector('a')!;
      expect(link.textContent).to.equal('read more');
      expect(link.getAttribute('href')).to.equal('https://example.com/story');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(el.textContent).to.equal('A bold move, quietly made: read more.');
    });

    it('nests formatting', () => {
      const el = inline('**bold with [a link](https://example.com)**');
      expect(el.querySelector('strong > a')!.getAttribute('href')).to.equal('https://example.com/');
    });

    it('shows HTML as literal text', () => {
      const text = '<img src=x onerror=alert(1)> <b>not bold</b> **<i>x</i>**';
      const el = inline(text);
      expect(el.querySelector('img, b, i')).to.equal(null);
      expect(el.textContent).to.equal('<img src=x onerror=alert(1)> <b>not bold</b> <i>x</i>');
      expect(el.querySelector('strong')!.textContent).to.equal('<i>x</i>');
    });

    it('keeps only the text of a link whose URL is not http(s)', () => {
      for (const url of ['javascript:alert`1`', 'JavaScript:void0', 'data:text/html,x', 'vbscript:x', '/relative', '//evil.example']) {
        const el = inline(`see [the story](${url}) now`);
        expect(el.querySelector('a'), url).to.equal(null);
        expect(el.textContent, url).to.equal('see the story now');
      }
      // Parentheses inside the URL are not link syntax at all: the whole thing stays text.
      const el = inline('see [the story](javascript:alert(1)) now');
      expect(el.querySelector('a')).to.equal(null);
      expect(el.textContent).to.equal('see [the story](javascript:alert(1)) now');
    });

    it('keeps only the text of every link with {links: false}, but still formats', () => {
      const el = inline('**Why** did [Meta](https://meta.com) pause it?', { links: false });
      expect(el.querySelector('a')).to.equal(null);
      expect(el.querySelector('strong')!.textContent).to.equal('Why');
      expect(el.textContent).to.equal('Why did Meta pause it?');
    });

    it('leaves unclosed or empty markers as literal text', () => {
      for (const text of ['**not closed', 'a * b', '2 * 3 * 4 = 24', '[text](no closing paren', '****', '[]( )', '** spaced **']) {
        const el = inline(text);
        expect(el.querySelector('strong, em, a'), text).to.equal(null);
        expect(el.textContent, text).to.equal(text);
      }
    });

    it('returns plain text untouched', () => {
      expect(renderInline('Nothing to format here.')).to.equal('Nothing to format here.');
    });

    it('completes on a 20,000-character run of unclosed markers, losing no text', () => {
      const text = '**a '.repeat(5000);
      expect(text).to.have.length(20_000);
      const el = inline(text);
      expect((el.textContent!.match(/a/g) ?? []).length).to.equal(5000);
    });
  });

  describe('readArticle', () => {
    it('keeps every valid field that is asked for', () => {
      const { article, problems } = readArticle(clone(seed), ['headline', 'published', 'author', 'tldr', 'keyFacts', 'faq', 'confirmed', 'unclear', 'sources']);
      expect(problems).to.deep.equal([]);
      const { lang: _lang, ...expected } = clone(seed);
      expect(article).to.deep.equal(expected);
    });

    it('ignores the fields not asked for, even when they are invalid', () => {
      const { article, problems } = readArticle({ tldr: 'Summary.', faq: 'garbage', sources: 42, published: 'never' }, ['tldr']);
      expect(article).to.deep.equal({ tldr: 'Summary.' });
      expect(problems).to.deep.equal([]);
    });

    it('skips invalid items, with one problem line for each', () => {
      const { article, problems } = readArticle(
        {
          keyFacts: [{ label: 'Ok', text: 'Valid.' }, 5, { label: 'No text' }, { text: 'No label is fine.' }],
          faq: [{ question: 'Q?', answer: 'A.' }, { question: 'Q only?' }, 'string'],
          confirmed: ['Yes.', 3, '   '],
          sources: [{ title: 'T', url: 'https://example.com' }, { publisher: 'no title' }, null],
        },
        ['keyFacts', 'faq', 'confirmed', 'sources'],
      );
      expect(article).to.deep.equal({
        keyFacts: [{ label: 'Ok', text: 'Valid.' }, { text: 'No label is fine.' }],
        faq: [{ question: 'Q?', answer: 'A.' }],
        confirmed: ['Yes.'],
        sources: [{ title: 'T', url: 'https://example.com' }],
      });
      expect(problems).to.have.length(8);
      for (const where of ['keyFacts[1]', 'keyFacts[2].text', 'faq[1].answer', 'faq[2]', 'confirmed[1]', 'confirmed[2]', 'sources[1].title', 'sources[2]'])
        expect(problems.filter((line) => line.startsWith(where)), where).to.have.length(1);
    });

    it('reports a list that is not an array, and a text that is not a string', () => {
      const { article, problems } = readArticle({ unclear: 'one thing', tldr: 42, confirmed: null }, ['unclear', 'tldr', 'confirmed']);
      expect(article).to.deep.equal({});
      expect(problems).to.deep.equal(['unclear should be an array, not string', 'tldr should be a string, not number']);
    });

    it(`cuts strings over ${MAX_TEXT_LENGTH} characters, within the limit`, () => {
      const { article, problems } = readArticle({ tldr: 'x'.repeat(MAX_TEXT_LENGTH * 3), faq: [{ question: 'Q?', answer: 'y'.repeat(MAX_TEXT_LENGTH + 1) }] }, ['tldr', 'faq']);
      expect(article.tldr!.length).to.be.at.most(MAX_TEXT_LENGTH);
      expect(article.tldr!.endsWith('…')).to.be.true;
      expect(article.faq![0].answer.length).to.be.at.most(MAX_TEXT_LENGTH);
      expect(problems).to.have.length(2);
      // Reading the result again (as <nb-brief>'s parts do) finds nothing more to report.
      expect(readArticle(article, ['tldr', 'faq']).problems).to.deep.equal([]);
    });

    it('keeps a string of exactly the limit whole', () => {
      const tldr = 'z'.repeat(MAX_TEXT_LENGTH);
      const { article, problems } = readArticle({ tldr }, ['tldr']);
      expect(article.tldr).to.equal(tldr);
      expect(problems).to.deep.equal([]);
    });

    it('reads non-object input as an empty article with one problem', () => {
      for (const raw of [null, undefined, 42, 'text', [], [{ question: 'Q?', answer: 'A.' }], true]) {
        const { article, problems } = readArticle(raw, ['tldr', 'faq']);
        expect(article, String(raw)).to.deep.equal({});
        expect(problems, String(raw)).to.have.length(1);
        expect(problems[0]).to.match(/^the article should be a JSON object/);
      }
    });

    it('drops dates that are not ISO 8601, in the article and in sources', () => {
      const { article, problems } = readArticle(
        {
          published: 'June 23, 2026',
          updated: '2026-04-31',
          sources: [{ title: 'T', date: 'yesterday' }, { title: 'U', date: '2026-06-25' }],
        },
        ['published', 'updated', 'sources'],
      );
      expect(article).to.deep.equal({ sources: [{ title: 'T' }, { title: 'U', date: '2026-06-25' }] });
      expect(problems).to.have.length(3);
      expect(problems.join('\n')).to.contain('published').and.contain('updated').and.contain('sources[0].date');
    });

    it('keeps valid dates and date-times', () => {
      const dates = { published: '2026-06-23', updated: '2026-06-24T09:30:00+02:00' };
      const { article, problems } = readArticle(dates, ['published', 'updated']);
      expect(article).to.deep.equal(dates);
      expect(problems).to.deep.equal([]);
    });
  });

  describe('parseDate and formatDate', () => {
    it('formats a date in English and in French', () => {
      expect(formatDate('2026-06-23', 'en')).to.equal('June 23, 2026');
      expect(formatDate('2026-06-23', 'fr')).to.equal('23 juin 2026');
    });

    it('does not shift a date-only value by a day, whatever the time zone', () => {
      // A date-only value names a calendar day; read as UTC midnight and shown locally it would be the
      // day before west of Greenwich.
      expect(formatDate('2026-01-01', 'en')).to.equal('January 1, 2026');
      expect(formatDate('2026-06-23', 'en-US')).to.equal('June 23, 2026');
      expect(formatDate(' 2026-12-31 ', 'en')).to.equal('December 31, 2026');
    });

    it('falls back to English for an invalid language tag', () => {
      expect(formatDate('2026-06-23', 'not a tag!')).to.equal('June 23, 2026');
    });

    it('gives undefined for anything that is not an ISO date', () => {
      for (const value of ['', 'yesterday', 'June 23, 2026', '23/06/2026', '2026-6-23', '2026-13-01', '2026-02-30', '2026-04-31', '2026-06-23T25:00'])
        expect(formatDate(value, 'en'), value).to.equal(undefined);
    });

    it('parses a leap day only in a leap year', () => {
      expect(parseDate('2024-02-29')?.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
      expect(parseDate('2026-02-29')).to.equal(undefined);
    });
  });

  describe('VERSION', () => {
    it("equals package.json's version", () => {
      expect(VERSION).to.equal(pkg.version);
      expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
    });
  });

  // Live updates are opt-in (issue #14): `newsbrief/live`, or the CDN file. Without them the channels,
  // reload() included, are the core's; there are no marks, no live region, no nb-update, no polling.
  describe('without newsbrief/live', () => {
    const TAGS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief'];
    /** The seed article with the first item of every field rewritten: a second version. */
    const secondVersion = () => {
      const next = clone(seed) as Article & { confirmed: string[] };
      next.tldr = 'Second version.';
      next.keyFacts![0].text = 'Second version.';
      next.faq![0].question = 'Second version?';
      next.confirmed[0] = 'Second version.';
      next.sources![0].title = 'Second version';
      return next;
    };
    /** Every node under `root`, through shadow roots (nb-brief's parts). */
    const deep = (root: ParentNode): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const deepText = (el: Element) =>
      [el.shadowRoot!, ...deep(el.shadowRoot!).flatMap((node) => node.shadowRoot ?? [])].map((root) => root.textContent).join(' ');
    const settledDeep = async (el: Element) => {
      await settled(el);
      for (const part of deep(el.shadowRoot!)) if ('updateComplete' in part) await settled(part);
      await settled(el);
    };
    const wrappers: Element[] = [];
    const place = (tag: string, attrs: Record<string, string>) => {
      const el = document.createElement(tag) as NbElement;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      const wrapper = document.createElement('div');
      wrapper.append(el);
      document.body.append(wrapper);
      wrappers.push(wrapper);
      return el;
    };
    const jsonScript = (id: string, article: object) => {
      const script = Object.assign(document.createElement('script'), { type: 'application/json', id, textContent: JSON.stringify(article) });
      document.body.append(script);
      wrappers.push(script);
      return script;
    };
    let stories = 0;
    /** An article on the test server's /live-test/ endpoint; `set` publishes a new version. */
    const story = async (article: object) => {
      const url = `/live-test/core-${Date.now()}-${stories++}.json`;
      const set = (next: object) => fetch(url, { method: 'POST', body: JSON.stringify({ article: next }) });
      await set(article);
      return { url, set, requests: async () => (await (await fetch(`${url}?stats`)).json()).stats.requests as number };
    };
    const updates: Event[] = [];
    const onUpdate = (event: Event) => updates.push(event);
    beforeEach(() => document.addEventListener('nb-update', onUpdate));
    afterEach(() => {
      document.removeEventListener('nb-update', onUpdate);
      updates.length = 0;
      while (wrappers.length) wrappers.pop()!.remove();
    });
    const expectNoLiveParts = (el: Element) => {
      expect(deep(el.shadowRoot!).filter((node) => node.matches('[part~="change-mark"], [aria-live]')), el.localName).to.deep.equal([]);
      expect(updates, el.localName).to.deep.equal([]);
    };

    for (const tag of TAGS) {
      it(`<${tag}>: reload() reads the \`for\` script and \`src\` again; no marks, live region or nb-update`, async () => {
        const script = jsonScript(`core-${tag}`, seed);
        const byScript = place(tag, { for: `core-${tag}` });
        const server = await story(seed);
        const bySrc = place(tag, { src: server.url });
        await settledDeep(byScript);
        await finishLoading(bySrc);
        await settledDeep(bySrc);
        for (const el of [byScript, bySrc]) expect(deepText(el)).to.contain('Meta').and.not.contain('Second version');
        // A CMS swaps the script, the server publishes a new version: reload() picks up both.
        script.remove();
        jsonScript(`core-${tag}`, secondVersion());
        await server.set(secondVersion());
        await byScript.reload();
        await bySrc.reload();
        for (const el of [byScript, bySrc]) {
          await settledDeep(el);
          expect(deepText(el), el.getAttribute('src') ?? 'for').to.contain('Second version');
          expectNoLiveParts(el);
        }
        expect(await server.requests()).to.equal(2);
      });
    }

    it('refresh warns once for the page, naming newsbrief/live, and does not poll; the element still renders and reloads', async () => {
      const server = await story(seed);
      let elements: NbElement[] = [];
      const { warnings, errors } = await captureErrors(document, async () => {
        elements = [place('nb-tldr', { src: server.url, refresh: '10' }), place('nb-faq', { src: server.url, refresh: '30' })];
        for (const el of elements) await finishLoading(el);
        elements[0].refreshInterval = 60;
        await settled(elements[0]);
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0][0]).to.equal(
        "<nb-tldr>: refresh needs live updates, which this page has not loaded: add `import 'newsbrief/live';` to your app (the CDN file has them).",
      );
      expect(deepText(elements[0])).to.contain(seed.tldr!.slice(0, 40));
      await server.set(secondVersion());
      await elements[0].reload();
      await waitUntil(() => deepText(elements[0]).includes('Second version'), 'reload() reads src again');
      expect(await server.requests()).to.equal(3);
      expectNoLiveParts(elements[0]);
    });
  });
});
