import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

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
 * Test-only server behaviour: `/test/fixtures/csp/*` is served with the strict CSP, and
 * `?delay=<ms>` holds a response back (to test aborted and out-of-order `src` fetches).
 */
function testServerMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const delay = Number(url.searchParams.get('delay'));
  const respond = async () => {
    await next();
    if (url.pathname.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
  };
  return delay > 0 ? new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000))).then(respond) : respond();
}

export default {
  middleware: [testServerMiddleware],
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
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
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
};
