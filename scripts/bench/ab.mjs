// Side by side: two or more builds of the CDN file (dist/newsbrief.<name>.js), and the baselines, in pages
// of one browser, samples interleaved round by round, main-thread CPU (script / style / layout) from a
// trace. For a change too small for `npm run bench` to see on a loaded machine, where one run differs from
// the next by more than the change: copy the CDN file built before and after it (`npm run build`) to
// dist/newsbrief.before.js and dist/newsbrief.after.js, then
//   VARIANTS=before,after,vanilla,minimal CASE=brief50 N=20 node scripts/bench/ab.mjs
// (a name `vanilla` or `minimal` is that baseline; CASE is a case of cases.js). Medians; nothing asserted.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
const root = resolve(import.meta.dirname, '../..');
const VARIANTS = (process.env.VARIANTS ?? 'before,after,vanilla,minimal').split(',');
const CASE = process.env.CASE ?? 'brief50';
const N = Number(process.env.N ?? 20);
const WARM = Number(process.env.WARM ?? 4);
const server = createServer((req, res) => {
  let file = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  const v = /nbfile=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (file.endsWith('/dist/newsbrief.min.js') && v) file = join(root, `dist/newsbrief.${v}.js`);
  let st; try { st = file.startsWith(root + sep) && statSync(file); } catch {}
  if (!st?.isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
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
const marks = {}; const phases = [];
for (const e of trace.traceEvents) { const m = /^nb-bench:(\d+):(start|end)$/.exec(e.name ?? ''); if (m && e.tts !== undefined) (marks[m[1]] ??= {})[m[2]] = e; else if (e.ph === 'X' && (e.name === 'UpdateLayoutTree' || e.name === 'Layout')) phases.push(e); }
const res = Object.fromEntries(VARIANTS.map((v) => [v, { cpu: [], style: [], layout: [] }]));
for (const [i, { start, end }] of Object.entries(marks)) {
  const v = owner.get(i); if (!v || !start || !end) continue;
  let style = 0, layout = 0;
  for (const e of phases) { if (e.pid !== start.pid || e.tid !== start.tid || e.ts < start.ts || e.ts > end.ts) continue; const ms = (e.tdur ?? e.dur) / 1000; if (e.name === 'Layout') layout += ms; else style += ms; }
  res[v].cpu.push((end.tts - start.tts) / 1000); res[v].style.push(style); res[v].layout.push(layout);
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (const v of VARIANTS) { const r = res[v]; console.log(`${CASE} ${v.padEnd(8)} cpu ${med(r.cpu).toFixed(2)} = script ${med(r.cpu.map((c, i) => c - r.style[i] - r.layout[i])).toFixed(2)} / style ${med(r.style).toFixed(2)} / layout ${med(r.layout).toFixed(2)}  (${r.cpu.length} samples)`); }
