// The WordPress plugin in a real WordPress: Debian's WordPress 6.1 on PHP 8.2 and a private MariaDB,
// the plugin installed from dist/newsbrief-wordpress.zip and activated through the REST API, posts made
// through the REST API as an editor's browser makes them (block markup as the block editor serializes
// it; a classic post with the shortcode and the article in its custom field), and the public pages opened
// in this Chromium. The site is started by scripts/wordpress/wtr-plugin.mjs; without the Debian packages
// every test here fails, naming the command that installs them (scripts/wordpress/install.sh).
import { executeServerCommand } from '@web/test-runner-commands';
import type { Article } from '../src/index.js';
import payloads from './fixtures/xss-payloads.json' with { type: 'json' };
import { expect, seed, second } from './helpers.js';

interface Snapshot {
  status: number;
  scriptRequests: string[];
  dialogs: string[];
  pageErrors: string[];
  messages: string[];
  title: string;
  bodyText: string;
  elements: { tag: string; attributes: Record<string, string>; defined: boolean; text: string; links: string[] }[];
  articleScripts: { id: string; text: string }[];
  moduleScripts: { src: string; type: string }[];
  injected: string[];
  injectedInEditorCanvas: string[];
  editorCanvases: number;
  pwned: number;
  notices: string[];
  error?: string;
}
interface Post {
  id: number;
  link: string;
  meta: Record<string, unknown>;
  content: { raw?: string; rendered: string };
}

/** Runs a command of the WordPress plugin; its failures (WordPress missing, a REST error) fail the test with their text. */
async function command<T>(name: string, payload?: unknown): Promise<T> {
  const result = await executeServerCommand<T & { error?: string }, unknown>(name, payload);
  if (!result || result.error) throw new Error(result?.error ?? `${name}: no answer`);
  return result;
}
const rest = async <T>(method: string, route: string, body?: unknown, params?: Record<string, string>) =>
  (await command<{ json: T }>('wordpress-rest', { method, route, body, params })).json;
/** Opens a page of the site in a fresh browser context and returns what it holds (polled: the editor takes a while). */
async function visit(path: string, options: { login?: boolean; editor?: boolean } = {}): Promise<Snapshot> {
  return job<Snapshot>('wordpress-visit', { path, ...options });
}
/** A command that runs longer than a wtr command may: started, then polled until it is done. */
async function job<T>(name: string, payload: unknown): Promise<T> {
  let result = await command<T & { pending?: number }>(name, payload);
  while (result.pending) result = await command<T & { pending?: number }>('wordpress-job', { id: result.pending });
  return result;
}
const publish = (title: string, content: string, meta?: Record<string, string>) =>
  rest<Post>('POST', '/wp/v2/posts', { title, content, status: 'publish', ...(meta ? { meta } : {}) });

/** Block markup as the block editor writes it (serializeAttributes in @wordpress/blocks). */
const serializeAttributes = (attributes: object) =>
  JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
const block = (attributes: object) => `<!-- wp:newsbrief/brief ${serializeAttributes(attributes)} /-->`;
const paragraph = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

/** Strings aimed at WordPress itself: ending the JSON script, shortcodes inside the data, comments, CDATA. */
const WORDPRESS_PAYLOADS = [
  '</script><script>__xss()</script>',
  '</SCRIPT ><script>__xss()</script>',
  '<!--<script>__xss()</script>-->',
  '[newsbrief src="javascript:__xss()"]',
  '[gallery ids="1"] [embed]https://example.com[/embed] [caption]x[/caption]',
  ']]><script>__xss()</script><![CDATA[',
  "'; __xss(); '",
  '\\"};__xss();//',
  'line\u2028separator\u2029paragraph',
  '&lt;script&gt;__xss()&lt;/script&gt; &amp; &#x3C;',
];
const HTML = [...payloads.html, ...WORDPRESS_PAYLOADS];

