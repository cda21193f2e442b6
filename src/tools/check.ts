/**
 * Checks an article's JSON text by the elements' own rules (`readArticle`) and gives each problem its
 * line and column. Browser-safe: the CLI's `validate` and the playground share it.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { ARTICLE_FIELDS, readArticle, type Article } from '../shared/article.js';
import { CITATION_MARKER } from '../shared/inline-text.js';

/** One problem in an article file; `line` and `column` count from 1. */
export interface ArticleProblem {
  line: number;
  column: number;
  message: string;
  /** The JSON path the problem is about, as `readArticle` names it (`keyFacts[1].text`); absent for syntax errors. */
  path?: string;
}

export interface ArticleCheck {
  /** What the elements would show; `undefined` when the text is not JSON. */
  article?: Article;
  problems: ArticleProblem[];
}

/** The offset of each line start, to turn offsets into lines and columns. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/** `keyFacts[1].text is missing` → `['keyFacts', 1, 'text']`; a problem about the whole article → `[]`. */
function problemPath(message: string): (string | number)[] {
  const match = /^([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*)\s/.exec(message);
  if (!match || message.startsWith('the article ')) return [];
  return [...match[1].matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)].map((part) => (part[2] === undefined ? part[1] : Number(part[2])));
}

/** The node a path names, or its nearest ancestor that exists (a missing `text` points at its item). */
function nearestNode(root: Node, path: (string | number)[]): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node;
  }
  return root;
}

/** The offset in the file of the code unit at `index` of the string value that `node` is, its escapes (`\n`, `\u00e9`) counted as written. */
function offsetInString(source: string, node: Node, index: number): number {
  let offset = node.offset + 1;
  for (let n = 0; n < index && offset < node.offset + node.length - 1; n++) offset += source[offset] !== '\\' ? 1 : source[offset + 1] === 'u' ? 6 : 2;
  return offset;
}

/**
 * Where a text's bad citation marker is: the reader reports each marker that names no source, in the
 * order of the text, so the `seen`-th report of a marker in a field is its `seen`-th occurrence there.
 */
function markerOffset(source: string, node: Node, marker: string, seen: number): number {
  if (node.type !== 'string' || typeof node.value !== 'string') return node.offset;
  let count = 0;
  for (const match of node.value.matchAll(CITATION_MARKER)) if (match[0] === marker && count++ === seen) return offsetInString(source, node, match.index!);
  return node.offset;
}

/** `keyFacts[1].text cites [^7], but there are 4 sources` → `[^7]`: a marker in a text (not a `cites` entry). */
const CITED_MARKER = /^\S+ cites (\[\^[^\]]+\]), but /;

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: '":" expected',
  CommaExpected: '"," expected',
  CloseBraceExpected: '"}" expected',
  CloseBracketExpected: '"]" expected',
  EndOfFileExpected: 'end of file expected: one JSON value only',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'the string is not closed',
  UnexpectedEndOfNumber: 'the number is not finished',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (a line break or control character must be escaped)',
};

/**
 * Reads `text` as the elements do — `JSON.parse`, then `readArticle` over every field — and returns what
 * they would show and every problem with its position. Never throws.
 */
export function checkArticleText(text: string): ArticleCheck {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const starts = lineStarts(source);
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    // JSON.parse decides (it is what the elements use); jsonc-parser says where, with comments and trailing commas refused.
    const errors: ParseError[] = [];
    parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const problems = errors.map((parseError) => ({
      ...position(starts, parseError.offset),
      message: `JSON syntax: ${SYNTAX_MESSAGES[printParseErrorCode(parseError.error)] ?? printParseErrorCode(parseError.error)}`,
    }));
    if (!source.trim()) return { problems: [{ line: 1, column: 1, message: 'JSON syntax: the file is empty' }] };
    if (!problems.length) problems.push({ line: 1, column: 1, message: `JSON syntax: ${error instanceof Error ? error.message : String(error)}` });
    return { problems: problems.slice(0, 1) };
  }
  const root = parseTree(source)!;
  const { article, problems } = readArticle(raw, ARTICLE_FIELDS);
  const markersSeen = new Map<string, number>();
  return {
    article,
    problems: problems
      .map((message) => {
        const path = problemPath(message);
        const node = nearestNode(root, path);
        const where = path.length ? message.slice(0, message.indexOf(' ')) : undefined;
        // A citation marker that names no source: at the marker itself, inside its text.
        const marker = CITED_MARKER.exec(message)?.[1];
        const key = `${where} ${marker}`;
        const seen = marker ? (markersSeen.get(key) ?? 0) : 0;
        if (marker) markersSeen.set(key, seen + 1);
        const offset = marker ? markerOffset(source, node, marker, seen) : node.offset;
        return { ...position(starts, offset), message, ...(where && { path: where }) };
      })
      // In the order of the file, as an editor lists them.
      .sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
