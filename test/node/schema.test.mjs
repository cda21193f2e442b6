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

// Cross-references are the one documented exception: JSON Schema cannot say that `[^7]` needs 7 sources, that a
// cited id exists, or that ids are unique, so the schema accepts such an article and the reader reports it.
// Markers in texts are never the schema's. A `cites` entry or an id is a cross-reference problem only when
// its form is right, by the documented rules (written out here, not taken from the schema under test): an
// entry is a whole number from 1, those digits as a string, or a name; a name is 1 to 64 characters (UTF-16
// units, as the reader counts), none of them white space, `[`, `]` or `^`, and not only digits.
const NAME = /^(?!\d+$)[^\s[\]^]{1,64}$/;
const citeForm = (ref) => (Number.isInteger(ref) && ref >= 1) || (typeof ref === 'string' && (/^0*[1-9]\d*$/.test(ref) || NAME.test(ref)));
const idForm = (id) => id === null || id === undefined || (typeof id === 'string' && (!id.trim() || NAME.test(id)));
const CROSS_REFERENCE = /^(\S+) cites .+, but (?:no source has that id|there are \d+ sources|sources\[\d+\] was skipped)$/;
const REPEATED_ID = /^(sources\[\d+\]\.id) ".*" is not unique or not a name/s;
const at = (data, path) => [...path.matchAll(/(\w+)|\[(\d+)\]/g)].reduce((value, [, key, index]) => value?.[key ?? +index], data);
function isCrossReference(message, data) {
  const cite = CROSS_REFERENCE.exec(message);
  if (cite) return !/\.cites\[\d+\]$/.test(cite[1]) || citeForm(at(data, cite[1]));
  const id = REPEATED_ID.exec(message);
  return Boolean(id) && idForm(at(data, id[1]));
}

// What the reader must report about an article the schema accepts (so every source is valid and kept):
// worked out here independently, from the documented rules of citations.
const MARKER = /\[\^([^\s[\]^]{1,64})\]/g;
function expectedCrossReferences(data) {
  const sources = data.sources ?? [];
  const ids = new Set();
  const found = [];
  sources.forEach((source, index) => {
    if (typeof source.id !== 'string' || !source.id.trim()) return;
    if (ids.has(source.id)) found.push(`sources[${index}].id`);
    ids.add(source.id);
  });
  const names = (ref) => (/^\d+$/.test(String(ref)) ? +ref >= 1 && +ref <= sources.length : ids.has(ref));
  const prose = (value, where) => {
    for (const [, ref] of (typeof value === 'string' ? value : '').matchAll(MARKER)) if (!names(ref)) found.push(where);
  };
  const cites = (list, where) => (list ?? []).forEach((ref, index) => names(ref) || found.push(`${where}[${index}]`));
  prose(data.tldr, 'tldr');
  (data.keyFacts ?? []).forEach((fact, i) => (prose(fact.label, `keyFacts[${i}].label`), prose(fact.text, `keyFacts[${i}].text`), cites(fact.cites, `keyFacts[${i}].cites`)));
  (data.faq ?? []).forEach((item, i) => (prose(item.question, `faq[${i}].question`), prose(item.answer, `faq[${i}].answer`), cites(item.cites, `faq[${i}].cites`)));
  for (const field of ['confirmed', 'unclear']) {
    (data[field] ?? []).forEach((item, i) => (typeof item === 'string' ? prose(item, `${field}[${i}]`) : (prose(item.text, `${field}[${i}].text`), cites(item.cites, `${field}[${i}].cites`))));
  }
  return found.sort();
}