/** Every payload in every text field; the corpus's URLs in sources and inline links. */
const hostile: Article = {
  headline: HTML[0],
  author: HTML[3],
  tldr: HTML.join(' '),
  keyFacts: HTML.map((text, i) => ({ label: text, text: `${text} [link](${payloads.urls[i % payloads.urls.length]})` })),
  faq: HTML.map((text, i) => ({ question: `${i}. ${text}`, answer: `${text} [link](${payloads.urls[i % payloads.urls.length]})` })),
  confirmed: HTML,
  unclear: HTML.map((text) => `${text}?`),
  sources: payloads.urls.map((url, i) => ({ title: HTML[i], publisher: HTML[HTML.length - 1 - i], url })),
};
const HOSTILE_HEADING = '"><img src=x onerror=__xss()>';

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Checks that hold on every public page: no error, nothing executed, nothing injected. */
function expectSafe(page: Snapshot) {
  expect(page.status, 'HTTP status').to.equal(200);
  expect(page.pwned, 'payloads that ran').to.equal(0);
  expect(page.dialogs, 'dialogs opened').to.deep.equal([]);
  expect(page.injected, 'elements or attributes injected from the data').to.deep.equal([]);
  expect(page.pageErrors, 'uncaught errors').to.deep.equal([]);
}

