import { cite, citeMarkers, type Cite, type CitationReading } from './citations.js';
import { CITATION_REF } from './inline-text.js';
import { parseDate } from './dates.js';

export type { Cite };

/** One fact in the key-facts box: a short label and its text. */
export interface KeyFact {
  label?: string;
  text: string;
  /** Sources cited at the end of the text: positions in `sources` (from 1) or source ids. */
  cites?: Cite[];
}

/** One question and its answer in the FAQ. */
export interface FaqItem {
  question: string;
  answer: string;
  /** Sources cited at the end of the answer. */
  cites?: Cite[];
}

/** A confirmed or unclear statement with the sources it comes from (a plain string works too). */
export interface Statement {
  text: string;
  /** Sources cited at the end of the text. */
  cites?: Cite[];
}

/** One source the article relies on. */
export interface Source {
  /** A name for `[^id]` markers and `cites` entries: 1 to 64 characters, no white space or `[`, `]`, `^`, not only digits. */
  id?: string;
  title: string;
  publisher?: string;
  /** Linked only when it is an absolute `http:` or `https:` URL. */
  url?: string;
  /** ISO 8601 date or date-time. */
  date?: string;
}

/** The one data shape every newsbrief element reads. Every field is optional. */
export interface Article {
  headline?: string;
  /** The article's canonical URL. */
  url?: string;
  /** BCP 47 language tag, e.g. `en`, `hi`, `ar`. */
  lang?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** ISO 8601 date or date-time. */
  updated?: string;
  author?: string;
  /** The short summary. */
  tldr?: string;
  keyFacts?: KeyFact[];
  confirmed?: (string | Statement)[];
  unclear?: (string | Statement)[];
  faq?: FaqItem[];
  sources?: Source[];
}

export type ArticleField = keyof Article;

/** The result of reading untrusted data: only what is valid, and a line for each thing that is not. */
export interface ArticleReading {
  article: Article;
  problems: string[];
}

/** Longer text is cut here (counted in code points, like JSON Schema's `maxLength`): it keeps layout and inline parsing bounded on hostile data. */
export const MAX_TEXT_LENGTH = 20_000;

/** Every field of the article shape. */
export const ARTICLE_FIELDS: readonly ArticleField[] = ['headline', 'url', 'lang', 'author', 'tldr', 'published', 'updated', 'keyFacts', 'confirmed', 'unclear', 'faq', 'sources'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The index after the first `count` characters of `value`, counted in code points as JSON Schema's `maxLength` does (an emoji is one). */
function afterCodePoints(value: string, count: number): number {
  let index = 0;
  for (let n = 0; n < count && index < value.length; n++) index += value.codePointAt(index)! > 0xffff ? 2 : 1;
  return index;
}

/** Reads one text: a non-blank string, cut to MAX_TEXT_LENGTH; anything else is `undefined`. */
function readText(value: unknown, where: string, problems: string[], required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required) problems.push(`${where} is missing`);
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push(`${where} should be a string, not ${typeName(value)}`);
    return undefined;
  }
  if (!value.trim()) {
    if (required) problems.push(`${where} is empty`);
    return undefined;
  }
  if (value.length > MAX_TEXT_LENGTH && afterCodePoints(value, MAX_TEXT_LENGTH) < value.length) {
    problems.push(`${where} is longer than ${MAX_TEXT_LENGTH} characters and was cut`);
    // The ellipsis fits within the limit, so reading the result again (as <nb-brief>'s parts do) finds nothing to report.
    return `${value.slice(0, afterCodePoints(value, MAX_TEXT_LENGTH - 1))}…`;
  }
  return value;
}

/** Reads an optional ISO 8601 date; one that does not parse is dropped and reported. */
function readDate(value: unknown, where: string, problems: string[]): string | undefined {
  const text = readText(value, where, problems, false);
  if (text === undefined || parseDate(text)) return text;
  problems.push(`${where} is not an ISO 8601 date: "${text.slice(0, 40)}"`);
  return undefined;
}

/** What reading one article shares: its problems, and its sources for checking citations. */
interface Reading extends CitationReading {
  /** How many valid sources there are. */
  valid: number;
}

