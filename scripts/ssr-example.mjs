// Writes examples/ssr.html: the article page of examples/index.html with every element rendered on the
// server (declarative shadow DOM, via newsbrief/ssr), loading the hydrating bundle. Run after the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderArticle } from '../dist/ssr/index.js';

const page = readFileSync('examples/index.html', 'utf8');
const article = JSON.parse(page.match(/<script type="application\/json" id="article">([^]*?)<\/script>/)[1].replace(/<\\\//g, '</'));
const OPTION_ATTRIBUTES = { heading: 'heading', 'heading-level': 'headingLevel', theme: 'theme', open: 'open', mode: 'mode', lang: 'lang' };

let html = page;
for (const [tag, element, attributeText] of page.matchAll(/<(nb-[a-z-]+)([^>]*)><\/\1>/g)) {
  const options = { element, attributes: {} };
  for (const [, name, value] of attributeText.matchAll(/([\w-]+)="([^"]*)"/g)) {
    if (name === 'for') options.for = value;
    else if (name in OPTION_ATTRIBUTES) options[OPTION_ATTRIBUTES[name]] = name === 'heading-level' ? Number(value) : value;
    else options.attributes[name] = value;
  }
  const { html: rendered } = await renderArticle(article, options);
  html = html.replace(tag, rendered);
}
html = html
  .replace('../dist/newsbrief.min.js', '../dist/newsbrief.hydrate.min.js')
  .replace('<title>', '<title>(Server-rendered) ')
  .replace('<!-- The one line a publisher adds', '<!-- Server-rendered with newsbrief/ssr: the content shows before (and without) JavaScript; this bundle hydrates it.\n         The one line a publisher adds');
writeFileSync('examples/ssr.html', html);
console.log('examples/ssr.html written (server-rendered article page)');