describe('WordPress plugin, in a real WordPress (Debian 6.1, PHP 8.2, MariaDB)', function () {
  this.timeout(300000); // the block editor takes a minute or more to load on a busy 2-core machine

  let site: { url: string } | undefined;
  let startError: Error | undefined;
  const posts: Record<string, Post> = {};

  before(async () => {
    try {
      let start = await command<{ url: string; pending?: string }>('wordpress-start');
      while (start.pending) start = await command<{ url: string; pending?: string }>('wordpress-start');
      site = start;
      const feed = await command<{ url: string }>('wordpress-file', { path: 'newsbrief/second.json', text: JSON.stringify(second) });
      posts.block = await publish('A block post', [paragraph('Before the brief.'), block({ article: JSON.stringify(seed, null, 2) }), paragraph('After the brief.')].join('\n\n'));
      posts.twoBlocks = await publish(
        'Two blocks',
        [
          block({ article: JSON.stringify(seed), element: 'nb-tldr', theme: 'dark', heading: 'In short' }),
          paragraph('The body of the article.'),
          block({ article: JSON.stringify(seed), element: 'nb-faq', headingLevel: 3, faqMode: 'single', faqOpen: 'first' }),
          block({ src: feed.url, element: 'nb-key-facts' }),
          '<!-- wp:shortcode -->\n[newsbrief element="sources"]\n<!-- /wp:shortcode -->',
        ].join('\n\n'),
        { newsbrief_article: JSON.stringify(seed) },
      );
      posts.shortcode = await publish('A classic post', 'Intro paragraph of a classic post.\n\n[newsbrief element="faq" open="all"]\n\n[newsbrief element="key-facts" heading-level="3"]\n\nLast paragraph.', {
        newsbrief_article: JSON.stringify(seed),
      });
      posts.shortcodeSrc = await publish('A shortcode with src', `[newsbrief element="tldr" src="${feed.url}"]`);
      posts.hostileBlock = await publish('Hostile block', [paragraph('Hostile article below.'), block({ article: JSON.stringify(hostile), heading: HOSTILE_HEADING })].join('\n\n'));
      posts.hostileShortcode = await publish('Hostile shortcode', 'Hostile article below.\n\n[newsbrief]', { newsbrief_article: JSON.stringify(hostile) });
      posts.hostileAttributes = await publish(
        'Hostile shortcode attributes',
        [
          'Before.',
          // As typed in the classic editor's Text tab: entities in the heading; quotes trying to leave the other values.
          `[newsbrief element="tldr" heading='&quot;&gt;&lt;img src=x onerror=__xss()&gt;' theme='" onmouseover="__xss()' heading-level='3" onclick="__xss()']`,
          // WordPress's own parser drops a shortcode with raw HTML in an attribute.
          `[newsbrief element="faq" heading='${HOSTILE_HEADING}']`,
          '[newsbrief element="faq" src="javascript:__xss()"]',
          '[newsbrief element="<img src=x onerror=__xss()>"]',
          'After.',
        ].join('\n\n'),
        { newsbrief_article: JSON.stringify(seed) },
      );
      posts.invalid = await publish('Invalid JSON', [paragraph('This paragraph still shows.'), block({ article: '{"tldr": "unterminated' }), paragraph('And this one.'), '[newsbrief element="faq"]'].join('\n\n'), {
        newsbrief_article: '{"faq": [}',
      });
      posts.plain = await publish('No brief here', paragraph('A post without the block.'));
    } catch (error) {
      startError = error as Error;
    }
  });

  /** Every test fails loudly, with the reason (and the install command), when WordPress could not start. */
  const ready = () => {
    if (startError) throw startError;
    expect(site, 'WordPress').to.exist;
  };

  it('installs from the built zip, is active, and registers the block with its attributes', async () => {
    ready();
    const plugins = await rest<{ plugin: string; status: string; version: string; name: string }[]>('GET', '/wp/v2/plugins');
    const plugin = plugins.find((p) => p.plugin === 'newsbrief/newsbrief');
    expect(plugin, 'newsbrief in the plugin list').to.include({ status: 'active', version: '0.1.0', name: 'newsbrief' });
    const type = await rest<{ name: string; attributes: Record<string, unknown>; editor_script: string }>('GET', '/wp/v2/block-types/newsbrief/brief');
    expect(type.name).to.equal('newsbrief/brief');
    expect(Object.keys(type.attributes)).to.include.members(['article', 'src', 'element', 'heading', 'headingLevel', 'theme', 'faqMode', 'faqOpen']);
    expect(type.editor_script, 'the editor script is registered (index.asset.php)').to.be.a('string').and.not.empty;
  });

  it('a block post shows the article in <nb-brief>, from a for= JSON script, between the post\'s paragraphs', async () => {
    ready();
    const page = await visit(posts.block.link);
    expectSafe(page);
    expect(page.elements.map((el) => el.tag)).to.deep.equal(['nb-brief']);
    const [brief] = page.elements;
    expect(brief.defined, 'nb-brief defined by the plugin\'s script').to.be.true;
    expect(page.articleScripts).to.have.length(1);
    expect(brief.attributes.for).to.equal(page.articleScripts[0].id);
    expect(JSON.parse(page.articleScripts[0].text)).to.deep.equal(seed);
    expect(brief.text).to.include(fold(seed.tldr));
    expect(brief.text).to.include(seed.faq[0].question);
    expect(brief.text).to.include(seed.keyFacts[1].text);
    expect(page.bodyText.indexOf('Before the brief.')).to.be.below(page.bodyText.indexOf('After the brief.'));
    expect(page.scriptRequests, 'newsbrief.min.js requests').to.have.length(1);
    expect(page.moduleScripts).to.deep.equal([{ src: page.scriptRequests[0], type: 'module' }]);
  });

  it('three blocks on one page: one script, loaded once; each block its own data and options', async () => {
    ready();
    const page = await visit(posts.twoBlocks.link);
    expectSafe(page);
    expect(page.scriptRequests, 'newsbrief.min.js requests').to.have.length(1);
    expect(page.moduleScripts).to.have.length(1);
    expect(page.elements.map((el) => el.tag)).to.deep.equal(['nb-tldr', 'nb-faq', 'nb-key-facts', 'nb-sources']);
    const [tldr, faq, keyFacts, sources] = page.elements;
    expect(sources.text, 'the shortcode in a Shortcode block, beside the blocks').to.include(seed.sources[0].title);
    expect(tldr.attributes).to.include({ theme: 'dark', heading: 'In short' });
    expect(tldr.text).to.include('In short').and.include(fold(seed.tldr));
    expect(faq.attributes).to.include({ 'heading-level': '3', mode: 'single', open: 'first' });
    expect(faq.text).to.include(seed.faq[1].question);
    expect(page.articleScripts.map((s) => s.id)).to.deep.equal([tldr.attributes.for, faq.attributes.for, sources.attributes.for]);
    expect(keyFacts.attributes.src).to.match(/\/wp-content\/uploads\/newsbrief\/second\.json$/);
    expect(keyFacts.text).to.include(second.keyFacts[0].text);
  });

  it('the shortcode reads the post\'s newsbrief_article meta (set through the REST API) in classic content', async () => {
    ready();
    expect(posts.shortcode.meta.newsbrief_article, 'the meta round-trips through the REST API').to.equal(JSON.stringify(seed));
    const page = await visit(posts.shortcode.link);
    expectSafe(page);
    expect(page.elements.map((el) => el.tag)).to.deep.equal(['nb-faq', 'nb-key-facts']);
    expect(page.elements[0].attributes.open).to.equal('all');
    expect(page.elements[1].attributes['heading-level']).to.equal('3');
    expect(page.elements[0].text).to.include(seed.faq[0].answer.slice(0, 40));
    expect(page.elements[1].text).to.include(seed.keyFacts[0].text);
    expect(page.scriptRequests).to.have.length(1);
    expect(page.bodyText).to.include('Intro paragraph of a classic post.').and.include('Last paragraph.');
  });

  it('the shortcode with src= fetches the article', async () => {
    ready();
    const page = await visit(posts.shortcodeSrc.link);
    expectSafe(page);
    expect(page.elements.map((el) => el.tag)).to.deep.equal(['nb-tldr']);
    expect(page.articleScripts).to.deep.equal([]);
    expect(page.elements[0].text).to.include(fold(second.tldr).slice(0, 60));
  });

  for (const [name, title] of [
    ['hostileBlock', 'in a block (with a hostile heading)'],
    ['hostileShortcode', 'in the meta, through the shortcode'],
  ] as const) {
    it(`a hostile article ${title}: nothing runs or is injected, the JSON round-trips exactly, the text shows literally`, async () => {
      ready();
      const page = await visit(posts[name].link);
      expectSafe(page);
      expect(page.articleScripts, 'one JSON script, not ended early').to.have.length(1);
      expect(JSON.parse(page.articleScripts[0].text)).to.deep.equal(hostile);
      expect(page.articleScripts[0].text, 'no < in the script text').not.to.include('<');
      expect(page.elements.map((el) => el.tag)).to.deep.equal(['nb-brief']);
      const [brief] = page.elements;
      if (name === 'hostileBlock') expect(brief.attributes.heading, 'heading attribute escaped, not broken out of').to.equal(HOSTILE_HEADING);
      for (const payload of ['<script>__xss()</script>', '</script><script>__xss()</script>', '[newsbrief src="javascript:__xss()"]', '<img src=x onerror=__xss()>']) {
        expect(brief.text, payload).to.include(payload);
      }
      expect(brief.links.filter((href) => !/^https?:/i.test(href)), 'links that are not http(s)').to.deep.equal([]);
      expect(page.scriptRequests).to.have.length(1);
      expect(page.bodyText).to.include('Hostile article below.');
    });
  }

  it('hostile shortcode attributes: escaped or dropped, never markup; a javascript: src or an unknown element renders nothing', async () => {
    ready();
    const page = await visit(posts.hostileAttributes.link);
    expectSafe(page);
    expect(page.bodyText).to.include('Before.').and.include('After.');
    expect(page.elements.map((el) => el.tag)).to.deep.equal(['nb-tldr']);
    const [tldr] = page.elements;
    expect(Object.keys(tldr.attributes).sort(), 'only known attributes, values outside their sets dropped').to.deep.equal(['for', 'heading']);
    expect(tldr.attributes.heading).to.equal(HOSTILE_HEADING);
    expect(tldr.text).to.include(HOSTILE_HEADING);
  });

  it('an Author (no unfiltered_html) pastes an article into the block in the block editor and publishes: it shows exactly, & and <…> included', async () => {
    ready();
    // KSES filters an author's block attributes; the block stores &, < and > as JSON escapes so the text survives it.
    const article = {
      headline: 'R&D at Meta',
      tldr: 'Meta\'s R&D team paused the "tracker" <b>today</b> — 5 > 4 & 3 < 4. </script><script>__xss()</script> [gallery]',
      faq: [{ question: 'Is <AT&T> affected?', answer: 'No: only **Meta** staff & contractors. Tom & Jerry said "hi" \\u0026 left.' }],
    };
    const written = await job<{ id: number; link: string }>('wordpress-write-in-editor', { role: 'author', title: 'Written in the editor by an author', json: JSON.stringify(article, null, 2) });
    const page = await visit(written.link);
    expectSafe(page);
    expect(page.elements.map((el) => el.tag)).to.deep.equal(['nb-brief']);
    expect(JSON.parse(page.articleScripts[0].text), 'the article as pasted').to.deep.equal(article);
    expect(page.elements[0].text).to.include('5 > 4 & 3 < 4. </script><script>__xss()</script> [gallery]').and.include('Is <AT&T> affected?');
  });

  it('invalid JSON: the page still renders its other content, with no element and no script; the edit screen shows the notice', async () => {
    ready();
    const page = await visit(posts.invalid.link);
    expectSafe(page);
    expect(page.bodyText).to.include('This paragraph still shows.').and.include('And this one.');
    expect(page.elements, 'elements rendered for invalid articles').to.deep.equal([]);
    expect(page.scriptRequests, 'newsbrief.min.js requests').to.deep.equal([]);
    expect(page.bodyText, 'no PHP error in the page').not.to.match(/warning|notice|fatal error|deprecated/i);

    const edit = await visit(`/wp-admin/post.php?post=${posts.invalid.id}&action=edit`, { login: true, editor: true });
    const notices = edit.notices.join('\n');
    // From PHP, when the post was saved (admin_notices, shown in the block editor as its notices)…
    expect(notices).to.match(/newsbrief: The article JSON of News brief block 1 cannot be shown: it is not valid JSON \(.+\)\. Readers see nothing/);
    expect(notices).to.match(/newsbrief: The article in the custom field newsbrief_article cannot be shown by the \[newsbrief\] shortcode: it is not valid JSON \(.+\)/);
    // …and from the block's own check in the editor, with the browser's position of the error.
    expect(notices).to.include('News brief: The article is not valid JSON: Unterminated string in JSON at position 22 (line 1 column 23). Readers see nothing');

    // Fixing the article (as the editor saves it again) clears the notices.
    await rest('POST', `/wp/v2/posts/${posts.invalid.id}`, { content: paragraph('Fixed.'), meta: { newsbrief_article: JSON.stringify(seed) } });
    const fixed = await visit(`/wp-admin/post.php?post=${posts.invalid.id}&action=edit`, { login: true, editor: true });
    expect(fixed.notices.join('\n')).not.to.include('cannot be shown');
  });

  it('a page without the block or shortcode loads no newsbrief script', async () => {
    ready();
    for (const path of [posts.plain.link, '/?page_id=2' /* the sample page */]) {
      const page = await visit(path);
      expectSafe(page);
      expect(page.moduleScripts, path).to.deep.equal([]);
      expect(page.scriptRequests, path).to.deep.equal([]);
    }
  });

  it('the block editor loads the editor script and previews the real element from the pasted JSON', async () => {
    ready();
    const edit = await visit(`/wp-admin/post.php?post=${posts.block.id}&action=edit`, { login: true, editor: true });
    expect(edit.status).to.equal(200);
    expect(edit.pageErrors, 'errors in the editor').to.deep.equal([]);
    const preview = edit.elements.find((el) => el.tag === 'nb-brief');
    expect(preview, 'nb-brief in the editor').to.exist;
    expect(preview!.defined).to.be.true;
    expect(preview!.text).to.include(fold(seed.tldr));
    expect(edit.scriptRequests).to.have.length(1);
  });

  it('the hostile article opened in the block editor (the administrator\'s session): the preview runs nothing', async () => {
    ready();
    const edit = await visit(`/wp-admin/post.php?post=${posts.hostileBlock.id}&action=edit`, { login: true, editor: true });
    expect(edit.pwned, 'payloads that ran in wp-admin').to.equal(0);
    expect(edit.dialogs).to.deep.equal([]);
    expect(edit.pageErrors).to.deep.equal([]);
    expect(edit.editorCanvases, 'the editor canvas').to.be.at.least(1);
    expect(edit.injectedInEditorCanvas).to.deep.equal([]);
    const preview = edit.elements.find((el) => el.tag === 'nb-brief');
    expect(preview?.attributes.heading, 'the hostile heading, as an attribute value').to.equal(HOSTILE_HEADING);
    expect(preview?.text).to.include('</script><script>__xss()</script>');
    expect(preview?.links.filter((href) => !/^https?:/i.test(href))).to.deep.equal([]);
  });

  it('the plugin writes no PHP notice, warning or error to the log', async () => {
    ready();
    const { lines } = await command<{ lines: string[] }>('wordpress-plugin-log');
    expect(lines).to.deep.equal([]);
  });
});
