/**
 * Turns an article written for people — Markdown, HTML or the plain text of a copied page — into the
 * article JSON the elements read. Browser-safe: the CLI's `import` and the playground share it.
 *
 * Every format becomes the same list of blocks (headings, paragraphs, list items…); the usual headings
 * (in 20 languages) say which part of the article the blocks below them are; page chrome is dropped; what
 * cannot be placed is listed, never silently lost.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseHtml } from 'parse5';
import { ARTICLE_FIELDS, readArticle, type Article, type FaqItem, type KeyFact, type Source } from '../shared/article.js';
import { parseDate } from '../shared/dates.js';
import { cleanLabel, safeHref } from '../shared/text.js';
import { recognizeHeading, statementPrefix, type SectionKind } from './headings.js';

const FIELD_ORDER = ['headline', 'url', 'lang', 'published', 'updated', 'author', 'tldr', 'keyFacts', 'confirmed', 'unclear', 'faq', 'sources'] as const;

export type ImportFormat = 'markdown' | 'html' | 'text';

export interface ImportResult {
  article: Article;
  /** What could not be placed, one line each (`line 12: "…"`), for standard error. */
  unplaced: string[];
  /** What was guessed or dropped on purpose (page chrome, a lede used as the summary). */
  notes: string[];
  format: ImportFormat;
}

interface Link {
  text: string;
  url: string;
}

/** `break`: the end of an HTML section or a Markdown thematic break, which ends the part it is in. */
type BlockKind = 'heading' | 'paragraph' | 'item' | 'term' | 'question' | 'break';

interface Block {
  kind: BlockKind;
  /** Text with the inline subset the elements honour (`**bold**`, `*italic*`, `[text](https://…)`). */
  text: string;
  /** 1–6 for real headings; 7 for a paragraph that is only bold text; undefined for a plain-text line. */
  level?: number;
  line?: number;
  links: Link[];
}

interface Meta {
  headline?: string;
  author?: string;
  published?: string;
  updated?: string;
  lang?: string;
  url?: string;
}

const SENTENCE_END = /[.!?…:;,"”’»)\]。！？؟।]$/u;
const QUESTION_END = /[?？؟]\s*(\*\*|__)?$/u;
const LIST_MARKER = /^\s*(?:[-*•–+▪●◦]|\d{1,3}[.)])\s+/u;

/** Lines of menus, share buttons, ad slots and the like, in the text of a copied page. */
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertising', 'sponsored( content)?', 'ad', 'ads', 'promoted',
      '\\d{2,4}\\s*[x×]\\s*\\d{2,4}.*', '.*\\b(ad|header|footer|sidebar|banner)\\s+slot\\b.*',
      'share( this( article| story| post)?)?( on \\w+)?', 'share via.*', 'tweet', 'email', 'print', 'copy link', 'link copied',
      '(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest)', 'follow us.*', 'subscribe.*', 'sign up.*', 'sign in', 'log in', 'login', 'register',
      'newsletter.*', 'menu', 'main menu', 'navigation', 'search', 'search…', 'home', 'logo', 'select language', 'language', 'skip to (main )?content',
      'breaking news', 'breaking', 'live', 'trending( now)?', 'latest news', 'most read', 'most popular', 'related( articles| stories| posts)?', 'you may also like.*',
      'read more', 'read next', 'continue reading', 'comments?( \\(\\d+\\))?', 'leave a (comment|reply)', 'cookie.*', 'accept( all)?( cookies)?',
      'image( credit)?:.*', 'photo( credit)?:.*', 'credit:.*', 'getty images', '\\d+\\s*min(ute)?s?\\s*read', 'min read', 'listen to (this )?article.*',
      'tags?:.*', 'categories:.*', 'filed under.*', 'back to top', 'all rights reserved.*', '©.*',
    ].join('|') +
    ')$',
  'iu',
);

/** Where an author's biography starts: everything after it is page chrome. */
const BIO_START = /^(?:written by|about the author|about the writer|author bio|more from this author|more articles by)\b/iu;
const BYLINE_PREFIX = /^(?:by|written by|author:|reporting by|von|par|por|di|door|oleh|от|автор:)\s+/iu;
const NAME = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}/u;

/** The name in a byline ("By Jane Okafor | 14 March 2026" → "Jane Okafor"), or undefined. */
function bylineName(text: string): string | undefined {
  const prefix = BYLINE_PREFIX.exec(text);
  const name = prefix && NAME.exec(text.slice(prefix[0].length));
  const rest = name && text.slice(prefix[0].length + name[0].length);
  return name && (!rest || /^\s*[|·,–—-]/u.test(rest)) ? name[0] : undefined;
}


const monthNames = new Map<string, Map<string, number>>();

