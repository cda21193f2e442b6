// `newsbrief import`: seed pages, Markdown and HTML with page chrome, other languages, hostile input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkArticleText } from '../../dist/tools/check.js';
import { detectFormat, findDate, importArticle } from '../../dist/tools/import.js';
import { recognizeHeading } from '../../dist/tools/headings.js';
import { cli, fixture, readFixture } from './helpers.mjs';

/** Each input and the article it must give, checked in under test/fixtures/import/. */
const FIXTURES = [
  ['seed-meta-worker-tracking.txt', 'seed-meta-worker-tracking.json', 'text'],
  ['seed-meta-mouse-tracker.txt', 'seed-meta-mouse-tracker.json', 'text'],
  ['flood-warning.md', 'flood-warning.md.json', 'markdown'],
  ['flood-warning.html', 'flood-warning.html.json', 'html'],
  ['greve.md', 'greve.md.json', 'markdown'],
  ['heatwave-wordpress.html', 'heatwave-wordpress.html.json', 'html'],
  ['election-copied-page.txt', 'election-copied-page.json', 'text'],
];

describe('import: expected articles', () => {
  for (const [input, expected, format] of FIXTURES) {
    it(`${input} → ${expected}`, async () => {
      const { code, stdout } = await cli(['import', fixture(`import/${input}`)]);
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(stdout), JSON.parse(readFixture(`import/${expected}`)));
      assert.equal(detectFormat(readFixture(`import/${input}`)), format, 'format guessed without the file name');
      assert.deepEqual(checkArticleText(stdout).problems, [], 'the output passes validate');
    });
  }

  it('reads standard input for -, and lists on standard error what it could not place', async () => {
    const { code, stdout, stderr } = await cli(['import', '-'], readFixture('import/flood-warning.md'));
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout), JSON.parse(readFixture('import/flood-warning.md.json')));
    assert.match(stderr, /<stdin>: not placed: line 42: a question with no answer: "Will trains run on Monday\?"/);
    assert.match(stderr, /<stdin>: note: dropped as page chrome: line 1: "Home \| World \| Climate"; line 3: "Advertisement"/);
    const quiet = await cli(['import', '-q', '-'], readFixture('import/flood-warning.md'));
    assert.doesNotMatch(quiet.stderr, /note:/);
    assert.match(quiet.stderr, /not placed/);
  });

  it('lists the story paragraphs of a seed page it leaves out, by line', async () => {
    const { stderr } = await cli(['import', fixture('import/seed-meta-worker-tracking.txt')]);
    assert.match(stderr, /not placed: line 42: 1 paragraph under "What Meta’s employee tracking program involved"/);
    assert.match(stderr, /dropped as page chrome: line 1: "BREAKING NEWS"; line 2: "Logo"/);
    assert.match(stderr, /"728 x 90 Header Slot"/);
    assert.match(stderr, /the author's biography/);
  });

  it('exits 2 for a file it cannot read and on wrong use, 1 when there is nothing to import', async () => {
    assert.equal((await cli(['import', fixture('import/nope.md')])).code, 2);
    assert.equal((await cli(['import'])).code, 2);
    assert.equal((await cli(['import', '--from', 'docx', fixture('import/greve.md')])).code, 2);
    const empty = await cli(['import', '-'], '   \n');
    assert.equal(empty.code, 1);
    assert.equal(empty.stdout, '{}\n');
    assert.match(empty.stderr, /nothing could be imported/);
  });
});

