/**
 * `newsbrief import <file | ->`: an article written in Markdown, HTML or plain text (a copied page) →
 * article JSON on standard output; what could not be placed goes to standard error.
 */
import { parseArgs } from 'node:util';
import { detectFormat, importArticle, type ImportFormat } from '../tools/import.js';
import { describeReadError, readInput } from './read-input.js';

export const IMPORT_USAGE = `Usage: newsbrief import <file | -> [--from markdown|html|text] [--output file.json]

Turns an article written for people — Markdown, HTML, or the plain text of a copied article page —
into the article JSON the elements read, on standard output. It finds the usual headings (TL;DR or
summary, key facts, FAQ / frequently asked questions, confirmed vs unclear, sources) in English and
the other 19 languages newsbrief ships, drops page chrome (menus, bylines, ad slots, share buttons,
author bios), splits "Confirmed: … Unclear: …" paragraphs into statements and keeps links as sources.
What it could not place, and what it guessed, is listed on standard error.

Options:
  --from <format>      markdown | html | text (default: from the file name, else guessed)
  --output, -o <file>  write the JSON to a file instead of standard output
  --quiet, -q          do not list what was guessed or dropped (what could not be placed still is)
  --help, -h           this help

Check the result with: newsbrief validate article.json
Exit code: 0 imported, 1 nothing could be imported, 2 the input cannot be read.
`;

export async function importCommand(args: string[]): Promise<number> {
  let values: { from?: string; output?: string; quiet?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { from: { type: 'string' }, output: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`newsbrief import: ${(error as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  const [file] = positionals;
  const formats = ['markdown', 'html', 'text'];
  if (!file || positionals.length > 1 || (values.from && !formats.includes(values.from))) {
    const why = !file ? 'no file given (use - for standard input)' : positionals.length > 1 ? 'one file at a time' : `unknown format "${values.from}"`;
    process.stderr.write(`newsbrief import: ${why}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(`newsbrief import: ${file}: ${describeReadError(error)}\n`);
    return 2;
  }
  const name = file === '-' ? '<stdin>' : file;
  const format = (values.from as ImportFormat | undefined) ?? detectFormat(text, file === '-' ? undefined : file);
  const { article, unplaced, notes } = importArticle(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, format);
  if (!values.quiet) for (const note of notes) process.stderr.write(`${name}: note: ${note}\n`);
  for (const line of unplaced) process.stderr.write(`${name}: not placed: ${line}\n`);
  const json = `${JSON.stringify(article, null, 2)}\n`;
  if (values.output) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(values.output, json);
  } else process.stdout.write(json);
  return Object.keys(article).length ? 0 : 1;
}
