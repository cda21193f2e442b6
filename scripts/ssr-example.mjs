// Writes examples/ssr.html: the article page of examples/index.html with every element rendered on the
// server (declarative shadow DOM, via newsbrief/ssr) and the article's JSON-LD in the head, loading the
// ordinary bundle; and examples/ssr-languages.html: briefs rendered on the server in several languages and
// scripts. Run after the build.
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
// The article described for search and answer engines (see the README's "Structured data"), in the head.
const { jsonLdScript } = await renderArticle(article, { structuredData: 'all' });
html = html
  .replace('</head>', `    ${jsonLdScript}\n  </head>`)
  .replace('<title>', '<title>(Server-rendered) ')
  .replace('<!-- The one line a publisher adds', '<!-- Server-rendered with newsbrief/ssr: the content shows before (and without) JavaScript; the ordinary bundle takes it over.\n         The one line a publisher adds');
writeFileSync('examples/ssr.html', html);
console.log('examples/ssr.html written (server-rendered article page)');

// Several briefs, rendered on the server in several languages and scripts, on one page.
const articles = {
  en: 'examples/articles/meta-worker-tracking.json',
  ar: 'examples/articles/ar.json',
  he: 'examples/articles/he.json',
};
const briefs = [];
for (const [lang, file] of [['en', articles.en], ['de', articles.en], ['ar', articles.ar], ['he', articles.he], ['ja', articles.en], ['hi', articles.en]]) {
  const { html: rendered } = await renderArticle(JSON.parse(readFileSync(file, 'utf8')), { element: 'nb-brief', lang });
  briefs.push(`      <section lang="${lang}">\n        ${rendered}\n      </section>`);
}
writeFileSync(
  'examples/ssr-languages.html',
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>(Server-rendered) newsbrief — briefs in six languages</title>
    <link rel="stylesheet" href="./site.css" />
    <!-- Written by scripts/ssr-example.mjs: each brief is \`npx newsbrief render\` output; the ordinary bundle takes them over. -->
    <script type="module" src="../dist/newsbrief.min.js"></script>
  </head>
  <body>
    <main class="page">
      <h1>Briefs rendered on the server</h1>
${briefs.join('\n')}
    </main>
  </body>
</html>
`,
);
console.log('examples/ssr-languages.html written (server-rendered briefs in six languages)');