const tally = { agreed: 0, crossReferences: 0 };
const agree = (article) => {
  const bySchema = schemaAccepts(article);
  const { problems } = readArticle(article, ARTICLE_FIELDS);
  const others = problems.filter((message) => !isCrossReference(message, article));
  const shown = () => `${JSON.stringify(article).slice(0, 300)} ${JSON.stringify(problems)} ${JSON.stringify(schemaAccepts.errors)}`;
  assert.equal(bySchema, others.length === 0, `schema ${bySchema ? 'accepts' : 'rejects'} but the elements ${others.length ? 'report' : 'accept'}: ${shown()}`);
  if (!bySchema) return;
  // Accepted by the schema: the reader reports exactly the cross-references that name no source, and nothing else.
  assert.deepEqual(problems.map((message) => message.slice(0, message.indexOf(' '))).sort(), expectedCrossReferences(article), shown());
  tally[problems.length ? 'crossReferences' : 'agreed']++;
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
// Good values, and `mostly`: each value has a small chance of being wrong.
const good = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '');
const goodDate = fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2100-01-01') }).map((date) => date.toISOString());
const mostly = (arbitrary, wrong) => fc.oneof({ weight: 30, arbitrary }, { weight: 1, arbitrary: wrong });
// Citations: refs of every kind (positions in and out of range, ids known and unknown, names that can never be
// ids, wrong types), source ids (good, repeated, digits, spaces, brackets, too long counted in UTF-16 units).
const ID_POOL = ['guardian', 'bbc', 'g', 'é-1', '-1', '1.5'];
const BAD_IDS = ['12', '0', 'a b', 'x]', '[x', 'a^b', ' g', 'x'.repeat(65), '😀'.repeat(33), '\ud800'.repeat(65)];
const idArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ID_POOL) }, { weight: 2, arbitrary: fc.constantFrom(...BAD_IDS, 'x'.repeat(64), '😀'.repeat(32), '', '  ', null) }, { weight: 1, arbitrary: anyValue });
const positionRef = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 99, 1e21) });
const stringRef = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ID_POOL, 'unknown') }, { weight: 2, arbitrary: fc.constantFrom('1', '2', '02', '0', '00', '99999999999999999999') }, { weight: 1, arbitrary: fc.constantFrom(...BAD_IDS, '', '😀'.repeat(32)) });
const citeArb = fc.oneof({ weight: 8, arbitrary: fc.oneof(positionRef, stringRef) }, { weight: 1, arbitrary: fc.constantFrom(null, true, [], {}, [1], { id: 'g' }) });
const citesArb = fc.oneof({ weight: 8, arbitrary: fc.array(citeArb, { maxLength: 3 }) }, { weight: 1, arbitrary: anyValue });
// A text with markers: `[^2]`, `[^guardian]`, and some that are no marker at all (`[^]`, `[^a b]`, too long).
const markerArb = fc.oneof(positionRef.map((ref) => `[^${ref}]`), stringRef.map((ref) => `[^${ref}]`), fc.constantFrom('[^]', '[^a b]', `[^${'x'.repeat(65)}]`, '[^^]', '[^1', '^1]'));
const citedText = fc.tuple(fc.oneof(good, text), fc.array(markerArb, { maxLength: 3 }), fc.oneof(fc.constant(''), good)).map(([before, markers, after]) => `${before}${markers.join('')}${after}`);
const prose = fc.oneof({ weight: 2, arbitrary: text }, { weight: 3, arbitrary: citedText });
const statementArb = fc.oneof({ weight: 2, arbitrary: maybe(prose) }, { weight: 2, arbitrary: fc.record({ text: maybe(prose), cites: citesArb, extra: anyValue }, { requiredKeys: [] }) });
const hostileArticle = fc.record(
  {
    headline: maybe(text),
    url: maybe(text),
    lang: maybe(text),
    published: maybe(dateText),
    updated: maybe(dateText),
    author: maybe(text),
    tldr: maybe(prose),
    keyFacts: list(item({ label: maybe(prose), text: maybe(prose), cites: citesArb, extra: anyValue })),
    confirmed: list(statementArb),
    unclear: list(statementArb),
    faq: list(item({ question: maybe(prose), answer: maybe(prose), cites: citesArb })),
    sources: list(item({ id: idArb, title: maybe(text), publisher: maybe(text), url: maybe(text), date: maybe(dateText) })),
    unknownField: anyValue,
  },
  { requiredKeys: [] },
);
// Articles an editor writes, mostly right: each value has a small chance of being wrong.
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
// A cited article an editor writes: mostly right, with the occasional wrong position, unknown or repeated id, wrong entry type.
const goodRef = fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constantFrom('guardian', 'bbc', 'g'));
const editorCites = mostly(fc.array(mostly(goodRef, citeArb), { maxLength: 3 }), citesArb);
const editorProse = mostly(fc.tuple(good, fc.array(mostly(goodRef.map((ref) => `[^${ref}]`), markerArb), { maxLength: 2 })).map(([words, markers]) => `${words}${markers.join('')}`), prose);
const citedArticle = fc.record(
  {
    tldr: editorProse,
    keyFacts: fc.array(mostly(fc.record({ label: mostly(good, prose), text: editorProse, cites: editorCites }, { requiredKeys: ['text'] }), anyValue), { maxLength: 3 }),
    confirmed: fc.array(mostly(fc.oneof(editorProse, fc.record({ text: editorProse, cites: editorCites }, { requiredKeys: ['text'] })), statementArb), { maxLength: 3 }),
    unclear: fc.array(mostly(fc.record({ text: editorProse, cites: editorCites }), statementArb), { maxLength: 2 }),
    faq: fc.array(mostly(fc.record({ question: good, answer: editorProse, cites: editorCites }, { requiredKeys: ['question', 'answer'] }), anyValue), { maxLength: 2 }),
    sources: fc.array(mostly(fc.record({ id: mostly(fc.constantFrom('guardian', 'bbc', 'g'), idArb), title: good }, { requiredKeys: ['title'] }), anyValue), { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ['sources'] },
);
const article = fc.oneof(editorArticle, citedArticle, hostileArticle);
// JSON has no `undefined`: an article file is what JSON.parse gives back.
const asJson = (value) => JSON.parse(JSON.stringify(value));

describe('schema.json', () => {
  it('is a draft 2020-12 schema that Ajv compiles in strict mode, exported by the package', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(ajv.validateSchema(schema));
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    assert.equal(pkg.exports['./schema.json'], './schema.json');
    assert.ok(pkg.files.includes('schema.json'));
    assert.equal(schema.$defs.text.anyOf[0].maxLength, MAX_TEXT_LENGTH);
  });

  it('describes every field the elements read, for editors', () => {
    for (const field of ARTICLE_FIELDS) assert.ok(schema.properties[field]?.description, field);
  });

  it('accepts the example articles', () => {
    for (const name of ['meta-worker-tracking.json', 'meta-mouse-tracker.json', 'cited-article.json', 'import/greve.md.json', 'import/flood-warning.html.json']) {
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
      // Blank text of any length counts as absent, even past the length limit.
      { tldr: ' '.repeat(MAX_TEXT_LENGTH + 1) }, { published: ' '.repeat(MAX_TEXT_LENGTH + 1) }, { published: `${' '.repeat(MAX_TEXT_LENGTH)}2026-01-01` },
      // Citations: the shapes, wrong entry types, statements without text, bad ids.
      { sources: [{ id: 'g', title: 't' }], tldr: 'x[^g][^1]', keyFacts: [{ text: 'x', cites: [1, 'g', '1'] }], confirmed: ['x[^1]', { text: 'y', cites: ['g'] }], unclear: [{ text: 'z' }], faq: [{ question: 'q[^g]', answer: 'a', cites: [] }] },
      { keyFacts: [{ text: 'x', cites: null }] }, { keyFacts: [{ text: 'x', cites: 1 }] }, { keyFacts: [{ text: 'x', cites: [true] }] }, { keyFacts: [{ text: 'x', cites: [null] }] },
      { sources: [{ title: 't' }], faq: [{ question: 'q', answer: 'a', cites: [[1]] }] }, { sources: [{ title: 't' }], faq: [{ question: 'q', answer: 'a', cites: [0] }] },
      { sources: [{ title: 't' }], faq: [{ question: 'q', answer: 'a', cites: [1.5] }] }, { sources: [{ title: 't' }], faq: [{ question: 'q', answer: 'a', cites: ['0'] }] },
      { sources: [{ title: 't' }], faq: [{ question: 'q', answer: 'a', cites: [''] }] }, { sources: [{ title: 't' }], faq: [{ question: 'q', answer: 'a', cites: ['a b'] }] },
      { confirmed: [{}] }, { confirmed: [{ cites: [1] }] }, { confirmed: [{ text: ' ', cites: [1] }] }, { unclear: [{ text: 5 }] }, { unclear: [[]] }, { confirmed: [{ text: 'x', cites: 'g' }] },
      { sources: [{ id: '', title: 't' }] }, { sources: [{ id: '  ', title: 't' }] }, { sources: [{ id: null, title: 't' }] }, { sources: [{ id: 5, title: 't' }] },
      { sources: [{ id: '12', title: 't' }] }, { sources: [{ id: 'a b', title: 't' }] }, { sources: [{ id: 'a]', title: 't' }] }, { sources: [{ id: '^', title: 't' }] },
      { sources: [{ id: 'x'.repeat(64), title: 't' }] }, { sources: [{ id: 'x'.repeat(65), title: 't' }] }, { sources: [{ id: '😀'.repeat(32), title: 't' }] }, { sources: [{ id: '😀'.repeat(33), title: 't' }] },
      { sources: [{ id: '-1', title: 't' }], keyFacts: [{ text: 'x', cites: ['-1'] }] },
    ];
    for (const data of cases) agree(data);
  });

  it('accepts the cross-references it cannot check, which the reader reports: the one documented exception', () => {
    const sources = [{ id: 'guardian', title: 'A' }, { title: 'B' }, { title: 'C' }, { title: 'D' }];
    const cases = [
      [{ sources, tldr: 'x[^7]' }, ['tldr cites [^7], but there are 4 sources']],
      [{ sources, keyFacts: [{ text: 'x', cites: [2, 9] }] }, ['keyFacts[0].cites[1] cites 9, but there are 4 sources']],
      [{ sources, faq: [{ question: 'q[^bbc]', answer: 'a', cites: ['nope'] }] }, ['faq[0].question cites [^bbc], but no source has that id', 'faq[0].cites[0] cites "nope", but no source has that id']],
      [{ sources, confirmed: [{ text: 'x[^0]', cites: ['5'] }] }, ['confirmed[0].text cites [^0], but there are 4 sources', 'confirmed[0].cites[0] cites "5", but there are 4 sources']],
      [{ sources: [...sources, { id: 'guardian', title: 'E' }] }, ['sources[4].id "guardian" is not unique or not a name (digits, spaces, [, ], ^)']],
    ];
    for (const [data, problems] of cases) {
      assert.ok(schemaAccepts(data), JSON.stringify(schemaAccepts.errors));
      assert.deepEqual(readArticle(data, ARTICLE_FIELDS).problems, problems);
      agree(data);
    }
    // The schema's descriptions say so.
    assert.match(schema.$defs.cites.description, /checked by the reader/);
    assert.match(schema.properties.sources.items.properties.id.description, /unique[^]*schema cannot/);
  });

  it('agrees with readArticle on generated articles, valid and invalid (fast-check)', () => {
    let accepted = 0;
    tally.agreed = tally.crossReferences = 0;
    fc.assert(
      fc.property(article, (generated) => {
        const data = asJson(generated);
        agree(data);
        if (elementsAccept(data)) accepted++;
      }),
      { numRuns: 1500 },
    );
    // Both sides of the line are exercised, not only one, and so is the exception.
    assert.ok(accepted > 50 && accepted < 1450, `accepted ${accepted} of 1500`);
    assert.ok(tally.crossReferences > 50 && tally.agreed > 50, `accepted by both: ${tally.agreed}; schema-valid articles with cross-reference problems: ${tally.crossReferences}`);
  });
});
