import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordpressPlugin } from './scripts/wordpress/wtr-plugin.mjs';

/** Debian's Chromium, as root on a closed network (see TOOLCHAIN.md). */
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // For the lifecycle test's memory figures: a real heap size, and gc() between rounds.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/** The strict policy of issue #4: no inline script or style, no eval, Lit's own Trusted Types policy only. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * `/alone/`: a directory holding nothing but a copy of `dist/newsbrief.min.js` and a plain page, as a
 * publisher who copies the one file onto their server has. Any other request there is a 404, and is
 * logged for the test to read at `/alone-requests` (test/bundle.test.ts).
 */
const aloneDir = mkdtempSync(join(tmpdir(), 'newsbrief-alone-'));
const aloneRequests = [];
function serveAlone(context, pathname) {
  if (pathname === '/alone-requests') {
    context.type = 'json';
    context.body = JSON.stringify(aloneRequests.splice(0));
    return true;
  }
  if (!pathname.startsWith('/alone/')) return false;
  const name = pathname.slice('/alone/'.length);
  if (name === 'newsbrief.min.js') {
    copyFileSync('dist/newsbrief.min.js', join(aloneDir, name));
    context.type = 'js';
  } else if (name === 'page.html') {
    copyFileSync('test/fixtures/alone-page.html', join(aloneDir, name));
    context.type = 'html';
  } else {
    aloneRequests.push(pathname);
    context.status = 404;
    return true;
  }
  context.body = readFileSync(join(aloneDir, name));
  return true;
}

/**
 * Test-only server behaviour: `/test/fixtures/csp/*` is served with the strict CSP, and
 * `?delay=<ms>` holds a response back (to test aborted and out-of-order `src` fetches).
 */
function testServerMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (serveAlone(context, url.pathname)) return;
  const delay = Number(url.searchParams.get('delay'));
  const respond = async () => {
    await next();
    if (url.pathname.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
  };
  return delay > 0 ? new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000))).then(respond) : respond();
}

/**
 * Test-only server command `run-node` (`executeServerCommand('run-node', { args, stdin })`): runs Node
 * with `args` in the project folder and answers `{ code, stdout, stderr }`, so browser tests can check
 * what runs in Node (the CLI, `newsbrief/ssr`) on the same run.
 */
const nodeCommands = {
  name: 'run-node',
  executeCommand({ command, payload }) {
    if (command !== 'run-node') return undefined;
    return new Promise((resolve) => {
      const child = execFile(process.execPath, payload.args, { cwd: fileURLToPath(new URL('.', import.meta.url)), timeout: 20000 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
      child.stdin.end(payload.stdin ?? '');
    });
  },
};

/**
 * Test-only server command `forced-colors` (`executeServerCommand('forced-colors', 'active' | 'none')`):
 * emulates Windows High Contrast-style forced colours. `emulateMedia({ forcedColors })` of
 * @web/test-runner-commands only does that with Playwright; with puppeteer it silently does nothing.
 * Chromium's own `Emulation.setEmulatedMedia` does it, on a CDP session of the test's page.
 */
const forcedColorsSessions = new WeakMap(); // one CDP session per page: its overrides last while it is attached
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!forcedColorsSessions.has(page)) forcedColorsSessions.set(page, await page.createCDPSession());
    await forcedColorsSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload === 'active' ? 'active' : 'none' }] });
    return true;
  },
};

/**
 * Test-only live articles (issue #11): `/live-test/<name>.json` serves the current version of a story with
 * an `ETag` and a `Last-Modified`, answers a matching `If-None-Match` / `If-Modified-Since` with a `304`,
 * and counts every request. A `POST` to the same URL with a JSON body sets the story —
 * `{ article, etag: false, lastModified: false, fail: 500, reset: true }`, any of them — and returns
 * `{ version, stats }`; `GET …?stats` returns the same without counting a request.
 * Responses are written straight to the socket: the dev server's own ETag middleware would drop
 * `Last-Modified` and answer conditional requests itself.
 */
const liveStories = new Map();
const freshStats = () => ({ requests: 0, conditional: 0, notModified: 0, ok: 0, failed: 0, ifNoneMatch: [], ifModifiedSince: [] });
async function liveTestMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const name = /^\/live-test\/([\w-]+)\.json$/.exec(url.pathname)?.[1];
  if (!name) return next();
  if (!liveStories.has(name)) liveStories.set(name, { version: 0, article: {}, etag: true, lastModified: true, fail: 0, stats: freshStats() });
  const story = liveStories.get(name);
  const send = (status, headers, body = '') => {
    context.respond = false;
    context.res.writeHead(status, { 'Cache-Control': 'no-cache', ...headers });
    context.res.end(body);
  };
  const report = () => send(200, { 'Content-Type': 'application/json' }, JSON.stringify({ version: story.version, stats: story.stats }));
  if (context.method === 'POST') {
    let text = '';
    for await (const chunk of context.req) text += chunk;
    const body = JSON.parse(text || '{}');
    if ('article' in body) {
      story.article = body.article;
      story.version++;
    }
    for (const key of ['etag', 'lastModified', 'fail']) if (key in body) story[key] = body[key];
    if (body.reset) story.stats = freshStats();
    return report();
  }
  if (url.searchParams.has('stats')) return report();
  const { stats } = story;
  stats.requests++;
  const ifNoneMatch = context.get('If-None-Match');
  const ifModifiedSince = context.get('If-Modified-Since');
  stats.ifNoneMatch.push(ifNoneMatch);
  stats.ifModifiedSince.push(ifModifiedSince);
  if (ifNoneMatch || ifModifiedSince) stats.conditional++;
  if (story.fail) {
    stats.failed++;
    return send(story.fail, { 'Content-Type': 'text/plain' }, 'failing on purpose');
  }
  // One second of (fake) modification time per version, so If-Modified-Since tells versions apart.
  const validators = {
    ...(story.etag && { ETag: `"v${story.version}"` }),
    ...(story.lastModified && { 'Last-Modified': new Date(Date.UTC(2026, 5, 24) + story.version * 1000).toUTCString() }),
  };
  const unchanged = ifNoneMatch ? ifNoneMatch === validators.ETag : Boolean(ifModifiedSince) && ifModifiedSince === validators['Last-Modified'];
  if (unchanged) {
    stats.notModified++;
    return send(304, validators);
  }
  stats.ok++;
  return send(200, { 'Content-Type': 'application/json; charset=utf-8', ...validators }, JSON.stringify(story.article));
}

export default {
  middleware: [liveTestMiddleware, testServerMiddleware],
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  // test/wordpress.test.ts installs a WordPress and opens its editor: 80–130 s on 2 cores (the default limit is 120 s).
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
      },
      // A browser context per test page: two pages share a window otherwise, and the one in the
      // background tab gets no animation frames, which @open-wc's fixture() waits for.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: [
    nodeCommands,
    forcedColors,
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // test/wordpress.test.ts: a real WordPress, started only when that file asks for it.
    wordpressPlugin(),
  ],
};
