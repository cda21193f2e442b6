// Structured data (issue #12): `<nb-brief structured-data>` writes schema.org JSON-LD into the head,
// once per article, kept in step with the data; `newsbrief/ssr` and the CLI print the same script.
// The JSON-LD is checked field by field, expanded with a real JSON-LD processor (`jsonld`) against
// schema.org's context, and on a page with a strict CSP and Trusted Types.
import { executeServerCommand } from '@web/test-runner-commands';
import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { NewsArticle } from 'schema-dts';
import { nothing } from 'lit';
import type { NbBrief } from '../src/brief/brief.js';
import '../src/index.js';
import { buildJsonLd as build, jsonLdText, type StructuredDataKind } from '../src/shared/structured-data.js';
import payloads from './fixtures/xss-payloads.json' with { type: 'json' };
import { captureErrors, clone, expect, fixture, html, pwned, second, seed, settled } from './helpers.js';

/** An article with every field the JSON-LD uses, with inline markup and citation markers in its texts. */
const FULL = {
  headline: 'Flood barrier **holds** after [record](https://river.example/) surge[^1]',
  url: 'https://news.example/2026/03/flood-barrier',
  lang: 'en-GB',
  published: '2026-03-02T08:00:00Z',
  updated: '2026-03-02T17:30:00+01:00',
  author: 'Priya *Raman*',
  tldr: 'The new barrier held back a record surge.[^1][^river]\n\nNo homes were flooded.',
  keyFacts: [{ label: 'Height', text: '4.2 m' }],
  faq: [
    { question: 'Did the **barrier** hold?', answer: 'Yes, with *room to spare*.[^1]' },
    { question: 'What next?', answer: 'An inspection on [Monday](https://river.example/plan).' },
  ],
  sources: [
    { title: 'River authority update', publisher: 'River Authority', url: 'https://river.example/update', date: '2026-03-02' },
    { id: 'river', title: 'Gauge *data*', url: 'javascript:alert(1)' },
    { title: 'Archive', url: 'http://archive.example/flood' },
  ],
};

const ARTICLE_NODE = {
  '@type': 'NewsArticle',
  '@id': 'https://news.example/2026/03/flood-barrier#newsbrief',
  headline: 'Flood barrier holds after record surge',
  url: 'https://news.example/2026/03/flood-barrier',
  mainEntityOfPage: 'https://news.example/2026/03/flood-barrier',
  inLanguage: 'en-GB',
  datePublished: '2026-03-02T08:00:00Z',
  dateModified: '2026-03-02T17:30:00+01:00',
  author: { '@type': 'Person', name: 'Priya Raman' },
  abstract: 'The new barrier held back a record surge. No homes were flooded.',
  citation: [
    {
      '@type': 'CreativeWork',
      name: 'River authority update',
      url: 'https://river.example/update',
      publisher: { '@type': 'Organization', name: 'River Authority' },
      datePublished: '2026-03-02',
    },
    { '@type': 'CreativeWork', name: 'Gauge data' },
    { '@type': 'CreativeWork', name: 'Archive', url: 'http://archive.example/flood' },
  ],
};

const FAQ_NODE = {
  '@type': 'FAQPage',
  '@id': 'https://news.example/2026/03/flood-barrier#newsbrief-faq',
  url: 'https://news.example/2026/03/flood-barrier',
  inLanguage: 'en-GB',
  mainEntity: [
    { '@type': 'Question', name: 'Did the barrier hold?', acceptedAnswer: { '@type': 'Answer', text: 'Yes, with room to spare.' } },
    { '@type': 'Question', name: 'What next?', acceptedAnswer: { '@type': 'Answer', text: 'An inspection on Monday.' } },
  ],
};

const graph = (...nodes: object[]) => ({ '@context': 'https://schema.org', '@graph': nodes });

/** The JSON-LD as the page gets it: written as JSON (which drops the fields left undefined) and read back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const buildJsonLd = (article: object, kind: StructuredDataKind | string): any => {
  const jsonLd = build(article, kind);
  return jsonLd && JSON.parse(jsonLdText(jsonLd));
};

/** Texts that try to end the script, open a comment in it, or break a JavaScript string. */
const HOSTILE = {
  headline: '</script><script>window.__pwned = 1</script>',
  tldr: '<!-- <script>window.__pwned = 2</script> --> & &amp; </SCRIPT >',
  author: 'Line\u2028Paragraph\u2029End',
  faq: [{ question: '<img src=x onerror="window.__pwned = 3">?', answer: ']]></script><!--' }],
  sources: [{ title: '</script >', url: 'https://x.example/?q=</script>' }],
};

