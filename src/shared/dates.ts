/** A date-only ISO string (`2026-06-25`) names a calendar day, not an instant: format it in UTC. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(lang: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${dateOnly}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' };
    try {
      formatter = new Intl.DateTimeFormat(lang, options);
    } catch {
      formatter = new Intl.DateTimeFormat('en', options); // an invalid language tag
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A parsed ISO 8601 date, or `undefined` when the text is not one. */
export function parseDate(value: string): Date | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return undefined;
  const date = new Date(DATE_ONLY.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The date as a reader of `lang` writes it (`25 June 2026`, `25 juin 2026`…), or `undefined` when it is not an ISO date. */
export function formatDate(value: string, lang: string): string | undefined {
  const date = parseDate(value);
  return date && formatterFor(lang, DATE_ONLY.test(value.trim())).format(date);
}
