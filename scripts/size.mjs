// Prints the gzip size of the CDN bundle and of each entry point (bundled with Lit, minified), and
// fails when the CDN bundle is over budget. Run after `npm run build`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { ELEMENTS } from '../rollup.config.mjs';

const BUDGET = 16 * 1024;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** An entry point as an app would ship it: with Lit, tree-shaken and minified. */
async function bundledSize(input) {
  const bundle = await rollup({ input, plugins: [nodeResolve({ exportConditions: ['production'] })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true })] });
  await bundle.close();
  return output[0].code;
}

const rows = [['entry point', 'min', 'gzip']];
const cdn = readFileSync('dist/newsbrief.min.js');
rows.push(['dist/newsbrief.min.js (CDN)', kib(cdn.length), kib(gzip(cdn))]);
for (const [name, file] of [['newsbrief', 'dist/index.js'], ...ELEMENTS.map((el) => [`newsbrief/${el}`, `dist/${el}/define.js`])]) {
  const code = await bundledSize(file);
  rows.push([name, kib(code.length), kib(gzip(code))]);
}
const lit = await bundledSize('scripts/lit-floor.mjs');
rows.push(['(Lit alone: LitElement + html + css)', kib(lit.length), kib(gzip(lit))]);

const width = Math.max(...rows.map((row) => row[0].length));
for (const [name, min, gz] of rows) console.log(`${name.padEnd(width)}  ${min.padStart(9)}  ${gz.padStart(9)}`);

const size = gzip(cdn);
console.log(`\nCDN bundle: ${kib(size)} gzip of a ${kib(BUDGET)} budget (${Math.round((size / BUDGET) * 100)}%)`);
if (size > BUDGET) {
  console.error(`Over budget by ${kib(size - BUDGET)}.`);
  process.exit(1);
}