/** The scripts newsbrief wrote in the head, parsed. */
const headScripts = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const headJsonLd = () => headScripts().map((script) => JSON.parse(script.textContent!));

async function brief(article: object, kind: string | null = '') {
  const el = await fixture<NbBrief>(html`<nb-brief structured-data=${kind ?? nothing} .data=${article}></nb-brief>`);
  return el;
}

afterEach(() => {
  fixtureCleanup();
  expect(headScripts(), 'every test leaves the head as it found it').to.have.length(0);
});

describe('structured data: the JSON-LD', () => {
  it('describes the article as a NewsArticle, every field, as plain text', () => {
    expect(buildJsonLd(FULL, 'article')).to.deep.equal(graph(ARTICLE_NODE));
  });

  it('describes the FAQ as an FAQPage of Questions with their acceptedAnswer', () => {
    expect(buildJsonLd(FULL, 'faq')).to.deep.equal(graph(FAQ_NODE));
  });

  it('gives both with "all", in one graph', () => {
    expect(buildJsonLd(FULL, 'all')).to.deep.equal(graph(ARTICLE_NODE, FAQ_NODE));
  });

  it('reads the kind as the attribute gives it: faq and all as written, the empty value and anything else as article', () => {
    const types = (kind: string) => buildJsonLd(FULL, kind)['@graph'].map((node: { '@type': string }) => node['@type']);
    expect(['', 'article', 'faq', 'all', 'FAQ', 'yes'].map(types)).to.deep.equal([
      ['NewsArticle'], ['NewsArticle'], ['FAQPage'], ['NewsArticle', 'FAQPage'], ['NewsArticle'], ['NewsArticle'],
    ]);
  });

  it('builds the @ids from the URL without its fragment, so they stay valid IRIs', () => {
    const jsonLd = buildJsonLd({ ...FULL, url: 'HTTPS://News.Example/a?b=1#comments' }, 'all');
    expect(jsonLd['@graph'].map((node: { '@id': string }) => node['@id'])).to.deep.equal([
      'https://news.example/a?b=1#newsbrief',
      'https://news.example/a?b=1#newsbrief-faq',
    ]);
    expect(jsonLd['@graph'][0].url).to.equal('https://news.example/a?b=1#comments');
  });

  it('leaves out what the article lacks: no @id or url without an http(s) URL, no empty nodes', () => {
    const bare = buildJsonLd({ headline: 'Only a headline', url: 'javascript:alert(1)' }, 'all');
    expect(bare).to.deep.equal(graph({ '@type': 'NewsArticle', headline: 'Only a headline' }));
    expect(buildJsonLd({ headline: 'No FAQ' }, 'faq')).to.equal(undefined);
    expect(buildJsonLd({}, 'article')).to.equal(undefined);
    expect(buildJsonLd({ lang: 'fr' }, 'all')).to.equal(undefined);
    const faqOnly = buildJsonLd({ faq: [{ question: 'Q?', answer: 'A.' }] }, 'all');
    expect(faqOnly).to.deep.equal(
      graph({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } }] }),
    );
  });

  it('writes < as \\u003c, so no text can end the script or open a comment in it; JSON reads it back', () => {
    const jsonLd = buildJsonLd(HOSTILE, 'all')!;
    // Plain text folds line and paragraph separators to spaces.
    expect(jsonLd['@graph'][0]).to.deep.include({ author: { '@type': 'Person', name: 'Line Paragraph End' } });
    jsonLd['@graph'][0].description = 'Line\u2028Paragraph\u2029End'; // valid in JSON (and in JavaScript since ES2019)
    const text = jsonLdText(jsonLd);
    expect(text).not.to.contain('<');
    expect(text).to.contain('\\u003c/script>').and.to.contain('\\u003c!--').and.to.contain('\\u003c/SCRIPT >');
    expect(JSON.parse(text)).to.deep.equal(jsonLd);
    expect(jsonLd['@graph'][0]).to.include({ headline: HOSTILE.headline, abstract: HOSTILE.tldr });
    // Put in a page as it is: one script, whose whole text is the JSON.
    const page = new DOMParser().parseFromString(`<head><script type="application/ld+json">${text}</script></head><body><p>after</p></body>`, 'text/html');
    expect(page.scripts).to.have.length(1);
    expect(page.querySelector('img')).to.equal(null);
    expect(JSON.parse(page.scripts[0].textContent!)).to.deep.equal(jsonLd);
    expect(page.body.textContent).to.equal('after');
  });
});

