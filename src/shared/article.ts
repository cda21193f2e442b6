import { parseDate } from './dates.js';

/** One fact in the key-facts box: a short label and its text. */
export interface KeyFact {
  label?: string;
  text: string;
}

/** One question and its answer in the FAQ. */
export interface FaqItem {
  question: string;
  answer: string;
}

/** One source the article relies on. */
export interface Source {
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
  confirmed?: string[];
  unclear?: string[];
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

const STRING_FIELDS = ['headline', 'url', 'lang', 'author', 'tldr'] as const;
const DATE_FIELDS = ['published', 'updated'] as const;
const LIST_FIELDS = ['keyFacts', 'confirmed', 'unclear', 'faq', 'sources'] as const;
type ListField = (typeof LIST_FIELDS)[number];

/** Every field of the article shape. */
export const ARTICLE_FIELDS: readonly ArticleField[] = [...STRING_FIELDS, ...DATE_FIELDS, ...LIST_FIELDS];

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

/** Item readers: return the valid item, or undefined after noting why it was skipped. */
const ITEM_READERS: { [F in ListField]: (item: unknown, where: string, problems: string[]) => NonNullable<Article[F]>[number] | undefined } = {
  confirmed: (item, where, problems) => readText(item, where, problems, true),
  unclear: (item, where, problems) => readText(item, where, problems, true),
  keyFacts(item, where, problems) {
    if (!isRecord(item)) return void problems.push(`${where} should be an object with "label" and "text"`);
    const text = readText(item.text, `${where}.text`, problems, true);
    if (text === undefined) return undefined;
    const label = readText(item.label, `${where}.label`, problems, false);
    return label === undefined ? { text } : { label, text };
  },
  faq(item, where, problems) {
    if (!isRecord(item)) return void problems.push(`${where} should be an object with "question" and "answer"`);
    const question = readText(item.question, `${where}.question`, problems, true);
    const answer = readText(item.answer, `${where}.answer`, problems, true);
    return question !== undefined && answer !== undefined ? { question, answer } : undefined;
  },
  sources(item, where, problems) {
    if (!isRecord(item)) return void problems.push(`${where} should be an object with a "title"`);
    const title = readText(item.title, `${where}.title`, problems, true);
    if (title === undefined) return undefined;
    const publisher = readText(item.publisher, `${where}.publisher`, problems, false);
    const url = readText(item.url, `${where}.url`, problems, false);
    const date = readDate(item.date, `${where}.date`, problems);
    return { title, ...(publisher && { publisher }), ...(url && { url }), ...(date && { date }) };
  },
};

/**
 * Reads untrusted data into an {@link Article}, keeping only `fields`: every valid value and item is
 * kept, every invalid one is skipped and described in `problems`. Never throws.
 */
export function readArticle(raw: unknown, fields: readonly ArticleField[]): ArticleReading {
  const problems: string[] = [];
  const article: Article = {};
  if (!isRecord(raw)) {
    problems.push(`the article should be a JSON object, not ${typeName(raw)}`);
    return { article, problems };
  }
  for (const field of fields) {
    const value = raw[field];
    const isDate = (DATE_FIELDS as readonly string[]).includes(field);
    if (isDate || (STRING_FIELDS as readonly string[]).includes(field)) {
      const text = isDate ? readDate(value, field, problems) : readText(value, field, problems, false);
      if (text !== undefined) (article as Record<string, unknown>)[field] = text;
      continue;
    }
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      problems.push(`${field} should be an array, not ${typeName(value)}`);
      continue;
    }
    const readItem = ITEM_READERS[field as ListField] as (item: unknown, where: string, problems: string[]) => unknown;
    const items: unknown[] = [];
    value.forEach((item, index) => {
      const valid = readItem(item, `${field}[${index}]`, problems);
      if (valid !== undefined) items.push(valid);
    });
    if (items.length) (article as Record<string, unknown>)[field] = items;
  }
  return { article, problems };
}

/** True when the article has something to show for at least one of `fields`. */
export const hasContent = (article: Article, fields: readonly ArticleField[]) =>
  fields.some((field) => article[field] !== undefined);
