// What the two benchmark scripts share (scripts/bench.mjs, scripts/bench/ab.mjs): the static server the bench
// pages load from, the medians, and the main-thread CPU time of each sample read from a Chromium trace.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A static server for the files under `root`, on loopback only, on a free port. Cross-origin isolated, so
 * that performance.now() ticks in 5 µs steps rather than 100 µs. `rewrite(file, request)`, if given, may
 * serve another file in place of the one asked for. Resolves to the server and its origin.
 */
export async function serveFiles(root, rewrite = (file) => file) {
  const server = createServer((request, response) => {
    let file = '';
    try {
      file = rewrite(normalize(join(root, decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname))), request);
    } catch {
      // a malformed URL: 404 below
    }
    let stat;
    try {
      stat = file.startsWith(root + sep) && statSync(file);
    } catch {
      stat = undefined;
    }
    if (!stat || !stat.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export const median = (values) => {
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Main-thread CPU time per sample, from a trace of the bench pages (categories `blink.user_timing` and
 * `devtools.timeline`): each sample is marked `nb-bench:<id>:start` and `:end`; its CPU time is the thread
 * clocks (tts, µs) of the two marks, and within it the CPU time of style recalculation (UpdateLayoutTree)
 * and layout (Layout) on that thread. Script (and everything else: DOM building, garbage collection) is
 * the rest. Returns a map of sample id → `{ cpu, style, layout }` in ms.
 */
export function cpuBySample(trace) {
  const marks = new Map();
  const phases = [];
  for (const event of trace.traceEvents ?? []) {
    const match = /^nb-bench:(\d+):(start|end)$/.exec(event.name ?? '');
    if (match && event.tts !== undefined) {
      const mark = marks.get(match[1]) ?? marks.set(match[1], {}).get(match[1]);
      mark[match[2]] = event;
    } else if (event.ph === 'X' && (event.name === 'UpdateLayoutTree' || event.name === 'Layout')) phases.push(event);
  }
  const samples = new Map();
  for (const [id, { start, end }] of marks) {
    if (!start || !end) continue;
    let style = 0;
    let layout = 0;
    for (const event of phases) {
      if (event.pid !== start.pid || event.tid !== start.tid || event.ts < start.ts || event.ts > end.ts) continue;
      const ms = (event.tdur ?? event.dur) / 1000;
      if (event.name === 'Layout') layout += ms;
      else style += ms;
    }
    samples.set(id, { cpu: (end.tts - start.tts) / 1000, style, layout });
  }
  return samples;
}