describe('structured data: the head script of <nb-brief>', () => {
  it('writes nothing without the attribute', async () => {
    await brief(FULL, null);
    expect(headScripts()).to.have.length(0);
  });

  it('writes one NewsArticle script in the head for the empty value', async () => {
    await brief(FULL, '');
    const scripts = headScripts();
    expect(scripts).to.have.length(1);
    expect(scripts[0].parentNode).to.equal(document.head);
    expect(JSON.parse(scripts[0].textContent!)).to.deep.equal(graph(ARTICLE_NODE));
  });

  it('writes the FAQPage for "faq" and both for "all"', async () => {
    const el = await brief(FULL, 'faq');
    expect(headJsonLd()).to.deep.equal([graph(FAQ_NODE)]);
    el.setAttribute('structured-data', 'all');
    await settled(el);
    expect(headJsonLd()).to.deep.equal([graph(ARTICLE_NODE, FAQ_NODE)]);
  });

  it('writes one script for two briefs of the same article, and removes it with the last', async () => {
    const wrapper = await fixture(html`<div>
      <nb-brief structured-data="all" .data=${clone(FULL)}></nb-brief>
      <nb-brief structured-data="all" data=${JSON.stringify(FULL)} heading="Again"></nb-brief>
    </div>`);
    const [first, again] = wrapper.querySelectorAll('nb-brief');
    await settled(again);
    expect(headScripts()).to.have.length(1);
    first.remove();
    expect(headJsonLd()).to.deep.equal([graph(ARTICLE_NODE, FAQ_NODE)]);
    again.remove();
    expect(headScripts()).to.have.length(0);
  });

  it('writes one script per article when two articles are on the page', async () => {
    const wrapper = await fixture(html`<div>
      <nb-brief structured-data .data=${seed}></nb-brief>
      <nb-brief structured-data .data=${second}></nb-brief>
    </div>`);
    await settled(wrapper.querySelectorAll('nb-brief')[1]);
    const headlines = headJsonLd().map((jsonLd) => jsonLd['@graph'][0].headline);
    expect(headlines).to.deep.equal([seed.headline, second.headline]);
  });

  it('follows the data: a new article replaces the script, never adds one', async () => {
    const el = await brief(FULL, 'all');
    const changed = { ...clone(FULL), headline: 'Barrier inspected', faq: [...FULL.faq, { question: 'When?', answer: 'Monday.' }] };
    el.data = changed;
    await settled(el);
    const [jsonLd] = headJsonLd();
    expect(headScripts()).to.have.length(1);
    expect(jsonLd['@graph'][0].headline).to.equal('Barrier inspected');
    expect(jsonLd['@graph'][1].mainEntity).to.have.length(3);
  });

  it('follows an edited for= script, the attribute being removed, and data with nothing to describe', async () => {
    const wrapper = await fixture(html`<div>
      <script type="application/json" id="sd-article">${JSON.stringify(FULL)}</script>
      <nb-brief for="sd-article" structured-data="article"></nb-brief>
    </div>`);
    const el = wrapper.querySelector('nb-brief')!;
    await settled(el);
    expect(headJsonLd()[0]['@graph'][0].headline).to.equal(ARTICLE_NODE.headline);
    wrapper.querySelector('script')!.textContent = JSON.stringify({ ...FULL, headline: 'Edited in the CMS' });
    await new Promise((resolve) => setTimeout(resolve));
    await settled(el);
    expect(headJsonLd().map((jsonLd) => jsonLd['@graph'][0].headline)).to.deep.equal(['Edited in the CMS']);
    el.data = { faq: FULL.faq };
    await settled(el);
    expect(headScripts(), 'an article with no NewsArticle fields').to.have.length(0);
    el.data = FULL;
    await settled(el);
    el.removeAttribute('structured-data');
    await settled(el);
    expect(headScripts()).to.have.length(0);
  });

  it('follows a live article (src, reload()): the new version replaces the script, which is never missing meanwhile', async () => {
    const url = `/live-test/structured-data-${Date.now()}.json`;
    const publish = (article: object) => fetch(url, { method: 'POST', body: JSON.stringify({ article }) });
    await publish(FULL);
    const el = await fixture<NbBrief>(html`<nb-brief src=${url} structured-data="all"></nb-brief>`);
    await waitUntil(() => headScripts().length === 1, 'the first version is described');
    const mutations: string[] = [];
    const observer = new MutationObserver((records) =>
      records.forEach((record) => mutations.push(...[...record.removedNodes].map(() => 'removed'), ...[...record.addedNodes].map(() => 'added'))),
    );
    observer.observe(document.head, { childList: true });
    await publish({ ...FULL, headline: 'Barrier inspected', updated: '2026-03-03T09:00:00Z' });
    await el.reload();
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    expect(headJsonLd().map((jsonLd) => [jsonLd['@graph'][0].headline, jsonLd['@graph'][0].dateModified])).to.deep.equal([
      ['Barrier inspected', '2026-03-03T09:00:00Z'],
    ]);
    expect(mutations).to.deep.equal(['removed', 'added']);
  });

  it('keeps one script while the brief is moved in the page', async () => {
    const el = await brief(FULL);
    const box = document.createElement('section');
    el.parentElement!.append(box);
    box.append(el);
    await settled(el);
    expect(headScripts()).to.have.length(1);
  });

  it('takes the language of the page when the article has none', async () => {
    const wrapper = await fixture(html`<div lang="de"><nb-brief structured-data .data=${{ headline: 'Hochwasser' }}></nb-brief></div>`);
    await settled(wrapper.firstElementChild!);
    expect(headJsonLd()[0]['@graph'][0]).to.deep.equal({ '@type': 'NewsArticle', headline: 'Hochwasser', inLanguage: 'de' });
  });

  it('adopts the same script already in the page (a server-rendered one): not written twice, then kept in step', async () => {
    const server = document.createElement('script');
    server.type = 'application/ld+json';
    server.append(jsonLdText(build(FULL, 'all')!));
    document.head.append(server);
    try {
      const el = await brief(FULL, 'all');
      expect(headScripts()).to.deep.equal([server]);
      el.data = { ...FULL, headline: 'Updated after the page was served' };
      await settled(el);
      expect(headScripts()).to.have.length(1);
      expect(headJsonLd()[0]['@graph'][0].headline).to.equal('Updated after the page was served');
    } finally {
      server.remove();
    }
  });

  it('keeps hostile text inside one script: nothing runs, nothing is added to the page', async () => {
    const scriptsBefore = document.scripts.length;
    const { warnings } = await captureErrors(document, () => brief(HOSTILE, 'all'));
    expect(warnings).to.have.length(0);
    const [script] = headScripts();
    expect(headScripts()).to.have.length(1);
    expect(script.textContent).not.to.contain('<');
    expect(JSON.parse(script.textContent!)).to.deep.equal(buildJsonLd({ ...HOSTILE, lang: 'en' }, 'all'));
    expect(document.scripts.length).to.equal(scriptsBefore + 1);
    expect(document.querySelector('img[src="x"]')).to.equal(null);
    expect(pwned()).to.equal(undefined);
  });

  it('keeps every XSS payload of the suite as text, and every non-http(s) URL out', async () => {
    const calls: unknown[] = [];
    Reflect.set(window, '__xss', () => calls.push(1));
    try {
      const text = payloads.html.join(' ');
      const article = {
        headline: text, author: text, tldr: text, url: payloads.urls[0],
        faq: payloads.html.map((payload) => ({ question: payload, answer: payload })),
        sources: [...payloads.urls.map((url, i) => ({ title: payloads.html[i], publisher: payloads.html[i + 1], url })), { title: 'ok', url: 'https://ok.example/' }],
      };
      const el = await brief(article, 'all');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [script] = headScripts();
      expect(headScripts()).to.have.length(1);
      expect(script.text).not.to.contain('<');
      const jsonLd = JSON.parse(script.text);
      expect(jsonLd).to.deep.equal(buildJsonLd({ ...article, lang: 'en' }, 'all'));
      const urls = JSON.stringify(jsonLd).match(/"(url|@id|mainEntityOfPage)":"[^"]*"/g) ?? [];
      expect(urls).to.deep.equal(['"url":"https://ok.example/"']); // every other URL in the payloads is not http(s)
      expect(jsonLd['@graph'][1].mainEntity).to.have.length(payloads.html.length);
      el.remove();
      expect(calls).to.have.length(0);
    } finally {
      Reflect.deleteProperty(window, '__xss');
    }
  });

  it('writes nothing for bad data, which is reported as usual', async () => {
    const { errors, warnings } = await captureErrors(document, async () => {
      await fixture(html`<nb-brief structured-data="all" data="{not json"></nb-brief>`);
    });
    expect(errors).to.have.length(1);
    expect(warnings).to.have.length(1);
    expect(headScripts()).to.have.length(0);
  });

  it('is still accessible: the attribute changes nothing that is shown', async () => {
    const el = await brief(FULL, 'all');
    await expect(el).to.be.accessible();
  });
});

