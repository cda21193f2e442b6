// Side by side: two or more builds of the CDN file (dist/newsbrief.<name>.js), and the baselines, in pages
// of one browser, samples interleaved round by round, main-thread CPU (script / style / layout) from a
// trace. For a change too small for `npm run bench` to see on a loaded machine, where one run differs from
// the next by more than the change: copy the CDN file built before and after it (`npm run build`) to
// dist/newsbrief.before.js and dist/newsbrief.after.js, then
//   VARIANTS=before,after,vanilla,minimal CASE=brief50 N=20 node scripts/bench/ab.mjs
// (a name `vanilla` or `minimal` is that baseline; CASE is a case of cases.js). Medians; nothing asserted.
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { cpuBySample, median, serveFiles } from './harness.mjs';
const root = resolve(import.meta.dirname, '../..');
const VARIANTS = (process.env.VARIANTS ?? 'before,after,vanilla,minimal').split(',');
const CASE = process.env.CASE ?? 'brief50';
const N = Number(process.env.N ?? 20);
const WARM = Number(process.env.WARM ?? 4);
// A page's cookie names the build it loads in place of dist/newsbrief.min.js.
const { server, origin } = await serveFiles(root, (file, request) => {
  const v = /nbfile=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
  return file.endsWith('/dist/newsbrief.min.js') && v ? join(root, `dist/newsbrief.${v}.js`) : file;
});
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'], defaultViewport: { width: 1280, height: 900 } });
const pages = [];
let styles;
for (const v of VARIANTS) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(v, e.message));
  const impl = v === 'minimal' || v === 'vanilla' ? v : 'newsbrief';
  if (impl === 'newsbrief') await page.setCookie({ name: 'nbfile', value: v, url: origin });
  await page.goto(`${origin}/scripts/bench/page.html?impl=${impl}`);
  await page.waitForFunction('window.benchReady === true');
  if (impl === 'newsbrief') styles ??= await page.evaluate(() => window.bench.styles());
  else await page.evaluate((t) => window.bench.setStyles(t), styles);
  pages.push({ v, page });
}
const tracer = await browser.newPage();
await tracer.tracing.start({ categories: ['blink.user_timing', 'devtools.timeline'] });
let id = 0;
const owner = new Map();
for (let round = 0; round < WARM + N; round++) {
  for (let k = 0; k < pages.length; k++) {
    const { v, page } = pages[(round + k) % pages.length];
    const i = id++;
    await page.evaluate((c, i) => window.bench.sample(c, { id: i }), CASE, i);
    if (round >= WARM) owner.set(String(i), v);
  }
}
const trace = JSON.parse(Buffer.from(await tracer.tracing.stop()).toString());
await browser.close(); server.close();
const res = Object.fromEntries(VARIANTS.map((v) => [v, { cpu: [], style: [], layout: [] }]));
for (const [i, { cpu, style, layout }] of cpuBySample(trace)) {
  const v = owner.get(i); if (!v) continue;
  res[v].cpu.push(cpu); res[v].style.push(style); res[v].layout.push(layout);
}
for (const v of VARIANTS) { const r = res[v]; console.log(`${CASE} ${v.padEnd(8)} cpu ${median(r.cpu).toFixed(2)} = script ${median(r.cpu.map((c, i) => c - r.style[i] - r.layout[i])).toFixed(2)} / style ${median(r.style).toFixed(2)} / layout ${median(r.layout).toFixed(2)}  (${r.cpu.length} samples)`); }