/** Reads a text that may cite sources: each marker is checked (src/shared/citations.ts). */
const readProse = (value: unknown, where: string, reading: Reading, required = true) =>
  citeMarkers(readText(value, where, reading.problems, required), where, reading);

/** Reads an item's `cites` array: the entries that name a valid source, positions renumbered as markers are. */
function readCites(value: unknown, where: string, reading: Reading): Cite[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return void reading.problems.push(`${where} should be an array, not ${typeName(value)}`);
  const cites = value.flatMap((ref: unknown, index) =>
    (typeof ref === 'number' || typeof ref === 'string' ? cite(ref, `${where}[${index}]`, reading) : void reading.problems.push(`${where}[${index}] should be a number or a string, not ${typeName(ref)}`)) ?? [],
  );
  return cites.length ? cites : undefined;
}

/** An item with its `cites`, when it has any. */
const withCites = <T extends object>(item: T, cites: Cite[] | undefined) => (cites ? { ...item, cites } : item);

/** A statement of `confirmed` or `unclear`: a string, or `{ text, cites }` (kept a string when it cites nothing). */
function readStatement(item: unknown, where: string, reading: Reading) {
  if (!isRecord(item)) return readProse(item, where, reading);
  const text = readProse(item.text, `${where}.text`, reading);
  const cites = text === undefined ? undefined : readCites(item.cites, `${where}.cites`, reading);
  return text === undefined ? undefined : cites ? { text, cites } : text;
}

/** A source id that markers can name: no white space or brackets, and not only digits (digits are positions). */
const SOURCE_ID = new RegExp(String.raw`^(?!\d+$)${CITATION_REF}$`);

/** An item of `keyFacts`: `{ label?, text, cites? }`. */
function readKeyFact(item: unknown, where: string, reading: Reading): KeyFact | undefined {
  if (!isRecord(item)) return void reading.problems.push(`${where} should be an object with "label" and "text"`);
  const text = readProse(item.text, `${where}.text`, reading);
  if (text === undefined) return undefined;
  const label = readProse(item.label, `${where}.label`, reading, false);
  return withCites(label === undefined ? { text } : { label, text }, readCites(item.cites, `${where}.cites`, reading));
}

/** An item of `faq`: `{ question, answer, cites? }`. */
function readFaqItem(item: unknown, where: string, reading: Reading): FaqItem | undefined {
  if (!isRecord(item)) return void reading.problems.push(`${where} should be an object with "question" and "answer"`);
  const question = readProse(item.question, `${where}.question`, reading);
  const answer = readProse(item.answer, `${where}.answer`, reading);
  return question !== undefined && answer !== undefined ? withCites({ question, answer }, readCites(item.cites, `${where}.cites`, reading)) : undefined;
}

/** An item of `sources`: `{ id?, title, publisher?, url?, date? }`; its position and id are noted for citations. */
function readSource(item: unknown, where: string, reading: Reading): Source | undefined {
  const { problems, kept, ids } = reading;
  kept.push(-1);
  if (!isRecord(item)) return void problems.push(`${where} should be an object with a "title"`);
  const title = readText(item.title, `${where}.title`, problems, true);
  if (title === undefined) return undefined;
  let id = readText(item.id, `${where}.id`, problems, false);
  if (id !== undefined && (!SOURCE_ID.test(id) || ids.has(id))) id = void problems.push(`${where}.id "${id.slice(0, 70)}" is not unique or not a name (digits, spaces, [, ], ^)`);
  const publisher = readText(item.publisher, `${where}.publisher`, problems, false);
  const url = readText(item.url, `${where}.url`, problems, false);
  const date = readDate(item.date, `${where}.date`, problems);
  kept[kept.length - 1] = reading.valid;
  if (id !== undefined) ids.set(id, reading.valid);
  reading.valid++;
  return { ...(id && { id }), title, ...(publisher && { publisher }), ...(url && { url }), ...(date && { date }) };
}

/** Reads one field of the article: its valid value, or `undefined` (why, if it says, is in `reading.problems`). */
export type FieldReader = (value: unknown, field: string, reading: Reading) => unknown;

