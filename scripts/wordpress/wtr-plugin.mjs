// web-test-runner commands for test/wordpress.test.ts: start a real WordPress (site.mjs) on the first
// call only, create posts through its REST API, and open its pages in the test's own Chromium (a fresh
// browser context per visit) to report what a reader's browser sees. The assertions are in the test.
import { startWordPress, wordpressMissing } from './site.mjs';

const TAGS = 'nb-brief, nb-tldr, nb-key-facts, nb-faq, nb-confirmed-unclear, nb-sources';

/** Runs in the WordPress page: what the page holds once the elements have rendered. */
async function snapshotPage(tags) {
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument).filter(Boolean)];
  const elements = docs.flatMap((doc) => [...doc.querySelectorAll(tags)]);
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let round = 0; round < 3; round++) {
    await Promise.all(all(document).filter((el) => el.updateComplete).map((el) => el.updateComplete));
    await new Promise((done) => setTimeout(done, 150)); // onerror/onload of anything injected fire later
  }
  const deepText = (root) =>
    [...root.childNodes]
      .map((node) => (node.shadowRoot ? deepText(node.shadowRoot) : '') + (node.nodeType === Node.TEXT_NODE ? node.textContent : deepText(node)))
      .join(' ')
      .replace(/\s+/g, ' ');
  const everything = docs.flatMap((doc) => all(doc));
  const injected = (el) =>
    // Our own elements' attributes (a heading with HTML in it) are checked by value in the test. A payload shown
    // literally as text (an accessible name: `aria-label`, `title`) is not an injection; one in an event handler or
    // a URL-taking attribute is.
    [...el.attributes].some(
      (a) => /^on/i.test(a.name) || (!el.localName.startsWith('nb-') && /^(href|src|srcdoc|action|formaction|xlink:href|style)$/i.test(a.name) && /__xss|javascript:/i.test(a.value)),
    ) ||
    (el.localName === 'script' && el.type !== 'application/json' && /__xss/.test(el.textContent));
  return {
    title: document.title,
    bodyText: document.body.innerText,
    elements: elements.map((el) => ({
      tag: el.localName,
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      defined: Boolean(customElements.get(el.localName)),
      text: el.shadowRoot ? deepText(el.shadowRoot) : '',
      links: el.shadowRoot ? all(el.shadowRoot).filter((a) => a.localName === 'a').map((a) => a.getAttribute('href')) : [],
    })),
    articleScripts: [...document.querySelectorAll('script[type="application/json"]')].filter((s) => s.id.startsWith('newsbrief-article-')).map((s) => ({ id: s.id, text: s.textContent })),
    moduleScripts: [...document.querySelectorAll('script[src]')].filter((s) => s.src.includes('newsbrief')).map((s) => ({ src: s.src, type: s.type })),
    // Anything the data could have injected: event-handler attributes, or an attribute or a script that mentions the payloads' function.
    injected: everything.filter(injected).map((el) => el.outerHTML.slice(0, 200)),
    // The same in the block editor's canvas only: wp-admin has its own onsubmit forms and preloads the post in a script.
    editorCanvases: docs.flatMap((doc) => [...doc.querySelectorAll('.editor-styles-wrapper')]).length,
    injectedInEditorCanvas: docs
      .flatMap((doc) => [...doc.querySelectorAll('.editor-styles-wrapper')])
      .flatMap((canvas) => all(canvas))
      .filter(injected)
      .map((el) => el.outerHTML.slice(0, 200)),
    pwned: window.__pwned,
    // Only notices a person sees (the block editor keeps admin_notices in the DOM, hidden).
    notices: [...document.querySelectorAll('.notice, .components-notice')].filter((n) => n.getClientRects().length > 0).map((n) => n.innerText.trim()),
  };
}

/**
 * Logs in through wp-login.php's form. The fields are filled, not typed: the login page moves focus back to
 * the user name (and selects it) 200 ms after load, which on a slow machine lands in the middle of typing.
 */
