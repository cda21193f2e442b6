/**
 * `newsbrief validate <file…>`: checks article files by the elements' own rules (`readArticle`) and prints
 * each problem as `file:line:column: message`. Exit code 0 when every file is valid, 1 when some have
 * problems, 2 when a file cannot be read (or the command is used wrongly).
 */
import { parseArgs } from 'node:util';
import { checkArticleText } from '../tools/check.js';
import { describeReadError, readInput } from './read-input.js';

export const VALIDATE_USAGE = `Usage: newsbrief validate <file…> [--format text|json]

Checks article JSON files by the rules the elements read them with, and prints one line per
problem, as file:line:column: problem (JSON syntax errors too). "-" reads standard input.

Options:
  --format <format>  text (default) or json: an array of { file, line, column, message, path? }
                     ({ file, message, fatal: true } for a file that cannot be read)
  --quiet, -q        print nothing for valid files (text format)
  --help, -h         this help

Exit code: 0 every file is valid, 1 some have problems, 2 a file cannot be read.
Schema for editors: node_modules/newsbrief/schema.json ("$schema" in the file).
`;

interface Report {
  file: string;
  line?: number;
  column?: number;
  message: string;
  path?: string;
  fatal?: true;
}

export async function validate(args: string[]): Promise<number> {
  let values: { format?: string; quiet?: boolean; help?: boolean };
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`newsbrief validate: ${(error as Error).message}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(VALIDATE_USAGE);
    return 0;
  }
  if (!files.length || (values.format !== 'text' && values.format !== 'json')) {
    process.stderr.write(`newsbrief validate: ${files.length ? `unknown format "${values.format}"` : 'no file given'}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  const reports: Report[] = [];
  let unreadable = false;
  let invalid = false;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let text: string;
    try {
      text = await readInput(file);
    } catch (error) {
      unreadable = true;
      reports.push({ file: name, message: describeReadError(error), fatal: true });
      continue;
    }
    const { problems } = checkArticleText(text);
    if (problems.length) invalid = true;
    for (const problem of problems) reports.push({ file: name, ...problem });
    if (!problems.length && values.format === 'text' && !values.quiet) process.stderr.write(`${name}: valid\n`);
  }
  if (values.format === 'json') process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else {
    for (const report of reports) {
      process.stdout.write(report.fatal ? `${report.file}: ${report.message}\n` : `${report.file}:${report.line}:${report.column}: ${report.message}\n`);
    }
  }
  return unreadable ? 2 : invalid ? 1 : 0;
}
