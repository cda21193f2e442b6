import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
const gzip = (code) => gzipSync(code, { level: 9 }).length;
async function bundled(source, stubs = {}, transforms = []) {
  const entry = 'dist/__m-entry.js';
  writeFileSync(entry, source);
  const stub = { name: 'stub', load(id) { return Object.entries(stubs).find(([p]) => id.endsWith(p))?.[1] ?? null; },
    transform(code, id) { for (const [p, f] of transforms) if (id.includes(p)) code = f(code); return code; } };
  const bundle = await rollup({ input: entry, plugins: [stub, nodeResolve({ exportConditions: ['production'] })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  await bundle.close(); rmSync(entry);
  return gzip(output[0].code);
}
const CDN = "export * from './index.js'; import './locales/all.js'; import './live.js'; import './citations.js';";
const all = await bundled(CDN);
const t = (p, f) => [[p, f]];
const variants = {
  labels: t('/locales/', (c) => c.replace(/citation: '[^']*',?/g, '')),
  popoverCss: t('/shared/citation-popover.js', (c) => c.replace(/const popoverStyles = css`[^`]*`/, 'const popoverStyles = css``')),
  fallback: t("/shared/citations.js", (c) => c.replace(/: href \? html `<a part="citation"[^`]*`\s*: html`[^`]*`/, ": null")),
  nameCalc: t('/shared/citations.js', (c) => c.replace(/const name = text\.citation[^;]*;/, 'const name = "";')),
  adopt: t('/shared/citation-popover.js', (c) => c.replace(/const root = host\.renderRoot;[^]*?sheet\];/, '')),
};
for (const [k, tr] of Object.entries(variants)) console.log(k, all - (await bundled(CDN, {}, tr)));
