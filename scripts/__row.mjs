import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { setCdnFile } from '../rollup.config.mjs';
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const variants = JSON.parse(process.argv[2] ?? '{"default":{}}');
async function raw(source, stubs = {}, edit = () => null) {
  const entry = 'dist/__row-entry.js';
  writeFileSync(entry, source);
  const stub = { name: 'stub', load(id) { return Object.entries(stubs).find(([p]) => id.endsWith(p))?.[1] ?? null; },
    transform(code, id) { const out = edit(code, id) ?? code; return id.endsWith('/dist/shared/features.js') ? setCdnFile(out) : out; } };
  const bundle = await rollup({ input: entry, plugins: [stub, nodeResolve({ exportConditions: ['production'] })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es' });
  rmSync(entry);
  return output[0].code;
}
const withoutLabels = (keys) => {
  const english = new RegExp(`^(\\s*(?:${keys.join('|')}): )'(?:[^'\\\\]|\\\\.)*'`, 'gm');
  const row = new RegExp(`^(\\s*)'(?:[^'\\\\]|\\\\.)*'(, // (?:${keys.join('|')})$)`, 'gm');
  return (code, id) => (/\/(locales\/[a-z]+|shared\/labels)\.js$/.test(id) ? code.replace(english, "$1''").replace(row, "$1''$2") : null);
};
const CDN_SOURCE = "export * from './index.js'; import './locales/all.js'; import './live.js'; import './citations.js';";
const NO_CITATIONS = `import { css, nothing } from 'lit';
export const cite = () => undefined;
export const citeMarkers = (text) => text;
export class Citations { render = (ref) => '[^' + ref + ']'; list = () => []; renderPopover = () => nothing; }
export const citationStyles = css\`\`;`;
const all = await raw(CDN_SOURCE);
const noCit = await raw(CDN_SOURCE.replace(" import './citations.js';", ''), { '/shared/citations.js': NO_CITATIONS }, withoutLabels(['citation']));
const noPop = await raw(CDN_SOURCE.replace(" import './citations.js';", ''));
for (const [name, opts] of Object.entries(variants)) {
  const o = { module: true, ...opts, compress: { ...(opts.compress ?? {}) }, format: { comments: false } };
  const [a, c, p] = await Promise.all([all, noCit, noPop].map(async (code) => gzip((await minify(code, o)).code)));
  console.log(name.padEnd(20), 'all', a, 'citations', a - c, 'popovers', a - p);
}