/** The `jsonld` processor (its browser build), loaded once as a classic script. */
type JsonLdProcessor = { expand(input: object, options: object): Promise<Record<string, unknown>[]> };
let processor: Promise<JsonLdProcessor> | undefined;
const loadProcessor = () =>
  (processor ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/jsonld/dist/jsonld.min.js';
    script.onload = () => resolve(Reflect.get(window, 'jsonld'));
    script.onerror = reject;
    document.body.append(script);
  }));

/**
 * Expands JSON-LD with schema.org's context served locally (the tests have no network). The context's
 * `@vocab` is taken out: with it, any misspelt term would quietly become a schema.org IRI; without it,
 * a term schema.org does not define is dropped by the processor, which the test then sees.
 */
async function expand(jsonLd: object) {
  const jsonld = await loadProcessor();
  const context = await fetch('/test/fixtures/schema-org/context.jsonld').then((response) => response.json());
  delete context['@context']['@vocab'];
  const requested: string[] = [];
  const documentLoader = async (url: string) => {
    requested.push(url);
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network in tests: ${url}`);
    return { contextUrl: null, documentUrl: url, document: context };
  };
  return { expanded: await jsonld.expand(jsonLd, { documentLoader }), requested };
}

/** Every value in compacted JSON-LD (strings, `@type`s, `@id`s), except the context. */
function compactValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(compactValues);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => (key === '@context' || key === '@type' ? [] : compactValues(inner)));
  return [String(value)];
}

/** Every term and value in expanded JSON-LD: property IRIs, type IRIs, `@value`s and `@id`s. */
function expandedParts(value: unknown, parts = { properties: [] as string[], types: [] as string[], values: [] as string[] }) {
  if (Array.isArray(value)) value.forEach((item) => expandedParts(item, parts));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (key === '@type') (Array.isArray(inner) ? inner : [inner]).forEach((type) => parts.types.push(String(type)));
      else if (key === '@value' || key === '@id') parts.values.push(String(inner));
      else {
        parts.properties.push(key);
        expandedParts(inner, parts);
      }
    }
  return parts;
}

describe('structured data: valid JSON-LD (expanded by the jsonld processor against schema.org’s context)', () => {
  for (const [name, article] of [['every field', FULL], ['the seed article', seed], ['hostile text', HOSTILE]] as const)
    it(`expands ${name} to schema.org terms only, dropping nothing`, async () => {
      const jsonLd = buildJsonLd(article, 'all');
      const { expanded, requested } = await expand(jsonLd);
      expect(requested).to.deep.equal(['https://schema.org']);
      const parts = expandedParts(expanded);
      expect(parts.properties.length).to.be.greaterThan(5);
      for (const iri of [...parts.properties, ...parts.types.filter((type) => !type.includes('Date'))])
        expect(iri, 'a schema.org term').to.match(/^http:\/\/schema\.org\/[A-Za-z]+$/);
      // Dates are typed values (schema:Date), as schema.org's context declares them.
      expect(parts.types.filter((type) => type.includes('Date')).every((type) => type === 'http://schema.org/Date')).to.be.true;
      // Nothing dropped: every compact value is in the expanded form.
      expect([...parts.values].sort()).to.deep.equal(compactValues(jsonLd).sort());
      expect(parts.types.filter((type) => !type.includes('Date')).map((type) => type.replace('http://schema.org/', ''))).to.include.members(['NewsArticle', 'FAQPage', 'Question', 'Answer']);
    });

  it('the check does see a dropped term (a misspelt property), as the schema-dts types do when type-checking', async () => {
    // @ts-expect-error schema-dts knows NewsArticle has no `headLine`: without this directive the type-check fails
    const misspelt: NewsArticle = { '@type': 'NewsArticle', headline: 'x', headLine: 'y' };
    expect(misspelt).to.have.property('headLine');
    const { expanded } = await expand({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', headLine: 'y' });
    expect(expandedParts(expanded).values).to.deep.equal(['x']);
  });
});

describe('structured data: on a page with a strict CSP and Trusted Types', () => {
  it('writes one script for the two briefs of the page, with zero violations', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/csp/structured-data.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { violations: string[]; pageErrors: string[] };
      const doc = frame.contentDocument!;
      const scripts = () => doc.head.querySelectorAll('script[type="application/ld+json"]');
      for (let i = 0; i < 100 && !scripts().length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(scripts()).to.have.length(1);
      const jsonLd = JSON.parse(scripts()[0].textContent!);
      expect(jsonLd['@graph'][0].headline).to.equal('Flood barrier </script><script src=/x.js></script> holds');
      expect(jsonLd['@graph'][0].abstract).to.equal('The new barrier held. <!-- not a comment -->');
      expect(jsonLd['@graph'][1].mainEntity[0].acceptedAnswer.text).to.equal('Yes. It did.'); // plain text: U+2028 folded
      expect(doc.querySelectorAll('script').length, 'no script injected').to.equal(5);
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      // Trusted Types really is enforced here, even for a data script: its text cannot be set from a string.
      const data = doc.createElement('script');
      data.type = 'application/ld+json';
      expect(() => (data.textContent = '{}')).to.throw(/TrustedScript/);
    } finally {
      frame.remove();
    }
  });
});

type NodeRun = { code: number; stdout: string; stderr: string };
const runNode = (args: string[], stdin = '') => executeServerCommand<NodeRun, { args: string[]; stdin: string }>('run-node', { args, stdin });

/** An article the project has never seen: Hindi, with a FAQ, markup, a citation marker and hostile text. */
const UNSEEN = {
  headline: 'मानसून जल्दी पहुँचा </script>',
  url: 'https://samachar.example/monsoon?id=7&x=1',
  lang: 'hi',
  published: '2026-06-01',
  author: 'अनीता शर्मा',
  tldr: 'मानसून **तीन दिन** पहले केरल पहुँचा।[^1]',
  faq: [{ question: 'क्या बारिश ज़्यादा होगी?', answer: 'अनुमान <b>सामान्य</b> से ऊपर का है।' }],
  sources: [{ title: 'IMD बुलेटिन', publisher: 'भारत मौसम विज्ञान विभाग', url: 'https://imd.example/bulletin', date: '2026-06-01' }, 42],
};

/** Reads `<script type="application/ld+json">…</script>` the way a crawler does: parse the HTML, then the JSON. */
function parseScript(htmlText: string) {
  const page = new DOMParser().parseFromString(htmlText, 'text/html');
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, 'one JSON-LD script').to.have.length(1);
  return { jsonLd: JSON.parse(scripts[0].textContent!), page };
}

describe('structured data: server rendering and the CLI (run in Node)', () => {
  it('renderArticle returns jsonLd and jsonLdScript, the same as the element writes', async () => {
    const program = `import { renderArticle } from './dist/ssr/index.js';
      const article = JSON.parse(await new Response(process.stdin).text());
      const kinds = {};
      for (const kind of ['article', 'faq', 'all']) {
        const { jsonLd, jsonLdScript, html } = await renderArticle(article, { structuredData: kind });
        kinds[kind] = { jsonLd, jsonLdScript, element: html.slice(0, 9) };
      }
      kinds.none = Object.keys(await renderArticle(article, {}));
      kinds.empty = await renderArticle({ headline: 'x' }, { structuredData: 'faq' }).then(({ jsonLd, jsonLdScript }) => ({ jsonLd: jsonLd ?? null, jsonLdScript }));
      process.stdout.write(JSON.stringify(kinds));`;
    const { code, stdout, stderr } = await runNode(['--input-type=module', '-e', program], JSON.stringify(UNSEEN));
    expect(code, stderr).to.equal(0);
    const result = JSON.parse(stdout);
    const valid = clone(UNSEEN) as Partial<typeof UNSEEN>;
    valid.sources = [UNSEEN.sources[0]];
    for (const kind of ['article', 'faq', 'all'] as const) {
      expect(result[kind].jsonLd).to.deep.equal(buildJsonLd(valid as never, kind));
      expect(result[kind].jsonLdScript).to.equal(`<script type="application/ld+json">${jsonLdText(result[kind].jsonLd)}</script>`);
      expect(parseScript(result[kind].jsonLdScript).jsonLd).to.deep.equal(result[kind].jsonLd);
      expect(result[kind].element).to.equal('<nb-brief');
    }
    const [newsArticle, faqPage] = result.all.jsonLd['@graph'];
    expect(newsArticle).to.deep.include({
      '@id': 'https://samachar.example/monsoon?id=7&x=1#newsbrief',
      headline: 'मानसून जल्दी पहुँचा </script>',
      inLanguage: 'hi',
      abstract: 'मानसून तीन दिन पहले केरल पहुँचा।',
      author: { '@type': 'Person', name: 'अनीता शर्मा' },
      datePublished: '2026-06-01',
    });
    expect(newsArticle.citation).to.have.length(1);
    expect(faqPage.mainEntity[0].acceptedAnswer.text).to.equal('अनुमान <b>सामान्य</b> से ऊपर का है।');
    expect(result.none).to.deep.equal(['html', 'problems']);
    expect(result.empty).to.deep.equal({ jsonLd: null, jsonLdScript: '' });
  });

  it('the element hydrating a server-rendered page does not write the script again', async () => {
    const program = `import { renderArticle } from './dist/ssr/index.js';
      const { jsonLdScript } = await renderArticle(JSON.parse(await new Response(process.stdin).text()), { structuredData: 'all' });
      process.stdout.write(jsonLdScript);`;
    const { stdout } = await runNode(['--input-type=module', '-e', program], JSON.stringify(FULL));
    const server = parseScript(stdout).page.scripts[0];
    document.head.append(document.importNode(server, true));
    try {
      const el = await brief(FULL, 'all');
      expect(headScripts()).to.have.length(1);
      el.remove();
    } finally {
      headScripts().forEach((script) => script.remove());
    }
  });

  it('the CLI prints the script before the element with --structured-data', async () => {
    const { code, stdout, stderr } = await runNode(['dist/ssr/cli.js', 'render', '-', '--structured-data', 'all'], JSON.stringify(UNSEEN));
    expect(code, stderr).to.equal(0);
    expect(stderr).to.contain('sources[1]'); // the invalid source is reported, and left out
    expect(stdout.startsWith('<script type="application/ld+json">{')).to.be.true;
    const [scriptLine, ...rest] = stdout.split('\n');
    expect(rest.join('\n').startsWith('<nb-brief')).to.be.true;
    const { jsonLd } = parseScript(scriptLine);
    expect(jsonLd['@graph'].map((node: { '@type': string }) => node['@type'])).to.deep.equal(['NewsArticle', 'FAQPage']);
    expect(jsonLd['@graph'][0].url).to.equal(UNSEEN.url);
    const { page } = parseScript(stdout);
    expect(page.querySelector('nb-brief'), 'the element follows, intact').to.exist;
  });

  it('the CLI prints no script without the option, only the FAQPage with faq, and refuses an unknown kind', async () => {
    const plain = await runNode(['dist/ssr/cli.js', 'render', '-'], JSON.stringify(UNSEEN));
    expect(plain.stdout.startsWith('<nb-brief')).to.be.true;
    const faq = await runNode(['dist/ssr/cli.js', 'render', '-', '--structured-data', 'faq', '--element', 'nb-faq'], JSON.stringify(UNSEEN));
    expect(parseScript(faq.stdout).jsonLd['@graph'].map((node: { '@type': string }) => node['@type'])).to.deep.equal(['FAQPage']);
    expect(faq.stdout).to.contain('<nb-faq');
    const bad = await runNode(['dist/ssr/cli.js', 'render', '-', '--structured-data', 'everything'], JSON.stringify(UNSEEN));
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.contain('unknown structured data "everything"');
    expect(bad.stdout).to.equal('');
    const help = await runNode(['dist/ssr/cli.js', 'render', '--help']);
    expect(help.stdout).to.contain('--structured-data <kind>');
  });
});
