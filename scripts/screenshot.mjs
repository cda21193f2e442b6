// Screenshots a page (or one element of it) in Debian's headless Chromium, for looking at what we build:
//   node scripts/screenshot.mjs <url> <out.png> [--width 1280] [--height 900] [--full] [--dark] [--print] [--forced-colors] [--selector css] [--rtl] [--no-js]
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const [url, out] = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.match(/^--(width|height|selector)$/));
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? undefined : args[i + 1];
};
const flag = (name) => args.includes(`--${name}`);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({ width: Number(option('width') ?? 1280), height: Number(option('height') ?? 900) });
  if (flag('no-js')) await page.setJavaScriptEnabled(false);
  const session = await page.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', {
    media: flag('print') ? 'print' : '',
    features: [
      { name: 'prefers-color-scheme', value: flag('dark') ? 'dark' : 'light' },
      { name: 'forced-colors', value: flag('forced-colors') ? 'active' : 'none' },
    ],
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (flag('rtl') && !flag('no-js')) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const selector = option('selector');
  const target = selector ? await page.$(selector) : page;
  if (!target) throw new Error(`no element matches ${selector}`);
  await target.screenshot({ path: out, fullPage: !selector && flag('full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
