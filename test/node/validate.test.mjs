// `newsbrief validate`: the elements' own rules, positions, formats and exit codes; `--help` of every command.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkArticleText } from '../../dist/tools/check.js';
import { cli, fixture } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-validate-'));
const write = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const INVALID = `{
  "headline": "Flood warning",
  "published": "2026-02-30",
  "keyFacts": [
    { "label": "Peak", "text": "Sunday" },
    { "label": "Homes" },
    "just text"
  ],
  "faq": [{ "question": "  ", "answer": 42 }],
  "sources": [{ "title": "EA", "date": "yesterday" }],
  "confirmed": "not a list"
}
`;

// Citations that name no source, wrong `cites` entries, statements without text, bad and repeated ids.
const CITED = `{
  "tldr": "It ran.[^1] Then \\"it\\" stopped.[^9] And\\n again.[^9]",
  "keyFacts": [
    { "label": "A\\u00e9[^x]", "text": "Fact.", "cites": [1, "nope", true] }
  ],
  "confirmed": [{ "text": "Yes.[^bbc]", "cites": [0] }, { "cites": [1] }],
  "faq": [{ "question": "Q?", "answer": "A.", "cites": ["g", [2]] }],
  "sources": [
    { "id": "g", "title": "One" },
    { "id": "g", "title": "Two" },
    { "id": "a b", "title": "Three" }
  ]
}
`;

describe('validate: problems and their positions', () => {
  it('finds nothing in valid article files', async () => {
    const { code, stdout, stderr } = await cli(['validate', fixture('meta-worker-tracking.json'), fixture('meta-mouse-tracker.json')]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /meta-worker-tracking\.json: valid/);
  });

  it('reports every problem the elements report, at the line and column of the value', async () => {
    const path = write('invalid.json', INVALID);
    const { code, stdout } = await cli(['validate', path]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      `${path}:3:16: published is not an ISO 8601 date: "2026-02-30"`,
      `${path}:6:5: keyFacts[1].text is missing`,
      `${path}:7:5: keyFacts[2] should be an object with "label" and "text"`,
      `${path}:9:25: faq[0].question is empty`,
      `${path}:9:41: faq[0].answer should be a string, not number`,
      `${path}:10:40: sources[0].date is not an ISO 8601 date: "yesterday"`,
      `${path}:11:16: confirmed should be an array, not string`,
    ]);
  });

  it('reports citations that name no source at the marker in its text, or at the cites entry', async () => {
    const path = write('cited.json', CITED);
    const { code, stdout } = await cli(['validate', path]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      // The column of each marker, escapes in the text (\", \n, \u00e9) counted as written; a repeated marker, each time.
      `${path}:2:44: tldr cites [^9], but there are 3 sources`,
      `${path}:2:61: tldr cites [^9], but there are 3 sources`,
      `${path}:4:24: keyFacts[0].label cites [^x], but no source has that id`,
      `${path}:4:61: keyFacts[0].cites[1] cites "nope", but no source has that id`,
      `${path}:4:69: keyFacts[0].cites[2] should be a number or a string, not boolean`,
      `${path}:6:32: confirmed[0].text cites [^bbc], but no source has that id`,
      `${path}:6:51: confirmed[0].cites[0] cites 0, but there are 3 sources`,
      `${path}:6:57: confirmed[1].text is missing`,
      `${path}:7:62: faq[0].cites[1] should be a number or a string, not array`,
      `${path}:10:13: sources[1].id "g" is not unique or not a name (digits, spaces, [, ], ^)`,
      `${path}:11:13: sources[2].id "a b" is not unique or not a name (digits, spaces, [, ], ^)`,
    ]);
  });

  it('finds nothing in a valid cited article', async () => {
    const { code, stdout } = await cli(['validate', fixture('cited-article.json')]);
    assert.equal(code, 0);
    assert.equal(stdout, '');
  });

  it('points at a bad marker after astral characters and CRLF line ends too', () => {
    const { problems } = checkArticleText('{\r\n  "sources": [{ "title": "t" }],\r\n  "tldr": "😀 x[^2]"\r\n}');
    assert.deepEqual(problems, [{ line: 3, column: 16, message: 'tldr cites [^2], but there are 1 sources', path: 'tldr' }]);
  });

  it('reports JSON syntax errors at their position', async () => {
    const cases = [
      ['{\n  "tldr": "a",\n}\n', '3:1: JSON syntax: a property name in double quotes expected'],
      ['{\n  "tldr": "a"\n  "faq": []\n}\n', '3:3: JSON syntax: "," expected'],
      ['{\n  // a comment\n  "tldr": "a"\n}\n', '2:3: JSON syntax: comments are not allowed in JSON'],
      ['{ "tldr": "unclosed }\n', '1:11: JSON syntax: the string is not closed'],
      ['{ "tldr": \'single\' }', '1:11: JSON syntax: unexpected character'],
      ['', '1:1: JSON syntax: the file is empty'],
      ['{"a":1}{"b":2}', '1:8: JSON syntax: end of file expected: one JSON value only'],
    ];
    for (const [text, expected] of cases) {
      const path = write('syntax.json', text);
      const { code, stdout } = await cli(['validate', path]);
      assert.equal(code, 1, text);
      assert.equal(stdout, `${path}:${expected}\n`, text);
    }
  });

  it('reads a file with a byte order mark, and CRLF line ends, as editors write them', () => {
    const { problems } = checkArticleText('\ufeff{\r\n  "tldr": "a",\r\n  "published": "nope"\r\n}\r\n');
    assert.deepEqual(problems, [{ line: 3, column: 16, message: 'published is not an ISO 8601 date: "nope"', path: 'published' }]);
  });

  it('points a problem about the whole article at its start', () => {
    assert.deepEqual(checkArticleText('\n  [1, 2]').problems, [{ line: 2, column: 3, message: 'the article should be a JSON object, not array' }]);
  });

  it('cuts and reports over-long text like the elements', () => {
    const { problems, article } = checkArticleText(JSON.stringify({ tldr: 'x'.repeat(20_001) }));
    assert.equal(problems[0].message, 'tldr is longer than 20000 characters and was cut');
    assert.equal(article.tldr.length, 20_000);
  });
});

