// The README's WordPress screenshots, from a real WordPress (site.mjs): the block selected in the block
// editor with its sidebar, the published post at 1280 and 375 px (light, and dark with theme="auto"), and
// the editor's notices for a post saved with invalid JSON.
//   npm run build && node scripts/wordpress/screenshots.mjs [out-dir]   (default examples/screenshots)
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { startWordPress } from './site.mjs';
import { logIn } from './wtr-plugin.mjs';

const out = process.argv[2] ?? 'examples/screenshots';
const article = JSON.parse(readFileSync('test/fixtures/meta-worker-tracking.json', 'utf8'));

/** Block markup as the block editor writes it (serializeAttributes in @wordpress/blocks). */
const block = (attributes) =>
  `<!-- wp:newsbrief/brief ${JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022')} /-->`;
const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

const site = await startWordPress({ log: console.log });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const post = await site.rest('POST', '/wp/v2/posts', {
    title: article.headline,
    status: 'publish',
    content: [
      paragraph('Meta has paused an internal program that recorded how employees used their computers, after a leak of staff data.'),
      block({ article: JSON.stringify(article, null, 2), theme: 'auto' }),
      paragraph('The company has not said whether the program will resume.'),
    ].join('\n\n'),
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  const shoot = async (url, file, { width, height = 900, dark = false, full = false } = {}) => {
    await page.setViewport({ width, height });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 90000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: `${out}/${file}`, fullPage: full });
    console.log(`wrote ${out}/${file}`);
  };

  await shoot(post.link, 'wordpress-post.png', { width: 1280, height: 1400 });
  await shoot(post.link, 'wordpress-post-dark-375.png', { width: 375, height: 1400, dark: true });

  // The editor: log in through the form, open the post, select the block so its sidebar shows.
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  await logIn(page, site.url, site.user, site.password);
  await page.goto(`${site.url}/wp-admin/post.php?post=${post.id}&action=edit`, { waitUntil: 'networkidle0', timeout: 90000 });
  await page.waitForSelector('.wp-block-newsbrief-brief nb-brief', { timeout: 60000 }).catch(async (error) => {
    await page.screenshot({ path: '/tmp/wp-editor-failed.png' });
    throw new Error(`the editor showed no preview at ${page.url()} (see /tmp/wp-editor-failed.png): ${error.message}`);
  });
  await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    const brief = select('core/block-editor').getBlocks().find((b) => b.name === 'newsbrief/brief');
    dispatch('core/block-editor').selectBlock(brief.clientId);
  });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  // Selecting scrolls the block to the top; show the post's title and first paragraph above it instead.
  await page.evaluate(() => document.querySelector('.interface-interface-skeleton__content')?.scrollTo(0, 0));
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: `${out}/wordpress-editor.png` });
  console.log(`wrote ${out}/wordpress-editor.png`);

  // A post saved with a broken article: the notices on its edit screen, and the block's own.
  const broken = await site.rest('POST', '/wp/v2/posts', {
    title: 'A post with a broken article',
    status: 'publish',
    content: [paragraph('The article below lost its closing brace.'), block({ article: '{\n  "tldr": "Meta has paused a program",\n  "keyFacts": [\n' })].join('\n\n'),
  });
  await page.goto(`${site.url}/wp-admin/post.php?post=${broken.id}&action=edit`, { waitUntil: 'networkidle0', timeout: 90000 });
  await page.waitForSelector('.wp-block-newsbrief-brief .newsbrief-editor-notice', { timeout: 60000 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await page.setViewport({ width: 1280, height: 640 });
  await page.screenshot({ path: `${out}/wordpress-editor-invalid.png` });
  console.log(`wrote ${out}/wordpress-editor-invalid.png`);
} finally {
  await browser.close();
  await site.stop();
}
