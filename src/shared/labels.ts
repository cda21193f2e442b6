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
};

/** Languages with built-in labels besides English, each loaded only when an element needs it. */
const LOCALE_LOADERS: Record<string, () => Promise<{ default: NbLabels }>> = {
  ar: () => import('../locales/ar.js'),
  bn: () => import('../locales/bn.js'),
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  fa: () => import('../locales/fa.js'),
  fr: () => import('../locales/fr.js'),
  he: () => import('../locales/he.js'),
  hi: () => import('../locales/hi.js'),
  id: () => import('../locales/id.js'),
  it: () => import('../locales/it.js'),
  ja: () => import('../locales/ja.js'),
  ko: () => import('../locales/ko.js'),
  nl: () => import('../locales/nl.js'),
  pt: () => import('../locales/pt.js'),
  ru: () => import('../locales/ru.js'),
  sw: () => import('../locales/sw.js'),
  tr: () => import('../locales/tr.js'),
  ur: () => import('../locales/ur.js'),
  zh: () => import('../locales/zh.js'),
};

/** Every language with built-in labels. */
export const SUPPORTED_LANGUAGES = ['en', ...Object.keys(LOCALE_LOADERS)];

const loaded = new Map<string, NbLabels>([['en', EN_LABELS]]);
const loading = new Map<string, Promise<void>>();

/** The primary language subtag of a BCP 47 tag, lower-cased: `pt-BR` → `pt`, `zh_Hant` → `zh`. */
export const primaryLanguage = (lang: string) => lang.split(/[-_]/)[0].toLowerCase();

/** The language whose labels serve a BCP 47 tag: `pt-BR` → `pt`, `zh-Hant-TW` → `zh`, unknown → `en`. */
export const labelLanguage = (lang: string) => {
  const base = primaryLanguage(lang);
  return base in LOCALE_LOADERS ? base : 'en';
};

/**
 * Starts loading the labels for `lang` if they are not loaded yet, and returns the promise to wait for,
 * or `undefined` when they are ready. A language that fails to load falls back to English, with a warning.
 */
export function loadLabels(lang: string): Promise<void> | undefined {
  const language = labelLanguage(lang);
  if (loaded.has(language)) return undefined;
  let promise = loading.get(language);
  if (!promise) {
    promise = LOCALE_LOADERS[language]()
      .then((module) => void loaded.set(language, module.default))
      .catch((error: unknown) => {
        console.warn(`newsbrief: the "${language}" labels could not be loaded; using English.`, error);
        loaded.set(language, EN_LABELS);
      });
    loading.set(language, promise);
  }
  return promise;
}

/** The labels for `lang` (English until its labels have loaded), with `overrides` applied. */
export function resolveLabels(overrides: Partial<Record<string, unknown>> | undefined, lang = 'en'): NbLabels {
  const labels = { ...(loaded.get(labelLanguage(lang)) ?? EN_LABELS) };
  for (const key of Object.keys(labels) as (keyof NbLabels)[]) {
    const value = overrides?.[key];
    if (typeof value === 'string') labels[key] = value;
  }
  return labels;
}
