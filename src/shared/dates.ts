import { html, type ReactiveControllerHost } from 'lit';

/** A date-only ISO string (`2026-06-25`) names a calendar day, not an instant: format it in UTC. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

/** One formatter per kind and language, made once (lists and the minute clock format many dates); an invalid language tag gets English. */
function cachedFormatter<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(kind: string, lang: string, make: (lang: string) => T): T {
  const key = `${kind}|${lang}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(lang);
    } catch {
      formatter = make('en');
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateFormatter = (lang: string, dateOnly: boolean) =>
  cachedFormatter(dateOnly ? 'day' : 'instant', lang, (tag) => new Intl.DateTimeFormat(tag, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' }));

/** A parsed ISO 8601 date, or `undefined` when the text is not one. */
export function parseDate(value: string): Date | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return undefined;
  // `Date` rolls an impossible day over (2026-04-31 → 1 May): refuse a day the month does not have.
  const [year, month, day] = trimmed.slice(0, 10).split('-').map(Number);
  const calendarDay = new Date(0);
  calendarDay.setUTCFullYear(year, month - 1, day);
  if (calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return undefined;
  const date = new Date(DATE_ONLY.test(trimmed) ? `${trimmed}T00:00:00Z` : trimmed.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Dates written out, by language and ISO text. */
const formattedDates = new Map<string, string | undefined>();

/** The date as a reader of `lang` writes it (`25 June 2026`, `25 juin 2026`…), or `undefined` when it is not an ISO date. */
export function formatDate(value: string, lang: string): string | undefined {
  // A page of briefs shows the same dates many times: each is parsed and written out once per language.
  // (The formatters are made once too, with the time zone of that moment: the text cannot differ.)
  const key = `${lang}|${value}`;
  if (!formattedDates.has(key)) {
    if (formattedDates.size >= 1000) formattedDates.clear(); // bounded: a live page's dates come and go
    const date = parseDate(value);
    formattedDates.set(key, date && dateFormatter(lang, DATE_ONLY.test(value.trim())).format(date));
  }
  return formattedDates.get(key);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * The date relative to `now` in `lang` ("3 hours ago", "il y a 3 heures", "yesterday"), or `undefined`
 * when it is not an ISO date. A date-only value counts in whole days.
 */
export function formatRelativeDate(value: string, lang: string, now = Date.now()): string | undefined {
  const date = parseDate(value);
  if (!date) return undefined;
  let seconds = (date.getTime() - now) / 1000;
  const dateOnly = DATE_ONLY.test(value.trim());
  if (dateOnly) {
    const today = new Date(now);
    seconds = (date.getTime() - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / 1000;
  }
  const format = cachedFormatter('relative', lang, (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  const units = dateOnly ? RELATIVE_UNITS.slice(0, 4) : RELATIVE_UNITS;
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(dateOnly ? 0 : Math.round(seconds / 60), dateOnly ? 'day' : 'minute');
}

/**
 * A `<time>` for an ISO date: written out in `lang`, or relative to now ("3 hours ago") with the full
 * date as its tooltip when `relative` is set.
 */
export function renderTime(value: string, lang: string, relative: boolean) {
  const absolute = formatDate(value, lang);
  return relative
    ? html`<time datetime=${value.trim()} title=${absolute ?? ''}>${formatRelativeDate(value, lang) ?? absolute}</time>`
    : html`<time datetime=${value.trim()}>${absolute}</time>`;
}

/**
 * Keeps relative dates true ("3 minutes ago"): while `host` is in the page with `relativeDates` set, it renders
 * again a minute after each render. Called by the elements that show dates (`<nb-sources>`, `<nb-brief>`), so
 * the others carry no clock.
 */
export function keepRelativeDatesCurrent(host: ReactiveControllerHost & HTMLElement & { relativeDates: boolean }) {
  let clock: ReturnType<typeof setTimeout> | undefined;
  const stop = () => clearTimeout(clock);
  host.addController({
    hostUpdated() {
      stop();
      if (host.relativeDates && host.isConnected) clock = setTimeout(() => host.requestUpdate(), 60_000);
    },
    hostDisconnected: stop,
  });
}