/**
 * The fields an element reads, each with its reader. Each reader is its own export, so that a bundle of one
 * element carries the readers of the fields it shows and not the others.
 */
export type FieldReaders = { readonly [F in ArticleField]?: FieldReader };

/** A list field: an array, of which every valid item is kept and every other one reported. */
const listOf =
  (readItem: (item: unknown, where: string, reading: Reading) => unknown): FieldReader =>
  (value, field, reading) => {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) return void reading.problems.push(`${field} should be an array, not ${typeName(value)}`);
    const items: unknown[] = [];
    value.forEach((item, index) => {
      const valid = readItem(item, `${field}[${index}]`, reading);
      if (valid !== undefined) items.push(valid);
    });
    return items.length ? items : undefined;
  };

/** `headline`, `url`, `lang`, `author`: plain text. */
export const readTextField: FieldReader = (value, field, reading) => readText(value, field, reading.problems, false);
/** `published`, `updated`: ISO 8601 dates. */
export const readDateField: FieldReader = (value, field, reading) => readDate(value, field, reading.problems);
/** `tldr`: text that may cite sources. */
export const readTldr: FieldReader = (value, field, reading) => readProse(value, field, reading, false);
export const readKeyFacts = /* @__PURE__ */ listOf(readKeyFact);
/** `confirmed` and `unclear`. */
export const readStatements = /* @__PURE__ */ listOf(readStatement);
export const readFaq = /* @__PURE__ */ listOf(readFaqItem);
export const readSources = /* @__PURE__ */ listOf(readSource);

/** The readers of `fields`, for the tools, which read every field (an element names its own readers). */
export function readersOf(fields: readonly ArticleField[]): FieldReaders {
  const all: Required<FieldReaders> = {
    headline: readTextField,
    url: readTextField,
    lang: readTextField,
    author: readTextField,
    tldr: readTldr,
    published: readDateField,
    updated: readDateField,
    keyFacts: readKeyFacts,
    confirmed: readStatements,
    unclear: readStatements,
    faq: readFaq,
    sources: readSources,
  };
  return Object.fromEntries(fields.map((field) => [field, all[field]]));
}

/**
 * Reads untrusted data into an {@link Article}, keeping only `fields`: every valid value and item is
 * kept, every invalid one is skipped and described in `problems`. Never throws.
 * Citations (`[^2]`, `[^id]` in texts, `cites` arrays) are checked against the data's `sources`, which
 * are always read first and kept (an element cites sources it does not list), but reported only when
 * `fields` includes them: a citation that names no valid source is reported, naming the field, and
 * shows as plain text.
 */
export const readArticle = (raw: unknown, fields: readonly ArticleField[]): ArticleReading => readFields(raw, readersOf(fields));

/** {@link readArticle} with the readers given: what the elements call, each with the readers of the fields it shows. */
export function readFields(raw: unknown, readers: FieldReaders): ArticleReading {
  const problems: string[] = [];
  const article: Record<string, unknown> = {};
  if (!isRecord(raw)) {
    problems.push(`the article should be a JSON object, not ${typeName(raw)}`);
    return { article, problems };
  }
  const reading: Reading = { problems, kept: [], ids: new Map(), valid: 0 };
  // Read already (the article `<nb-brief>` gives its parts): reading it again would find it as it is.
  const known = articlesRead.has(raw);
  for (const field of ['sources', ...Object.keys(readers).filter((f) => f !== 'sources')] as ArticleField[]) {
    if (known) {
      if (raw[field] !== undefined) article[field] = raw[field];
      continue;
    }
    // Without `sources` among the fields, they are still read and kept, to resolve citations, but not reported.
    reading.problems = field === 'sources' && !readers.sources ? [] : problems;
    const value = (readers[field] ?? readSources)(raw[field], field, reading);
    if (value !== undefined) article[field] = value;
  }
  articlesRead.add(article);
  return { article, problems };
}

/** The articles {@link readArticle} returned. Nothing changes an article once read (a new version is a new object). */
const articlesRead = new WeakSet<object>();

/** True when the article has something to show for at least one of `fields`. */
export const hasContent = (article: Article, fields: readonly ArticleField[]) =>
  fields.some((field) => article[field] !== undefined);