describe('validate: formats, input and exit codes', () => {
  it('prints problems as JSON with --format json', async () => {
    const path = write('invalid.json', INVALID);
    const { code, stdout } = await cli(['validate', '--format', 'json', path, fixture('meta-mouse-tracker.json')]);
    assert.equal(code, 1);
    const reports = JSON.parse(stdout);
    assert.equal(reports.length, 7);
    assert.deepEqual(reports[1], { file: path, line: 6, column: 5, message: 'keyFacts[1].text is missing', path: 'keyFacts[1].text' });
  });

  it('exits 2 when a file cannot be read, and still checks the others', async () => {
    const missing = join(dir, 'missing.json');
    const { code, stdout } = await cli(['validate', missing, write('bad.json', '{"tldr": 1}')]);
    assert.equal(code, 2);
    assert.match(stdout, new RegExp(`${missing}: cannot read: no such file\\n`));
    assert.match(stdout, /bad\.json:1:10: tldr should be a string, not number/);
    const json = await cli(['validate', '--format', 'json', dir]);
    assert.equal(json.code, 2);
    assert.deepEqual(JSON.parse(json.stdout), [{ file: dir, message: 'cannot read: is a directory', fatal: true }]);
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await cli(['validate', '-'], '{\n "faq": [{}]\n}');
    assert.equal(code, 1);
    assert.equal(stdout, '<stdin>:2:10: faq[0].question is missing\n<stdin>:2:10: faq[0].answer is missing\n');
  });

  it('exits 2 on wrong use: no file, an unknown option or format', async () => {
    for (const args of [['validate'], ['validate', '--nope', 'a.json'], ['validate', '--format', 'xml', 'a.json']]) {
      const { code, stderr } = await cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage: newsbrief validate/);
    }
  });
});

describe('--help for every command', () => {
  for (const [args, usage] of [
    [['--help'], /Usage: newsbrief <command>[^]*render[^]*validate[^]*import/],
    [['render', '--help'], /Usage: newsbrief render/],
    [['validate', '--help'], /Usage: newsbrief validate[^]*Exit code: 0/],
    [['import', '--help'], /Usage: newsbrief import[^]*standard error/],
  ]) {
    it(`newsbrief ${args.join(' ')}`, async () => {
      const { code, stdout } = await cli(args);
      assert.equal(code, 0);
      assert.match(stdout, usage);
    });
  }

  it('still renders (the render command is unchanged)', async () => {
    const { code, stdout } = await cli(['render', fixture('meta-mouse-tracker.json'), '--element', 'nb-tldr']);
    assert.equal(code, 0);
    assert.match(stdout, /^<nb-tldr[^]*<template shadowroot(mode)?="open"/);
  });
});