/** Month names (long and short, lower case, without the dot) of a language, from the platform's `Intl`. */
function monthsOf(lang: string): Map<string, number> {
  let months = monthNames.get(lang);
  if (months) return months;
  months = new Map();
  for (const tag of new Set([lang, 'en'])) {
    for (const month of ['long', 'short'] as const) {
      let format: Intl.DateTimeFormat;
      try {
        format = new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let index = 0; index < 12; index++) {
        const name = format.format(Date.UTC(2026, index, 15)).toLowerCase().replace(/\.$/, '');
        if (/^\p{L}/u.test(name)) months.set(name, index + 1);
      }
    }
  }
  months.set('sept', 9);
  monthNames.set(lang, months);
  return months;
}

/** The first date written in `text` ("Jun 23, 2026", "23 June 2026", "2 mars 2026", "2026-06-23"), as an ISO date. */
export function findDate(text: string, lang = 'en'): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)\b/.exec(text);
  if (iso && parseDate(iso[1])) return iso[1];
  const pad = (n: number) => String(n).padStart(2, '0');
  const build = (year: string, month: number | undefined, day: string) => {
    const value = month && `${year}-${pad(month)}-${pad(Number(day))}`;
    return value && parseDate(value) ? value : undefined;
  };
  const cjk = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u.exec(text);
  if (cjk) return build(cjk[1], Number(cjk[2]), cjk[3]);
  const months = monthsOf(lang.toLowerCase());
  const word = '([\\p{L}]+)\\.?';
  for (const match of text.matchAll(new RegExp(`${word}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gu'))) {
    const date = build(match[3], months.get(match[1].toLowerCase()), match[2]);
    if (date) return date;
  }
  for (const match of text.matchAll(new RegExp(`(\\d{1,2})(?:st|nd|rd|th|\\.|er)?\\s+(?:de\\s+)?${word}\\s+(?:de\\s+)?(\\d{4})`, 'gu'))) {
    const date = build(match[3], months.get(match[2].toLowerCase()), match[1]);
    if (date) return date;
  }
  return undefined;
}

/** Text without inline markup, for comparing and for deciding what a block is. */
const plain = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|(?<!\w)[*_]|[*_](?!\w)/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const wordCount = (text: string) => plain(text).split(' ').filter(Boolean).length;

// ---------------------------------------------------------------------------------------------------------
// Plain text: one block per line, as a copied page has it.

function textBlocks(input: string, meta: Meta): Block[] {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index].trim();
    if (!line) continue;
    // "**Main Update\n** The program…": a label whose closing ** fell onto the next line.
    if (/^\*\*[^*]+$/.test(line) && /^\*\*\s/.test(lines[index + 1]?.trim() ?? '')) {
      line = `**${line.slice(2).trim()}** ${lines[index + 1].trim().slice(2).trim()}`;
      blocks.push({ kind: 'paragraph', text: line, line: index + 1, links: linksIn(line) });
      index++;
      continue;
    }
    // The headline: among the first lines, the first that is not chrome or a dateline and reads like a title.
    const title = !meta.headline && blocks.length < 12 && !blocks.some((block) => block.level === 1);
    if (title && line.length <= 200 && wordCount(line) >= 3 && !SENTENCE_END.test(line) && !CHROME_LINE.test(line) && !/\s[·|•]\s/.test(line) && !LIST_MARKER.test(line)) {
      blocks.push({ kind: 'heading', level: 1, text: line, line: index + 1, links: [] });
      continue;
    }
    const item = LIST_MARKER.exec(line);
    const text = item ? line.slice(item[0].length).trim() : line;
    // "**Turnout** 71%" is a labelled fact, however short.
    const headingLike = !item && !/^(\*\*|__)[^*_]+\1\s*[:：]?\s*\S/u.test(text) && wordCount(text) <= 12 && text.length <= 100 && (!SENTENCE_END.test(text) || (/[:：]$/u.test(text) && wordCount(text) <= 6));
    blocks.push({ kind: item ? 'item' : headingLike ? 'heading' : 'paragraph', text, line: index + 1, links: linksIn(text) });
  }
  return blocks;
}

/** Markdown links and bare URLs in a text. */
function linksIn(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>)"”\]]+[^\s<>)"”\].,;:!?])/g)) {
    const url = match[2] ?? match[3];
    if (safeHref(url)) links.push({ text: match[1] ?? '', url });
  }
  return links;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown, through mdast.

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  url?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

function markdownInline(nodes: MdNode[] | undefined, links: Link[]): string {
  return (nodes ?? [])
    .map((node): string => {
      switch (node.type) {
        case 'text':
          return node.value ?? '';
        case 'inlineCode':
          return node.value ?? '';
        case 'strong': {
          const inner = markdownInline(node.children, links).trim();
          return inner ? `**${inner}**` : '';
        }
        case 'emphasis': {
          const inner = markdownInline(node.children, links).trim();
          return inner ? `*${inner}*` : '';
        }
        case 'delete':
          return markdownInline(node.children, links);
        case 'break':
          return '\n';
        case 'link': {
          const inner = markdownInline(node.children, links).trim();
          if (!safeHref(node.url)) return inner;
          links.push({ text: plain(inner), url: node.url! });
          return inner ? `[${inner}](${node.url})` : node.url!;
        }
        default:
          return '';
      }
    })
    .join('');
}

function frontMatter(input: string, meta: Meta): string {
  const match = /^---\r?\n([^]*?)\r?\n---\r?\n/.exec(input);
  if (!match) return input;
  for (const line of match[1].split(/\r?\n/)) {
    const pair = /^(\w+):\s*["']?(.*?)["']?\s*$/.exec(line);
    if (!pair || !pair[2]) continue;
    const key = pair[1].toLowerCase();
    if (key === 'title' || key === 'headline') meta.headline = pair[2];
    else if (key === 'author') meta.author = pair[2];
    else if (key === 'date' || key === 'published') meta.published = findDate(pair[2]);
    else if (key === 'updated' || key === 'modified') meta.updated = findDate(pair[2]);
    else if (key === 'lang' || key === 'language') meta.lang = pair[2];
    else if (key === 'url' || key === 'canonical') meta.url = pair[2];
  }
  // Keep the line numbers of the body: blank lines stand in for the front matter.
  return '\n'.repeat(match[0].split('\n').length - 1) + input.slice(match[0].length);
}

function markdownBlocks(input: string, meta: Meta): Block[] {
  const blocks: Block[] = [];
  const walk = (nodes: MdNode[] | undefined, inList: boolean) => {
    for (const node of nodes ?? []) {
      const line = node.position?.start.line;
      if (node.type === 'heading') {
        const links: Link[] = [];
        blocks.push({ kind: 'heading', level: node.depth, text: markdownInline(node.children, links).trim(), line, links });
      } else if (node.type === 'paragraph') {
        const text = markdownInline(node.children, []).replace(/[ \t]+/g, ' ').trim();
        const links = linksIn(text);
        if (!text) continue;
        const boldOnly = node.children?.length === 1 && node.children[0].type === 'strong';
        const kind: BlockKind = inList ? 'item' : boldOnly && wordCount(text) <= 14 ? 'heading' : 'paragraph';
        // Lines that each start an item ("**Label** text", "Confirmed: …") are items even without a blank line between them.
        const lines = text.split('\n');
        const itemLines = lines.filter((part) => /^\s*\*\*/.test(part) || statementPrefix(part) || /^\*\*[^*]+$/.test(part.trim()));
        if (kind !== 'heading' && lines.length > 1 && itemLines.length >= 2) {
          blocks.push(...textBlocks(lines.join('\n'), { headline: '-' }).map((block) => ({ ...block, kind: inList ? ('item' as const) : block.kind, line: (line ?? 1) + (block.line ?? 1) - 1 })));
          continue;
        }
        blocks.push({ kind, level: kind === 'heading' ? 7 : undefined, text: text.replace(/\s*\n\s*/g, ' '), line, links });
      } else if (node.type === 'list') {
        for (const item of node.children ?? []) walk(item.children, true);
      } else if (node.type === 'blockquote') {
        walk(node.children, inList);
      } else if (node.type === 'thematicBreak') {
        blocks.push({ kind: 'break', text: '', line, links: [] });
      }
    }
  };
  walk(fromMarkdown(frontMatter(input, meta)).children as MdNode[], false);
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------
// HTML, through parse5.

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: { startLine: number };
}

const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;

/** Elements that are never article content. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'svg', 'iframe', 'select', 'input', 'textarea', 'figure', 'figcaption', 'img', 'video', 'audio', 'picture', 'canvas', 'dialog', 'menu', 'head', 'object', 'embed']);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert', 'menu', 'menubar', 'toolbar']);
/** Words in a class or id that mark page chrome: ad slots, share bars, bylines, author bios, menus, comments. */
const CHROME_CLASS = /(?:^|[^a-z])(?:ad|ads|adsbygoogle|advert\w*|sponsor\w*|promo\w*|shar(?:e|ing)\w*|sharedaddy|social\w*|byline|author\w*|bio|newsletter\w*|subscri\w*|related\w*|relatedposts|recommend\w*|comments?|menu\w*|nav|navbar|navigation|cookie\w*|consent|sidebar|breadcrumbs?|masthead|toolbar|popup|modal|paywall|trending|tags|widget\w*)(?:[^a-z]|$)/;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', '#text', 'font', 'label']);

function isChrome(node: HtmlNode): boolean {
  if (SKIPPED_TAGS.has(node.nodeName)) return true;
  if (node.nodeName === '#comment') return true;
  const role = attr(node, 'role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if (attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true') return true;
  const names = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`.toLowerCase();
  // "jp-relatedposts" and "author-box" are chrome; so is a class that starts with such a word.
  return names.split(/[\s_-]+/).some((word) => CHROME_CLASS.test(word));
}

function htmlInline(nodes: HtmlNode[] | undefined, links: Link[]): string {
  return (nodes ?? [])
    .map((node): string => {
      if (node.nodeName === '#text') return (node.value ?? '').replace(/\s+/g, ' ');
      if (isChrome(node) || !INLINE_TAGS.has(node.nodeName)) return node.nodeName === 'br' ? ' ' : isChrome(node) ? '' : htmlInline(node.childNodes, links);
      const inner = htmlInline(node.childNodes, links);
      switch (node.nodeName) {
        case 'br':
          return ' ';
        case 'strong':
        case 'b':
          return inner.trim() ? ` **${inner.trim()}** ` : inner;
        case 'em':
        case 'i':
          return inner.trim() ? ` *${inner.trim()}* ` : inner;
        case 'a': {
          const href = attr(node, 'href');
          if (!safeHref(href) || !inner.trim()) return inner;
          links.push({ text: plain(inner), url: href! });
          return ` [${inner.trim()}](${href}) `;
        }
        default:
          return inner;
      }
    })
    .join('');
}

/** Collapses the spaces that inline markup left around punctuation and at the ends. */
const tidyInline = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)\]])/g, '$1')
    .replace(/([(\[])\s+/g, '$1')
    .trim();

function findAll(node: HtmlNode, test: (node: HtmlNode) => boolean, found: HtmlNode[] = []): HtmlNode[] {
  if (test(node)) found.push(node);
  for (const child of node.childNodes ?? []) findAll(child, test, found);
  if (node.content) findAll(node.content, test, found);
  return found;
}

const textOf = (node: HtmlNode): string => tidyInline(plain(htmlInline(node.childNodes, [])));

function htmlBlocks(input: string, meta: Meta): Block[] {
  const document = parseHtml(input, { sourceCodeLocationInfo: true }) as unknown as HtmlNode;
  // What the page says about itself, before the chrome that holds it (header, byline) is dropped.
  const html = findAll(document, (node) => node.nodeName === 'html')[0];
  meta.lang = attr(html, 'lang') || undefined;
  for (const tag of findAll(document, (node) => node.nodeName === 'meta')) {
    const key = (attr(tag, 'property') ?? attr(tag, 'name') ?? '').toLowerCase();
    const content = attr(tag, 'content')?.trim();
    if (!content) continue;
    if (key === 'og:title' && !meta.headline) meta.headline = content;
    else if (key === 'author' || key === 'article:author') meta.author ??= content;
    else if (key === 'article:published_time' || key === 'date') meta.published ??= findDate(content);
    else if (key === 'article:modified_time') meta.updated ??= findDate(content);
    else if (key === 'og:url') meta.url ??= content;
  }
  const canonical = findAll(document, (node) => node.nodeName === 'link' && attr(node, 'rel') === 'canonical')[0];
  if (canonical && safeHref(attr(canonical, 'href'))) meta.url = attr(canonical, 'href');
  const h1 = findAll(document, (node) => node.nodeName === 'h1')[0];
  if (h1 && textOf(h1)) meta.headline = textOf(h1);
  else if (!meta.headline) {
    const title = findAll(document, (node) => node.nodeName === 'title')[0];
    if (title) meta.headline = textOf(title) || undefined;
  }
  const author = findAll(document, (node) => attr(node, 'rel') === 'author' || /\b(author|byline)\b/i.test(attr(node, 'class') ?? ''))[0];
  if (author && !meta.author) {
    const name = textOf(author).replace(/^(by|written by)\s+/i, '');
    if (name && wordCount(name) <= 5) meta.author = name;
  }
  const time = findAll(document, (node) => node.nodeName === 'time' && !!attr(node, 'datetime'))[0];
  if (time && !meta.published) meta.published = findDate(attr(time, 'datetime')!);

  // The article's own element when the page marks it, else the body.
  // A page may have several (teaser cards of other stories): the one with the headline, else the longest.
  const candidates = findAll(document, (node) => node.nodeName === 'article' || node.nodeName === 'main' || attr(node, 'role') === 'main');
  const holdsHeadline = candidates.filter((node) => h1 && findAll(node, (child) => child === h1).length);
  const longest = (nodes: HtmlNode[]) => nodes.sort((a, b) => textOf(b).length - textOf(a).length)[0];
  const root = (holdsHeadline.length ? holdsHeadline[holdsHeadline.length - 1] : longest(candidates)) ?? document;
  const blocks: Block[] = [];
  const walk = (node: HtmlNode, kind: BlockKind) => {
    let buffer: HtmlNode[] = [];
    let bufferLine: number | undefined;
    const flush = () => {
      const links: Link[] = [];
      const text = tidyInline(htmlInline(buffer, links));
      // A paragraph that is only bold text is a heading in all but name ("<p><strong>Key takeaways</strong></p>").
      const boldOnly = kind === 'paragraph' && /^\*\*[^*]+\*\*$/.test(text) && wordCount(text) <= 14;
      if (text) blocks.push({ kind: boldOnly ? 'heading' : kind, level: boldOnly ? 7 : undefined, text, line: bufferLine, links });
      buffer = [];
      bufferLine = undefined;
    };
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#comment' || (child.nodeName !== '#text' && isChrome(child))) continue;
      if (INLINE_TAGS.has(child.nodeName)) {
        bufferLine ??= child.sourceCodeLocation?.startLine;
        buffer.push(child);
        continue;
      }
      flush();
      const line = child.sourceCodeLocation?.startLine;
      if (HEADINGS.has(child.nodeName)) {
        const links: Link[] = [];
        const text = tidyInline(htmlInline(child.childNodes, links));
        if (text) blocks.push({ kind: 'heading', level: Number(child.nodeName[1]), text, line, links });
      } else if (child.nodeName === 'header') {
        // The article's header holds its headline (read above) and byline: not content.
      } else if (child.nodeName === 'li') walk(child, 'item');
      else if (child.nodeName === 'dt') walk(child, 'term');
      else if (child.nodeName === 'summary') walk(child, 'question');
      else if (child.nodeName === 'p' || child.nodeName === 'dd') walk(child, kind === 'item' || kind === 'question' || kind === 'term' ? kind : 'paragraph');
      else if (child.nodeName === 'table') {
        // A two-column table of facts: "label | text" rows.
        for (const row of findAll(child, (node) => node.nodeName === 'tr')) {
          const cells = (row.childNodes ?? []).filter((cell) => cell.nodeName === 'td' || cell.nodeName === 'th');
          const links: Link[] = [];
          const texts = cells.map((cell) => tidyInline(htmlInline(cell.childNodes, links)));
          if (texts.length === 2 && texts[0] && texts[1]) blocks.push({ kind: 'item', text: `**${plain(texts[0])}** ${texts[1]}`, line: row.sourceCodeLocation?.startLine, links });
        }
      } else {
        walk(child, kind === 'question' ? 'paragraph' : kind);
        if (child.nodeName === 'section' || child.nodeName === 'article') blocks.push({ kind: 'break', text: '', line, links: [] });
      }
    }
    flush();
  };
  walk(root, 'paragraph');
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------
// Placing blocks.

/** Guesses the format of a text with no file name to go by. */
export function detectFormat(input: string, name?: string): ImportFormat {
  if (name && /\.(md|markdown|mdown|mkd)$/i.test(name)) return 'markdown';
  if (name && /\.x?html?$/i.test(name)) return 'html';
  if (name && /\.txt$/i.test(name)) return 'text';
  const start = input.trimStart().slice(0, 2000);
  if (/^<(!doctype|html|head|body|article|main|div|section|p|h[1-6])\b/i.test(start) || /<\/(p|div|h[1-6]|li|article)>/i.test(start)) return 'html';
  if (/^#{1,6}\s/m.test(start) || /^---\r?\n/.test(start) || /\[[^\]]+\]\([^)]+\)/.test(start) || (/^\s*[-*+]\s/m.test(start) && /\n[ \t]*\n/.test(start) && !/^\*\*[^*]+$/m.test(start))) return 'markdown';
  return 'text';
}

/** Statements of a paragraph: one per sentence, as the platform's sentence segmenter splits them. */
function sentences(text: string, lang: string): string[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  }
  return [...segmenter.segment(text)].map((segment) => segment.segment.trim()).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** A key fact from "**Label** text", "Label: text" or "Label — text"; a line with no label is a fact without one. */
function keyFact(text: string): KeyFact {
  const bold = /^\*\*([^*]+?)\*\*\s*[:：.—–-]?\s*([^]+)$/u.exec(text) ?? /^__([^_]+?)__\s*[:：.—–-]?\s*([^]+)$/u.exec(text);
  const colon = /^([^:：.?!]{1,60})[:：]\s+([^]+)$/u.exec(text);
  const dash = /^([^—–.?!]{1,60}?)\s+[—–]\s+([^]+)$/u.exec(text);
  for (const match of [bold, colon, dash]) {
    if (match && wordCount(match[1]) <= 7 && cleanLabel(match[2])) return { label: cleanLabel(match[1]).replace(/\s*[:：]$/u, ''), text: cleanLabel(match[2]) };
  }
  return { text: cleanLabel(text) };
}

/** A source from a list item: a link or a quoted title, then publisher and date, in any order. */
function source(block: Block, lang = 'en'): Source | undefined {
  let text = block.text;
  let title: string | undefined;
  let url: string | undefined;
  const link = block.links[0];
  if (link) {
    url = link.url;
    const markdown = /\[([^\]]+)\]\(([^)\s]+)\)/.exec(text);
    if (markdown) {
      title = plain(markdown[1]);
      text = text.replace(markdown[0], '');
    } else {
      text = text.replace(link.url, '');
    }
  }
  if (!title) {
    const quoted = /[“"‘«]([^”"’»]+)[”"’»]/u.exec(text);
    if (quoted) {
      title = quoted[1];
      text = text.replace(quoted[0], '');
    }
  }
  const date = findDate(text, lang);
  const parts = plain(text)
    .split(/\s*(?:,|·|\||\s[—–-]\s|\((?=\d)|\))\s*/u)
    .map((part) => part.replace(/^[\s.,:;—–()-]+|[\s.,:;—–()-]+$/gu, ''))
    .filter((part) => part && !findDate(part, lang) && !/^(accessed|retrieved|published|updated)\b/i.test(part) && !/^\d{4}$/.test(part));
  if (!title) title = parts.shift() ?? (link ? link.text || link.url : undefined);
  title = title?.replace(/^[\s,.]+|[\s,.]+$/g, '');
  if (!title) return undefined;
  const publisher = parts[0] ?? (url ? new URL(url).hostname.replace(/^www\./, '') : undefined);
  return { title, ...(publisher && { publisher }), ...(url && { url }), ...(date && { date }) };
}

interface Section {
  kind: SectionKind | 'preamble' | 'other';
  heading?: Block;
  blocks: Block[];
}

const preview = (text: string) => {
  const flat = plain(text);
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
};
const where = (block: Block) => (block.line ? `line ${block.line}: ` : '');

/**
 * Imports an article from Markdown, HTML or plain text (`format` guessed when not given): the article,
 * what could not be placed, and notes on what was guessed or dropped.
 */
export function importArticle(input: string, format: ImportFormat = detectFormat(input)): ImportResult {
  const meta: Meta = {};
  const notes: string[] = [];
  const unplaced: string[] = [];
  let blocks = format === 'html' ? htmlBlocks(input, meta) : format === 'markdown' ? markdownBlocks(input, meta) : textBlocks(input, meta);

  // The headline: the first top-level heading (Markdown, plain text) unless the page said it otherwise.
  const firstHeading = blocks.find((block) => block.kind === 'heading' && (block.level ?? 7) <= 2 && !recognizeHeading(block.text) && !CHROME_LINE.test(plain(block.text)) && !/\s[·|]\s/.test(block.text));
  const h1 = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  if (!meta.headline) {
    const candidate = h1 ?? (format === 'text' ? blocks.find((block) => block.kind === 'heading' && !recognizeHeading(block.text) && !CHROME_LINE.test(plain(block.text)) && !/\s[·|]\s/.test(block.text) && wordCount(block.text) >= 4) : firstHeading);
    if (candidate && !recognizeHeading(candidate.text)) meta.headline = plain(candidate.text);
  }

  // The language: the page's own, else the one most of its recognised headings are written in.
  const languages = new Map<string, number>();
  for (const block of blocks) {
    const recognized = block.kind === 'heading' ? recognizeHeading(block.text) : undefined;
    if (recognized) languages.set(recognized.lang, (languages.get(recognized.lang) ?? 0) + 1);
  }
  const lang = meta.lang ?? [...languages].sort((a, b) => b[1] - a[1])[0]?.[0];
  const dateIn = (text: string) => findDate(text, lang);

  // Bylines and date lines (in the page's head, before its first recognised heading: a key fact may be a
  // date); the author's biography and everything after it.
  const firstPart = blocks.findIndex((block) => block.kind === 'heading' && recognizeHeading(block.text));
  const chrome: string[] = [];
  const kept: Block[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const text = plain(block.text);
    const bio = meta.author && text.startsWith(`${meta.author} `) && /^\S+(?:\s\S+){0,4}\s(is|was|has|covers|reports|writes|joined)\b/.test(text) && block.kind === 'paragraph';
    if (BIO_START.test(text) || bio) {
      const next = blocks[index + 1] && plain(blocks[index + 1].text);
      if (!meta.author) meta.author = bylineName(text) ?? (next && wordCount(next) <= 5 && !SENTENCE_END.test(next) ? next : undefined);
      chrome.push(`${where(block)}the author's biography and what follows it`);
      break;
    }
    const byline = block.kind !== 'item' && wordCount(text) <= 12 ? bylineName(text) : undefined;
    if (byline) {
      meta.author ??= byline;
      meta.published ??= dateIn(text);
      continue;
    }
    if (/^(published|posted|updated|last updated|date)\b[:\s]/i.test(text) && dateIn(text) && wordCount(text) <= 10) {
      if (/updated/i.test(text)) meta.updated ??= dateIn(text);
      else meta.published ??= dateIn(text);
      continue;
    }
    // A dateline such as "Technology · 5 sources Jun 23, 2026 · min read", or a date alone.
    const inHead = firstPart === -1 || index < firstPart;
    if (inHead && block.kind === 'paragraph' && wordCount(text) <= 6 && dateIn(text)) {
      meta.published ??= dateIn(text);
      chrome.push(`${where(block)}"${preview(text)}"`);
      continue;
    }
    if (inHead && /\s[·|•]\s/.test(text) && wordCount(text) <= 20 && !SENTENCE_END.test(text)) {
      meta.published ??= dateIn(text);
      chrome.push(`${where(block)}"${preview(text)}"`);
      continue;
    }
    if (block.kind === 'break') {
      kept.push(block);
      continue;
    }
    if (CHROME_LINE.test(text) || (!/[\p{L}\p{N}]/u.test(text) && block.kind !== 'heading')) {
      chrome.push(`${where(block)}"${preview(text)}"`);
      continue;
    }
    kept.push(block);
  }
  blocks = kept;

  // The headline itself, repeats of it and of the author's name, and teasers cut short ("… following an in...").
  const headline = plain(meta.headline ?? '');
  blocks = blocks.filter((block, index) => {
    const text = plain(block.text);
    if (block.kind !== 'item' && text === headline) return false;
    const teaser = /(\.\.\.|…)$/.test(text) && blocks.some((other, otherIndex) => otherIndex !== index && plain(other.text).startsWith(text.replace(/(\.\.\.|…)$/, '')));
    if (teaser || text === meta.author) chrome.push(`${where(block)}"${preview(text)}"`);
    return !teaser && text !== meta.author;
  });
  if (chrome.length) notes.push(`dropped as page chrome: ${chrome.join('; ')}`);

  // Sections: a recognised heading starts one; any other heading ends it, unless it sits below the
  // section's own heading (a question or a fact's label inside the FAQ or the key facts).
  const sections: Section[] = [{ kind: 'preamble', blocks: [] }];
  for (const block of blocks) {
    const current = sections[sections.length - 1];
    if (block.kind === 'break') {
      if (current.kind !== 'other' || current.heading) sections.push({ kind: 'other', blocks: [] });
      continue;
    }
    if (block.kind === 'heading') {
      const recognized = recognizeHeading(block.text);
      if (recognized) {
        // "Confirmed" and "Unclear" under a "What we know" heading stay in it as its two lists.
        if (current.kind === 'confirmedUnclear' && (recognized.kind === 'confirmed' || recognized.kind === 'unclear') && (block.level ?? 7) > (current.heading?.level ?? 0)) {
          current.blocks.push({ ...block, kind: 'paragraph', text: `${recognized.kind === 'confirmed' ? 'Confirmed' : 'Unclear'}:` });
          continue;
        }
        sections.push({ kind: recognized.kind, heading: block, blocks: [] });
        continue;
      }
      const below = block.level !== undefined && current.heading?.level !== undefined && block.level > current.heading.level;
      const question = QUESTION_END.test(block.text);
      if ((current.kind === 'faq' && (below || question)) || (current.kind === 'keyFacts' && below)) {
        current.blocks.push({ ...block, kind: current.kind === 'faq' ? 'question' : 'term' });
        continue;
      }
      sections.push({ kind: 'other', heading: block, blocks: [] });
      continue;
    }
    current.blocks.push(block);
  }
  const article: Article = {};
  const keyFacts: KeyFact[] = [];
  const faq: FaqItem[] = [];
  const confirmed: string[] = [];
  const unclear: string[] = [];
  const sources: Source[] = [];
  const tldr: string[] = [];
  const leftOver = (section: Section, rest: Block[]) => {
    if (!rest.length) return;
    const about = section.heading ? ` under "${preview(section.heading.text)}"` : section.kind === 'preamble' ? ' before the first heading' : '';
    unplaced.push(`${where(rest[0])}${rest.length} ${rest.length === 1 ? 'paragraph' : 'paragraphs'}${about}: "${preview(rest[0].text)}"`);
  };

  const leftovers: { section: Section; rest: Block[] }[] = [];
  for (const section of sections) {
    const rest: Block[] = [];
    // A list-shaped section ends at the first block that is not shaped like its items.
    let shape: 'bold' | 'item' | undefined;
    let ended = false;
    const fits = (block: Block) => {
      if (ended) return false;
      const blockShape = block.kind === 'item' ? 'item' : /^\*\*[^*]+\*\*/.test(block.text) ? 'bold' : undefined;
      if (shape && blockShape !== shape && block.kind !== 'term' && !statementPrefix(block.text)) {
        ended = true;
        return false;
      }
      shape ??= blockShape;
      return true;
    };
    // "Confirmed: …" and "Unclear: …" paragraphs are placed wherever they are.
    let mode: 'confirmed' | 'unclear' | undefined = section.kind === 'confirmed' || section.kind === 'unclear' ? section.kind : undefined;
    const statement = (block: Block): boolean => {
      const prefix = statementPrefix(block.text);
      if (prefix) mode = prefix.kind;
      const text = prefix ? prefix.rest : block.text;
      if (!mode) return false;
      const target = mode === 'confirmed' ? confirmed : unclear;
      if (text) target.push(...(block.kind === 'item' ? [cleanLabel(text)] : sentences(text, lang ?? 'en').map(cleanLabel)));
      return true;
    };

    switch (section.kind) {
      case 'tldr':
        for (const block of section.blocks) {
          if (statementPrefix(block.text)) statement(block);
          else if (block.kind === 'paragraph' || block.kind === 'item') tldr.push(cleanLabel(block.text));
          else rest.push(block);
        }
        break;
      case 'keyFacts': {
        let label: string | undefined;
        for (const block of section.blocks) {
          if (block.kind === 'term') {
            label = cleanLabel(plain(block.text));
            continue;
          }
          if (!fits(block)) {
            rest.push(block);
            continue;
          }
          const fact = keyFact(block.text);
          keyFacts.push(label && !fact.label ? { label, text: fact.text } : fact);
          label = undefined;
        }
        break;
      }
      case 'faq': {
        let current: { question: string; answer: string[]; block: Block } | undefined;
        const finish = () => {
          if (!current) return;
          if (current.answer.length) faq.push({ question: cleanLabel(current.question), answer: cleanLabel(current.answer.join(' ')) });
          else unplaced.push(`${where(current.block)}a question with no answer: "${preview(current.question)}"`);
          current = undefined;
        };
        for (const block of section.blocks) {
          const text = block.text.trim();
          const qa = /^(?:\*\*)?(?:q|question|frage|pregunta)\s*[:.]\s*(?:\*\*)?\s*/iu.exec(text);
          if (block.kind === 'question' || qa || (QUESTION_END.test(text) && wordCount(text) <= 30 && !(current && !current.answer.length))) {
            finish();
            const question = qa ? text.slice(qa[0].length) : text;
            current = { question: question.replace(/\*\*$/, ''), answer: [], block };
          } else if (current) {
            current.answer.push(text.replace(/^(?:\*\*)?(?:a|answer|antwort|respuesta|réponse)\s*[:.]\s*(?:\*\*)?\s*/iu, ''));
          } else rest.push(block);
        }
        finish();
        break;
      }
      case 'confirmed':
      case 'unclear':
      case 'confirmedUnclear':
        for (const block of section.blocks) {
          if (!fits(block) || !statement(block)) rest.push(block);
        }
        break;
      case 'sources':
        for (const block of section.blocks) {
          const found = fits(block) ? source(block, lang) : undefined;
          if (found) sources.push(found);
          else rest.push(block);
        }
        break;
      default:
        for (const block of section.blocks) {
          if (!statementPrefix(block.text) || !statement(block)) rest.push(block);
        }
    }
    leftovers.push({ section, rest });
    if (section.kind === 'other' || section.kind === 'preamble') continue;
    if (!section.blocks.length && section.heading) unplaced.push(`${where(section.heading)}the "${preview(section.heading.text)}" heading has nothing under it`);
  }

  // With no TL;DR section, the lede (the story's first paragraph that found no place) is the summary.
  if (!tldr.length && !sections.some((section) => section.kind === 'tldr')) {
    for (const { rest } of leftovers) {
      const lede = rest.find((block) => block.kind === 'paragraph' && wordCount(block.text) >= 12);
      if (!lede) continue;
      tldr.push(cleanLabel(lede.text));
      rest.splice(rest.indexOf(lede), 1);
      notes.push(`${where(lede)}no TL;DR or summary heading: the first paragraph of the story is the TL;DR`);
      break;
    }
  }
  for (const { section, rest } of leftovers) leftOver(section, rest);

  // Links in the article's text are its sources too, when it has no list of them.
  if (!sources.length) {
    for (const section of sections) {
      for (const block of section.blocks) {
        for (const link of block.links) {
          if (sources.some((known) => known.url === link.url)) continue;
          const found = source({ ...block, text: `[${link.text || link.url}](${link.url})`, links: [link] });
          if (found) sources.push(found);
        }
      }
    }
    if (sources.length) notes.push(`no "Sources" section: the ${sources.length} links in the text are the sources`);
  }

  if (meta.headline) article.headline = cleanLabel(meta.headline);
  if (meta.url && safeHref(meta.url)) article.url = meta.url;
  if (lang) article.lang = lang;
  if (meta.published) article.published = meta.published;
  if (meta.updated) article.updated = meta.updated;
  if (meta.author) article.author = cleanLabel(meta.author);
  if (tldr.length) article.tldr = tldr.join(' ');
  if (keyFacts.length) article.keyFacts = keyFacts;
  if (confirmed.length) article.confirmed = confirmed;
  if (unclear.length) article.unclear = unclear;
  if (faq.length) article.faq = faq;
  if (sources.length) article.sources = sources;
  // What the elements would refuse (text over the length limit) is cut or left out here, and said.
  const reading = readArticle(article, ARTICLE_FIELDS);
  unplaced.push(...reading.problems);
  if (!Object.keys(reading.article).length) unplaced.push('nothing could be imported');
  // In the order of the contract (and of hand-written files): headline and dates first.
  const ordered = Object.fromEntries(FIELD_ORDER.filter((field) => reading.article[field] !== undefined).map((field) => [field, reading.article[field]])) as Article;
  return { article: ordered, unplaced, notes, format };
}
