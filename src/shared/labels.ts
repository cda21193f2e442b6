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

/**
 * The labels for a language, with `overrides` applied. Only English is built in so far; any other
 * language gets English labels (its dates are still formatted in that language).
 */
export function resolveLabels(overrides: Partial<Record<string, unknown>> | undefined): NbLabels {
  const labels = { ...EN_LABELS };
  for (const key of Object.keys(labels) as (keyof NbLabels)[]) {
    const value = overrides?.[key];
    if (typeof value === 'string') labels[key] = value;
  }
  return labels;
}
