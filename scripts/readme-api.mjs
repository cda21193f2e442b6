// Writes the README's element reference from custom-elements.json (generated from the classes' JSDoc),
// between the `<!-- api:start -->` and `<!-- api:end -->` markers. `--check` fails if the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''] : [];

/** Events that every element fires (from the base class): listed once, not under each element. */
const SHARED_EVENTS = ['nb-error', 'nb-update'];

const ORDER = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief'];
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));

const shared = (list, key) => list.filter((item) => elements.every((el) => (el[key] ?? []).some((other) => other.name === item.name)));
const first = elements[0];
const sharedAttributes = shared(first.attributes ?? [], 'attributes');
const sharedParts = shared(first.cssParts ?? [], 'cssParts');
const isShared = (list) => (item) => !list.some((other) => other.name === item.name);

const lines = [
  '### Attributes and properties of every element',
  '',
  ...table(
    ['attribute', 'property', 'type', 'default', 'description'],
    sharedAttributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
  ),
  'The `data` property (no attribute) takes the article as an object and wins over every attribute.',
  '',
  '### Events of every element',
  '',
  ...table(['event', 'description'], (first.events ?? []).filter((e) => SHARED_EVENTS.includes(e.name)).map((e) => [code(e.name), cell(e.description)])),
  '### CSS custom properties of every element',
  '',
  ...table(['property', 'description'], (first.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)])),
  '### CSS parts of every element',
  '',
  ...table(['part', 'description'], sharedParts.map((p) => [code(p.name), cell(p.description)])),
];

for (const el of elements) {
  lines.push(`### \`<${el.tagName}>\``, '', cell(el.description), '');
  const attributes = (el.attributes ?? []).filter(isShared(sharedAttributes));
  if (attributes.length) {
    lines.push('Attributes:', '');
    lines.push(...table(['attribute', 'property', 'type', 'default', 'description'], attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)])));
  }
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.inheritedFrom);
  const getters = (el.members ?? []).filter((m) => m.kind === 'field' && m.readonly && !m.inheritedFrom && m.privacy !== 'private' && m.privacy !== 'protected');
  if (methods.length || getters.length) {
    lines.push('Methods and read-only properties:', '');
    lines.push(
      ...table(
        ['name', 'description'],
        [
          ...methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`), cell(m.description)]),
          ...getters.map((m) => [code(m.name), cell(m.description)]),
        ],
      ),
    );
  }
  const events = (el.events ?? []).filter((e) => !SHARED_EVENTS.includes(e.name));
  if (events.length) lines.push('Events:', '', ...table(['event', 'description'], events.map((e) => [code(e.name), cell(e.description)])));
  const parts = (el.cssParts ?? []).filter(isShared(sharedParts));
  if (parts.length) lines.push('CSS parts (besides `base` and `heading`):', '', ...table(['part', 'description'], parts.map((p) => [code(p.name), cell(p.description)])));
}

const generated = `<!-- api:start -->\n<!-- Generated from custom-elements.json by scripts/readme-api.mjs: edit the classes' JSDoc, then run \`npm run docs\`. -->\n\n${lines.join('\n').trim()}\n\n<!-- api:end -->`;
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- api:start -->[\s\S]*<!-- api:end -->/, generated);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md element reference is out of date: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README.md element reference matches custom-elements.json.');
} else {
  writeFileSync('README.md', updated);
  console.log('README.md element reference written from custom-elements.json.');
}
