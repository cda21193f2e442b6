// schema.json agrees with the elements: what Ajv (draft 2020-12) accepts, readArticle accepts, and the other way round.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { ARTICLE_FIELDS, MAX_TEXT_LENGTH, readArticle } from '../../dist/shared/article.js';
import { ROOT, readFixture } from './helpers.mjs';

const schema = JSON.parse(readFileSync(`${ROOT}schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const schemaAccepts = ajv.compile(schema);
const elementsAccept = (article) => readArticle(article, ARTICLE_FIELDS).problems.length === 0;

const agree = (article) => {
  const bySchema = schemaAccepts(article);
  const byElements = elementsAccept(article);
  assert.equal(bySchema, byElements, `schema ${bySchema ? 'accepts' : 'rejects'} but the elements ${byElements ? 'accept' : 'report'}: ${JSON.stringify(article).slice(0, 300)} ${JSON.stringify(readArticle(article, ARTICLE_FIELDS).problems)} ${JSON.stringify(schemaAccepts.errors)}`);
};

// Texts near every edge: blank, white space of every kind, astral characters, the length limit.
const LONG = MAX_TEXT_LENGTH;
const edgeText = fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u2003', '\ufeff', '\u200b', 'x', ' x ', 'é', '😀', '<b>x</b>', '**x**', 'x'.repeat(LONG), 'x'.repeat(LONG + 1), '😀'.repeat(LONG), '😀'.repeat(LONG + 1), `${' '.repeat(LONG)}x`, '\ud800', 'x\ud800'.repeat(LONG / 2 + 1));
const text = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) }, { weight: 2, arbitrary: edgeText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) });
const dateText = fc.oneof(
  fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') }).map((date) => date.toISOString().slice(0, 10)),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.constantFrom('T', ' ', 't', '  '), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', ':00', ':59', ':60', ':00.5', ':00.000', ':5'), fc.constantFrom('', 'Z', '+01:00', '-0530', '+24:00', '+23:59', '-00:60', 'z', '+1'))
    .map(([sep, h, m, s, zone]) => `2024-02-29${sep}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s}${zone}`),
  fc.constantFrom('2023-02-29', '2000-02-29', '1900-02-29', '2026-04-31', ' 2026-06-23 ', '2026-6-23', '20260623', 'June 23, 2026', '2026-06-23T24:00', '2026-06-23T24:00:00.000', '2026-06-23T24:00:01', '2026-06-23T10:00:00.'),
  text,
);
const anyValue = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), text);
const maybe = (arbitrary) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anyValue });
const item = (shape) => fc.oneof({ weight: 5, arbitrary: fc.record(shape, { requiredKeys: [] }) }, { weight: 1, arbitrary: anyValue });
const list = (itemArbitrary) => maybe(fc.array(itemArbitrary, { maxLength: 4 }));
const hostileArticle = fc.record(
  {
    headline: maybe(text),
    url: maybe(text),
    lang: maybe(text),
    published: maybe(dateText),
    updated: maybe(dateText),
    author: maybe(text),
    tldr: maybe(text),
    keyFacts: list(item({ label: maybe(text), text: maybe(text), extra: anyValue })),
    confirmed: list(maybe(text)),
    unclear: list(maybe(text)),
    faq: list(item({ question: maybe(text), answer: maybe(text) })),
    sources: list(item({ title: maybe(text), publisher: maybe(text), url: maybe(text), date: maybe(dateText) })),
    unknownField: anyValue,
  },
  { requiredKeys: [] },
);
// Articles an editor writes, mostly right: each value has a small chance of being wrong.
const good = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '');
const goodDate = fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') }).map((date) => date.toISOString());
const mostly = (arbitrary, wrong) => fc.oneof({ weight: 30, arbitrary }, { weight: 1, arbitrary: wrong });
const editorArticle = fc.record(
  {
    headline: mostly(good, text),
    lang: mostly(fc.constantFrom('en', 'fr', 'ar', 'pt-BR'), anyValue),
    published: mostly(goodDate, dateText),
    tldr: mostly(good, text),
    keyFacts: fc.array(mostly(fc.record({ label: mostly(good, text), text: mostly(good, text) }, { requiredKeys: ['text'] }), anyValue), { maxLength: 3 }),
    confirmed: fc.array(mostly(good, text), { maxLength: 3 }),
    unclear: fc.array(mostly(good, text), { maxLength: 3 }),
    faq: fc.array(mostly(fc.record({ question: mostly(good, text), answer: mostly(good, text) }), anyValue), { maxLength: 3 }),
    sources: fc.array(mostly(fc.record({ title: mostly(good, text), url: mostly(fc.webUrl(), text), date: mostly(goodDate, dateText) }, { requiredKeys: ['title'] }), anyValue), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const article = fc.oneof(editorArticle, hostileArticle);
// JSON has no `undefined`: an article file is what JSON.parse gives back.
const asJson = (value) => JSON.parse(JSON.stringify(value));

describe('schema.json', () => {
  it('is a draft 2020-12 schema that Ajv compiles in strict mode, exported by the package', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(ajv.validateSchema(schema));
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    assert.equal(pkg.exports['./schema.json'], './schema.json');
    assert.ok(pkg.files.includes('schema.json'));
    assert.equal(schema.$defs.text.maxLength, MAX_TEXT_LENGTH);
  });

  it('describes every field the elements read, for editors', () => {
    for (const field of ARTICLE_FIELDS) assert.ok(schema.properties[field]?.description, field);
  });

  it('accepts the example articles', () => {
    for (const name of ['meta-worker-tracking.json', 'meta-mouse-tracker.json', 'import/greve.md.json', 'import/flood-warning.html.json']) {
      const data = JSON.parse(readFixture(name));
      assert.ok(schemaAccepts(data), `${name}: ${JSON.stringify(schemaAccepts.errors)}`);
      assert.ok(schemaAccepts({ $schema: 'https://unpkg.com/newsbrief@0.1/schema.json', ...data }));
    }
  });

  it('rejects what the elements report, and accepts what they accept (edge cases)', () => {
    const cases = [
      {}, { tldr: null }, { tldr: '   ' }, { tldr: 5 }, { keyFacts: [{ text: ' ' }] }, { keyFacts: [{ label: ' ', text: 'x' }] }, { keyFacts: [null] },
      { confirmed: [''] }, { confirmed: ['x', null] }, { unclear: 'x' }, { faq: [{ question: 'q' }] }, { sources: [{ title: 't', date: '' }] },
      { sources: [{ title: 't', date: 'soon' }] }, { published: '2024-02-29' }, { published: '2023-02-29' }, { published: '2026-06-23T24:00:00Z' },
      { published: '2026-06-23T24:00:30Z' }, { published: ' 2026-06-23T10:00+0530 ' }, { tldr: '😀'.repeat(MAX_TEXT_LENGTH) }, { tldr: '😀'.repeat(MAX_TEXT_LENGTH + 1) },
      [], 'x', null, 5,
    ];
    for (const data of cases) agree(data);
  });

  it('agrees with readArticle on generated articles, valid and invalid (fast-check)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(article, (generated) => {
        const data = asJson(generated);
        agree(data);
        if (elementsAccept(data)) accepted++;
      }),
      { numRuns: 1500 },
    );
    // Both sides of the line are exercised, not only one.
    assert.ok(accepted > 50 && accepted < 1450, `accepted ${accepted} of 1500`);
  });
});