export async function logIn(page, url, user, password) {
  await page.goto(`${url}/wp-login.php`, { waitUntil: 'load' });
  await page.$eval('#user_login', (field, value) => (field.value = value), user);
  await page.$eval('#user_pass', (field, value) => (field.value = value), password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  if (!new URL(page.url()).pathname.startsWith('/wp-admin')) {
    throw new Error(`login as ${user} failed: ${page.url()} ${await page.evaluate(() => document.querySelector('#login_error')?.textContent ?? '')}`);
  }
}

export function wordpressPlugin() {
  let site = null;
  // A visit (the block editor, above all) can take longer than the 20 s a wtr command may: the test polls.
  const visits = new Map();
  let visitCount = 0;
  const ensure = async () => {
    const s = await site;
    if (!s) throw new Error('wordpress-start was not called');
    return s;
  };

  async function visit(session, { path, login = false, editor = false }) {
    const s = await ensure();
    const testPage = session.browser.getPage(session.id);
    const context = await testPage.browser().createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const requests = [];
      const dialogs = [];
      const pageErrors = [];
      const messages = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
      page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
      page.on('console', (message) => {
        if (['warn', 'warning', 'error'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
      });
      await page.evaluateOnNewDocument(() => {
        window.__pwned = 0;
        window.__xss = () => void window.__pwned++;
      });
      if (login) await logIn(page, s.url, s.user, s.password);
      const response = await page.goto(new URL(path, s.url).href, { waitUntil: 'networkidle0', timeout: 90000 });
      if (editor) {
        await page.waitForSelector('.block-editor-block-list__layout', { timeout: 150000 }).catch(async (error) => {
          const text = await page.evaluate(() => document.body?.innerText.slice(0, 500)).catch(() => '');
          throw new Error(`the block editor did not load at ${page.url()} (${pageErrors.join('; ')}): ${text} — ${error.message}`);
        });
        await page.waitForNetworkIdle({ idleTime: 500, timeout: 30000 }).catch(() => {});
      }
      const snapshot = await page.evaluate(snapshotPage, TAGS);
      return {
        status: response.status(),
        scriptRequests: requests.filter((url) => url.includes('/newsbrief/assets/newsbrief.min.js')),
        dialogs,
        pageErrors,
        messages,
        ...snapshot,
      };
    } finally {
      await context.close();
    }
  }

  /**
   * Writes a post in the block editor as a user with `role`: a new post, the News brief block inserted,
   * the article pasted into the block's JSON field (real text input), then published.
   */
  async function writeInEditor(session, { role, title, json }) {
    const s = await ensure();
    const author = await s.addUser(role);
    const context = await session.browser.getPage(session.id).browser().createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await logIn(page, s.url, author.user, author.password);
      await page.goto(`${s.url}/wp-admin/post-new.php`, { waitUntil: 'networkidle0', timeout: 90000 });
      await page.waitForSelector('.block-editor-block-list__layout', { timeout: 90000 });
      await page.evaluate((postTitle) => {
        const { data, blocks } = window.wp;
        data.dispatch('core/preferences')?.set('core/edit-post', 'welcomeGuide', false); // a new user sees it
        data.dispatch('core/editor').editPost({ title: postTitle });
        data.dispatch('core/block-editor').insertBlocks(blocks.createBlock('newsbrief/brief'));
      }, title);
      const field = await page.waitForSelector('.wp-block-newsbrief-brief .components-placeholder textarea', { timeout: 30000 });
      await field.focus();
      await page.keyboard.sendCharacter(json); // text input in one go, as a paste
      await page.waitForSelector('.wp-block-newsbrief-brief nb-brief', { timeout: 30000 });
      await page.evaluate(() => {
        const { data } = window.wp;
        data.dispatch('core/editor').editPost({ status: 'publish' });
        return data.dispatch('core/editor').savePost();
      });
      await page.waitForFunction(() => {
        const editor = window.wp.data.select('core/editor');
        return !editor.isSavingPost() && editor.getCurrentPost().status === 'publish';
      }, { timeout: 60000 });
      return await page.evaluate(() => {
        const post = window.wp.data.select('core/editor').getCurrentPost();
        return { id: post.id, link: post.link, user: window.wp.data.select('core').getCurrentUser?.()?.name ?? null };
      });
    } finally {
      await context.close();
    }
  }

  /** Starts a long job; the test polls it (a wtr command must answer within 20 s). */
  const startJob = (job) => {
    const id = ++visitCount;
    visits.set(id, job.catch((error) => ({ error: String(error?.stack ?? error) })));
    return { pending: id };
  };

  return {
    name: 'newsbrief-wordpress',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('wordpress-')) return undefined;
      try {
        switch (command) {
          case 'wordpress-start': {
            const missing = wordpressMissing();
            if (missing) return { error: missing };
            site ??= startWordPress({ log: (line) => console.log(`[wordpress] ${line}`) });
            // Installing takes 7–30 s on a busy machine, more than a wtr command may: the test asks again.
            const s = await Promise.race([site, new Promise((resolve) => setTimeout(() => resolve(null), 10000))]);
            return s ? { url: s.url } : { pending: 'start' };
          }
          case 'wordpress-rest': {
            const s = await ensure();
            return { json: await s.rest(payload.method, payload.route, payload.body, payload.params) };
          }
          case 'wordpress-file': {
            const s = await ensure();
            return { url: s.writeFile(payload.path, payload.text) };
          }
          case 'wordpress-visit':
            return startJob(visit(session, payload));
          case 'wordpress-write-in-editor':
            return startJob(writeInEditor(session, payload));
          case 'wordpress-job': {
            const result = visits.get(payload.id);
            if (!result) return { error: `no visit ${payload.id}` };
            const done = await Promise.race([result, new Promise((resolve) => setTimeout(() => resolve(null), 10000))]);
            if (!done) return { pending: payload.id };
            visits.delete(payload.id);
            return done;
          }
          case 'wordpress-plugin-log':
            return { lines: (await ensure()).pluginLog() };
          default:
            return { error: `unknown command ${command}` };
        }
      } catch (error) {
        return { error: String(error?.stack ?? error) };
      }
    },
    async serverStop() {
      const s = await Promise.resolve(site).catch(() => null);
      await s?.stop();
    },
  };
}
