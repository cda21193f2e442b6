// The language tables are rows of texts in the order of the English table's keys (src/shared/labels.ts,
// `labelsFromRow`): nothing in the types ties a row's place to its key, so this reads the sources and checks
// that the English table, the `LabelRow` tuple and every language's row (each text commented with its key)
// name the same keys in the same order. A label added in one place and not the others fails here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const source = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const labels = source('src/shared/labels.ts');
const between = (text, start, end) => {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `${start} not found`);
  return text.slice(from + start.length, text.indexOf(end, from + start.length));
};
const englishKeys = [...between(labels, 'export const EN_LABELS: NbLabels = {', '\n};').matchAll(/^ {2}(\w+): /gm)].map((m) => m[1]);
const rowKeys = [...between(labels, 'export type LabelRow = [', '\n];').matchAll(/^ {2}(\w+): string,$/gm)].map((m) => m[1]);
const languages = readdirSync(new URL('../../src/locales/', import.meta.url)).filter((file) => /^[a-z]{2}(-[A-Z][a-z]{3})?\.ts$/.test(file));

describe('language rows', () => {
  it('the English table and the LabelRow tuple name the same keys in the same order', () => {
    assert.ok(englishKeys.length > 10);
    assert.deepEqual(rowKeys, englishKeys);
  });

  it('every language has one text per key, in that order, each commented with its key', () => {
    assert.equal(languages.length, 20); // 19 languages and Chinese in Traditional characters
    for (const file of languages) {
      const row = between(source(`src/locales/${file}`), 'labelsFromRow([', '\n]);');
      const lines = row.split('\n').filter((line) => line.trim());
      const keys = lines.map((line) => line.match(/^ {2}(['"]).*\1, \/\/ (\w+)$/)?.[2]);
      assert.deepEqual(keys, englishKeys, file);
    }
  });
});
