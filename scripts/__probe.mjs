import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
async function size(keys) {
  writeFileSync('dist/__probe.js', "export * from './index.js'; import './locales/all.js'; import './live.js';");
  const re = new RegExp(`^\\s*(${keys.join('|')}): .*,$`, 'gm');
  const p = { name: 'x', transform(code, id) { return keys.length && /\/(locales\/[a-z]+|shared\/labels)\.js$/.test(id) ? code.replace(re, '') : null } };
  const bundle = await rollup({ input: 'dist/__probe.js', plugins: [p, nodeResolve({ exportConditions: ['production'] })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
  rmSync('dist/__probe.js');
  return gzipSync(output[0].code, { level: 9 }).length;
}
const all = await size([]);
for (const k of process.argv.slice(2)) console.log(k, all - await size([k]));
console.log('all listed', all - await size(process.argv.slice(2)));
