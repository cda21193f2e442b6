/** Every piece of built-in text an element shows, by key. Override any of them with the `labels` attribute. */
export interface NbLabels {
  /** Heading of `<nb-tldr>`. */
  tldr: string;
  /** Heading of `<nb-key-facts>`. */
  keyFacts: string;
  /** Heading of `<nb-faq>`. */
  faq: string;
  /** Heading of the "confirmed" list. */
  confirmed: string;
  /** Heading of the "still unclear" list. */
  unclear: string;
  /** Heading of the whole `<nb-confirmed-unclear>` panel. */
  confirmedUnclear: string;
  /** Heading of `<nb-sources>`. */
  sources: string;
  /** Heading of `<nb-brief>`. */
  brief: string;
  /** Announced while `src` is loading. */
  loading: string;
  /** Before the publication date. */
  published: string;
  /** Before the update date. */
  updated: string;
  /** Before the author's name. */
  by: string;
  /** Marks an item added in the last update. */
  new: string;
  /** Marks an item changed in the last update. */
  changed: string;
  /** Marks a statement that moved from "still unclear" to "confirmed" in the last update. */
  nowConfirmed: string;
  /** In the update summary: how many items were removed. */
  removed: string;
  /** Starts the update summary a live region announces, with the number of changes: plural forms joined by `|`, each `category:text` (`one`, `two`, `few`, `many`, `zero`) but the last, which serves every other count; `#` is the number. */
  liveUpdate: string;
  /** A count of sources (`<nb-brief>`'s meta line), in plural forms as `liveUpdate`. */
  countSources: string;
  /** A citation's accessible name: `{n}` its number, `{title}` and `{publisher}` its source's (the publisher part is left out, with the punctuation before it, when there is none). */
  citation: string;
}

export const EN_LABELS: NbLabels = {
  tldr: 'TL;DR',
  keyFacts: 'Key facts',
  faq: 'Frequently asked questions',
  confirmed: 'Confirmed',
  unclear: 'Still unclear',
  confirmedUnclear: 'What we know',
  sources: 'Sources',
  brief: 'At a glance',
  loading: 'Loading…',
  published: 'Published',
  updated: 'Updated',
  by: 'By',
  new: 'New',
  changed: 'Updated',
  nowConfirmed: 'Now confirmed',
  removed: 'Removed',
  liveUpdate: 'one:Article updated: # change.|Article updated: # changes.',
  countSources: 'one:# source|# sources',
  citation: 'Source {n}: {title}, {publisher}',
};

/**
 * A language's labels as a row: one text per key of {@link NbLabels}, in the order of `EN_LABELS`. The
 * built-in languages are written so (`src/locales/<lang>.ts`): tables that each repeated the 19 key names
 * cost the CDN file about 0.7 KiB gzip more.
 */
export type LabelRow = [
  tldr: string,
  keyFacts: string,
  faq: string,
  confirmed: string,
  unclear: string,
  confirmedUnclear: string,
  sources: string,
  brief: string,
  loading: string,
  published: string,
  updated: string,
  by: string,
  new: string,
  changed: string,
  nowConfirmed: string,
  removed: string,
  liveUpdate: string,
  countSources: string,
  citation: string,
];

/** The labels of a {@link LabelRow}, by key. */
export const labelsFromRow = (row: LabelRow) =>
  Object.fromEntries(Object.keys(EN_LABELS).map((key, index) => [key, row[index]])) as unknown as NbLabels;

/**
 * The languages that ship a label table (`src/locales/<lang>.ts`). English is built in; the others are
 * registered by importing `newsbrief/locales/<lang>` (or `newsbrief/locales/all`, which the CDN file does).
 */
export const SUPPORTED_LANGUAGES = ['en', 'ar', 'bn', 'de', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'sw', 'tr', 'ur', 'zh', 'zh-Hant'];

const registry = new Map<string, NbLabels>([['en', Object.freeze(EN_LABELS)]]);
const warned = new Set<string>();

/** The subtags of each tag looked up, by tag: a page asks for a handful of tags, each element at each render. */
const subtagsByTag = new Map<string, string[]>();

/**
 * The subtags of a BCP 47 tag, lower-cased, after `Intl.getCanonicalLocales`: retired codes that pages and CMSs
 * still send become today's (`iw` → `he`, `in` → `id`, `ji` → `yi`, `tl` → `fil`), `cmn-Hant` → `zh-Hant`. A tag
 * Intl does not accept (private use such as `x-klingon`, empty) is split as written; `_` counts as `-`.
 */
function subtagsOf(lang: string): string[] {
  let subtags = subtagsByTag.get(lang);
  if (!subtags) {
    let tag = lang.replace(/_/g, '-');
    try {
      tag = Intl.getCanonicalLocales(tag)[0] ?? tag;
    } catch {
      // Not a valid tag: as written.
    }
    if (subtagsByTag.size > 99) subtagsByTag.clear(); // tags come from data: keep the memo small
    subtagsByTag.set(lang, (subtags = tag.toLowerCase().split('-')));
  }
  return subtags;
}