describe('import: the parts of an article', () => {
  it('recognises the usual headings in English and the languages we ship', () => {
    const cases = {
      'TL;DR — Quick Summary': 'tldr', Summary: 'tldr', 'In short:': 'tldr', 'Key takeaways': 'keyFacts', 'Key Facts': 'keyFacts',
      FAQ: 'faq', 'Frequently Asked Questions (FAQ)': 'faq', 'Frequently asked questions about the leak': 'faq',
      'What we know': 'confirmedUnclear', 'Confirmed facts vs what remains unclear': 'confirmedUnclear', "What we don't know": 'unclear',
      Sources: 'sources', 'References:': 'sources', 'Further reading': 'sources',
      'Questions fréquentes': 'faq', 'En bref': 'tldr', 'Häufige Fragen': 'faq', Quellen: 'sources', 'Preguntas frecuentes': 'faq',
      'أسئلة شائعة': 'faq', 'المصادر': 'sources', 'よくある質問': 'faq', '常见问题': 'faq', 'Источники': 'sources', 'स्रोत': 'sources',
    };
    for (const [heading, kind] of Object.entries(cases)) assert.equal(recognizeHeading(heading)?.kind, kind, heading);
    for (const heading of ['Overview of the case', 'Why it matters', 'Our Take', 'Sourcing the data at Meta', 'Key to the city']) {
      assert.equal(recognizeHeading(heading), undefined, heading);
    }
  });

  it('splits "Confirmed: … Unclear: …" paragraphs into statements, wherever they are', () => {
    const { article } = importArticle('# Storm\n\n## Latest\n\nConfirmed: Power is out in 3 towns. Roads are closed.\n\n**Unclear:** When power returns.\n', 'markdown');
    assert.deepEqual(article.confirmed, ['Power is out in 3 towns.', 'Roads are closed.']);
    assert.deepEqual(article.unclear, ['When power returns.']);
  });

  it('trims stray ** from labels and reads "Label: text" and "Label — text" facts', () => {
    const text = 'Key facts\n**Main Update\n** The program is paused.\n**Duration:** Two months.\nCost — $4m.\n';
    const { article } = importArticle(`Storm closes roads across the county\n\n${text}`, 'text');
    assert.deepEqual(article.keyFacts, [
      { label: 'Main Update', text: 'The program is paused.' },
      { label: 'Duration', text: 'Two months.' },
    ]);
    const dated = importArticle('Vote count begins across the country\n\nKey facts\n**Election day:** May 3, 2026\n**Turnout** 71%\n', 'text').article;
    assert.deepEqual(dated.keyFacts, [{ label: 'Election day', text: 'May 3, 2026' }, { label: 'Turnout', text: '71%' }], 'a fact that is a date is not a dateline');
    const list = importArticle('# A\n\n## Key facts\n\n- Duration: Two months.\n- Cost — $4m.\n- Just a fact.\n', 'markdown').article;
    assert.deepEqual(list.keyFacts, [{ label: 'Duration', text: 'Two months.' }, { label: 'Cost', text: '$4m.' }, { text: 'Just a fact.' }]);
  });

  it('keeps links as sources: a Sources list, or the links in the text when there is none', () => {
    const listed = importArticle('# A\n\n## References\n\n1. [Report](https://example.org/r) (Example Org, 2026-01-05)\n2. https://example.net/page\n', 'markdown').article;
    assert.deepEqual(listed.sources, [
      { title: 'Report', publisher: 'Example Org', url: 'https://example.org/r', date: '2026-01-05' },
      { title: 'https://example.net/page', publisher: 'example.net', url: 'https://example.net/page' },
    ]);
    const inline = importArticle('<article><h1>Quake</h1><p>The <a href="https://usgs.gov/q">USGS said</a> it was a 6.1. <a href="/local">More</a></p></article>', 'html').article;
    assert.deepEqual(inline.sources, [{ title: 'USGS said', publisher: 'usgs.gov', url: 'https://usgs.gov/q' }]);
  });

  it('drops HTML page chrome: navigation, ads, share bars, bylines, author bios, forms, scripts', () => {
    const html = readFixture('import/flood-warning.html');
    const json = JSON.stringify(importArticle(html, 'html').article);
    for (const chrome of ['World', 'Advertisement', 'Tweet', 'Share', 'Related', '2020 floods', 'covers the West Midlands', 'newsletter', 'dataLayer', 'Photo: PA', '© 2026']) {
      assert.ok(!json.includes(chrome), chrome);
    }
  });

  it('drops the chrome of a WordPress theme: menus, breadcrumbs, ad units, share and related blocks, author box, comments', () => {
    const { article, unplaced } = importArticle(readFixture('import/heatwave-wordpress.html'), 'html');
    const json = JSON.stringify(article);
    for (const chrome of ['Sport', 'Home', 'Facebook', 'Share this', 'Last summer', 'Madrid correspondent', 'Leave a Reply', 'Copyright']) assert.ok(!json.includes(chrome), chrome);
    assert.deepEqual(unplaced, []);
  });

  it('reads "Summary:" and "Sources" lines, • bullets, and drops the bio that starts with the author\'s name', () => {
    const { article, notes } = importArticle(readFixture('import/election-copied-page.txt'), 'text');
    assert.equal(article.tldr, 'Exit polls put the centre-left alliance narrowly ahead. The final result is expected by midnight.');
    assert.equal(article.keyFacts.length, 2);
    assert.ok(!JSON.stringify(article).includes('political editor'));
    assert.match(notes.join('\n'), /line 27: the author's biography/);
  });

  it('reads dates as pages write them, in the article’s language', () => {
    assert.equal(findDate('Jun 23, 2026 · min read'), '2026-06-23');
    assert.equal(findDate('23rd June 2026'), '2026-06-23');
    assert.equal(findDate('2 mars 2026', 'fr'), '2026-03-02');
    assert.equal(findDate('14. März 2026', 'de'), '2026-03-14');
    assert.equal(findDate('5 de junio de 2026', 'es'), '2026-06-05');
    assert.equal(findDate('2026年6月23日', 'ja'), '2026-06-23');
    assert.equal(findDate('February 30, 2026'), undefined);
  });
});

describe('import: hostile input', () => {
  it('never throws, and its output always passes validate', () => {
    const inputs = [
      '', '\u0000\u0001\uffff', '#'.repeat(10_000), '<'.repeat(5000), '**'.repeat(5000), '[x]('.repeat(2000),
      'FAQ\n' + 'Why?\n'.repeat(2000), `Sources\n- ${'“'.repeat(3000)}`, '<script>alert(1)</script><h2>FAQ</h2><details><summary>Q?</summary><img src=x onerror=alert(1)>A</details>',
      `TL;DR\n${'word '.repeat(30_000)}`, '---\ntitle: 5\n---\n# x', '<html><body><h1></h1><h2>Sources</h2><ul><li><a href="javascript:alert(1)">x</a></li></ul>',
    ];
    for (const input of inputs) {
      for (const format of ['text', 'markdown', 'html']) {
        const { article } = importArticle(input, format);
        assert.deepEqual(checkArticleText(JSON.stringify(article)).problems, [], `${format}: ${input.slice(0, 40)}`);
        assert.ok(!JSON.stringify(article).includes('javascript:'));
      }
    }
  });

  it('keeps HTML in the text as text (the elements show it literally), never as markup to run', () => {
    const { article } = importArticle('# T\n\n## TL;DR\n\nHello <img src=x onerror=alert(1)> world, it is a long enough line.\n', 'markdown');
    assert.equal(article.tldr, 'Hello world, it is a long enough line.');
  });
});
