#!/usr/bin/env node
/**
 * The `newsbrief` command: `render` (here), `validate` and `import` (in `src/cli/`, loaded only when used).
 *
 * `npx newsbrief render article.json [--element nb-brief] [--lang fr] [--theme dark] [--heading-level 3]
 * [--open first] [--mode single] [--structured-data all]` prints the element as HTML with declarative shadow
 * DOM, after its JSON-LD script when `--structured-data` is given.
 */
import { readInput } from '../cli/read-input.js';
import { parseArgs } from 'node:util';
import { ELEMENT_TAGS, renderArticle, type RenderOptions } from './index.js';

const USAGE = `Usage: newsbrief render <article.json | -> [options]

Prints the element as HTML with declarative shadow DOM, to put in a page.

Options:
  --element <tag>        ${ELEMENT_TAGS.join(' | ')} (default nb-brief)
  --lang <tag>           language of labels and dates (default: the article's)
  --theme <theme>        light | dark | auto
  --heading <text>       replaces the heading text
  --heading-level <n>    2 to 6
  --open <which>         nb-faq: none | first | all
  --mode <mode>          nb-faq: multiple | single
  --structured-data <kind>
                         article | faq | all: first print the schema.org JSON-LD
                         <script> (NewsArticle, FAQPage or both) for the page's head
`;

const COMMANDS_USAGE = `Usage: newsbrief <command> [options]

Commands:
  render <article.json | ->   the element as HTML with declarative shadow DOM
  validate <file…>            check article JSON files; file:line:column: problem
  import <file | ->            Markdown, HTML or a copied article page → article JSON

newsbrief <command> --help shows a command's options.
`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'validate') {
    process.exitCode = await (await import('../cli/validate.js')).validate(rest);
    return;
  }
  if (command === 'import') {
    process.exitCode = await (await import('../cli/import.js')).importCommand(rest);
    return;
  }
  if (command !== 'render') {
    // The render command's options follow: `newsbrief --help` has always shown them.
    process.stdout.write(`${COMMANDS_USAGE}\n${USAGE}`);
    process.exitCode = command === '--help' || command === '-h' || command === 'help' ? 0 : 2;
    return;
  }
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      element: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      heading: { type: 'string' },
      'heading-level': { type: 'string' },
      open: { type: 'string' },
      mode: { type: 'string' },
      'structured-data': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [, file] = positionals;
  if (values.help || !file) {
    process.stdout.write(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const text = await readInput(file);
  const options: RenderOptions = {
    element: values.element as RenderOptions['element'],
    lang: values.lang,
    theme: values.theme as RenderOptions['theme'],
    heading: values.heading,
    headingLevel: values['heading-level'] ? Number(values['heading-level']) : undefined,
    open: values.open as RenderOptions['open'],
    mode: values.mode as RenderOptions['mode'],
    structuredData: values['structured-data'] as RenderOptions['structuredData'],
  };
  const { html, problems, jsonLdScript } = await renderArticle(JSON.parse(text), options);
  for (const problem of problems) process.stderr.write(`newsbrief: ${problem}\n`);
  process.stdout.write(`${jsonLdScript ? `${jsonLdScript}\n` : ''}${html}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`newsbrief: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