/** The primary language subtag of a BCP 47 tag, lower-cased and canonical: `pt-BR` → `pt`, `zh_Hant` → `zh`, `iw` → `he`. */
export const primaryLanguage = (lang: string) => subtagsOf(lang)[0];

/**
 * Which labels a BCP 47 tag asks for: its primary language subtag, canonical (`pt-BR` → `pt`, `iw` → `he`), except Chinese in
 * Traditional characters — `zh-Hant`, or Taiwan, Hong Kong and Macau without `Hans` — which is `zh-Hant`.
 */
const labelKey = (lang: string) => {
  const subtags = subtagsOf(lang);
  return subtags[0] === 'zh' && !subtags.includes('hans') && subtags.some((tag) => /^(hant|tw|hk|mo)$/.test(tag)) ? 'zh-Hant' : subtags[0];
};

/**
 * Makes `labels` the built-in labels of `lang` (a primary language subtag: `de`, `pt`; a regional tag
 * counts as its language; `zh-Hant` is Chinese in Traditional characters). Missing keys fall back to
 * English. Register before the elements render: elements already on the page keep their labels until
 * their next update.
 */
export function registerLabels(lang: string, labels: Partial<NbLabels>): void {
  // Frozen, like English's: resolveLabels() hands the table itself to every element without overrides.
  registry.set(labelKey(lang), Object.freeze({ ...EN_LABELS, ...labels }));
}

/**
 * The language whose labels serve a BCP 47 tag: `pt-BR` → `pt`, `zh-TW` → `zh-Hant` (else `zh`, when only
 * Simplified Chinese is registered), not registered → `en`.
 */
export const labelLanguage = (lang: string) => {
  const key = labelKey(lang);
  const base = key === 'zh-Hant' ? 'zh' : key;
  if (registry.has(key)) return key;
  if (registry.has(base)) return base;
  // A tag whose canonical form names a language without labels (`zh-hakka` → `hak`) keeps the one it is written with.
  const written = lang.split(/[-_]/)[0].toLowerCase();
  return registry.has(written) ? written : 'en';
};

/**
 * Warns once per language when a page asks for a built-in language whose labels were not imported
 * (npm entry points leave languages out so that apps pay only for those they use).
 */
function warnMissing(lang: string) {
  const key = labelKey(lang);
  if (registry.has(key) || warned.has(key) || !SUPPORTED_LANGUAGES.includes(key)) return;
  warned.add(key);
  const fallback = labelLanguage(lang);
  console.warn(
    `newsbrief: no labels registered for "${key}"; using ${fallback === 'en' ? 'English' : `those of "${fallback}"`}. ` +
      `Add \`import 'newsbrief/locales/${key}';\` (or 'newsbrief/locales/all') to your app.`,
  );
}

/** The labels for `lang` (see `labelLanguage`: English when neither its nor, for `zh-Hant`, `zh`'s are registered), with `overrides` applied. */
export function resolveLabels(overrides: Partial<Record<string, unknown>> | undefined, lang = 'en'): NbLabels {
  warnMissing(lang);
  const table = registry.get(labelLanguage(lang)) ?? EN_LABELS;
  // Without overrides, the language's own table (read, never written): each element resolves labels at each render.
  if (!overrides) return table;
  const labels = { ...table };
  for (const key of Object.keys(labels) as (keyof NbLabels)[]) {
    const value = overrides[key];
    if (typeof value === 'string') labels[key] = value;
  }
  return labels;
}

/**
 * Picks the plural form of a counted label for `count`, with `Intl.PluralRules`. A counted label holds
 * forms separated by `|`, each `category:text` but the last, which serves every other category; `#` is
 * the number: `one:# source|# sources`, `one:# источник|many:# источников|# источника`. Only a plural category
 * followed by a colon is a form's prefix, so an override such as `updated: # changes` keeps its text.
 */
export function pluralize(label: string, count: number, lang: string): string {
  const forms = label.split('|');
  let form = forms[forms.length - 1];
  let number = String(count);
  // Made once per language: each brief counts its sources, and making them costs more than the rest of its meta line.
  if (!numberRules.has(lang)) {
    let rules: [Intl.PluralRules, Intl.NumberFormat] | undefined;
    try {
      rules = [new Intl.PluralRules(lang), new Intl.NumberFormat(lang)];
    } catch {
      // Not a valid language tag: the last form, Western digits.
    }
    numberRules.set(lang, rules);
  }
  const rules = numberRules.get(lang);
  if (rules) {
    form = forms.find((f) => f.startsWith(`${rules[0].select(count)}:`)) ?? form;
    number = rules[1].format(count);
  }
  return form.replace(/^(zero|one|two|few|many|other):/, '').replace(/#/g, number);
}

/** The plural rules and number format of each language counted in (`undefined` for an invalid tag). */
const numberRules = new Map<string, [Intl.PluralRules, Intl.NumberFormat] | undefined>();
