import type { ArticleFeed } from './feed.js';

/**
 * Test hook: how many milliseconds one second of `refresh` lasts. Tests shorten it to see many polls
 * quickly; the 10-second floor still applies, in these seconds.
 */
export const liveClock = { second: 1000 };

/** The shortest refresh interval, in seconds: a smaller `refresh` means this. */
const MIN_REFRESH = 10;

/**
 * An article at a URL, fetched now and again every `refresh` seconds. Each fetch after the first is
 * conditional (`If-None-Match` / `If-Modified-Since` from the last response's `ETag` / `Last-Modified`), so
 * an unchanged article costs a `304`. Polling pauses while the page is hidden and checks once when it is
 * shown again. A failure keeps the last good article (`onArticle` is called only with a new one), is
 * reported once per run of failures (`report`), and is retried after 2, 4, 8… intervals (at most 5 minutes,
 * or one interval if that is longer).
 */
export function openFeed(url: string, onArticle: (raw: unknown) => void, onFailure: (reason: string, report: boolean) => void): ArticleFeed {
  let etag: string | null;
  let lastModified: string | null;
  let controller: AbortController | undefined;
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout>;
  let interval = 0;
  let failures = 0;
  let paused = false;

  /** The timer's end (no event) or a visibility change: check now, unless the page is hidden. */
  const wake = (event?: Event) => {
    if (document.hidden) {
      clearTimeout(timer);
      paused = true;
    } else if (paused || !event) {
      paused = false;
      void check();
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    if (interval) timer = setTimeout(wake, Math.min(interval * 2 ** failures, Math.max(interval, 300)) * liveClock.second);
  };

  const check = (): Promise<void> =>
    (running ??= (async () => {
      clearTimeout(timer);
      const current = (controller = new AbortController());
      const validated = etag || lastModified;
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (etag) headers['If-None-Match'] = etag;
      if (lastModified) headers['If-Modified-Since'] = lastModified;
      let problem: string | undefined;
      try {
        // With validators of our own, the browser's cache stays out of it (the 304 reaches us); without, it revalidates.
        const response = await fetch(url, { signal: current.signal, headers, cache: validated ? 'default' : 'no-cache' });
        if (!validated || response.status !== 304) {
          if (!response.ok) throw (problem = `HTTP ${response.status}`);
          problem = 'the response is not valid JSON';
          const raw: unknown = await response.json();
          problem = undefined;
          if (current.signal.aborted) return;
          // A cross-origin `src` shows its `ETag` only when the server exposes it (Access-Control-Expose-Headers).
          etag = response.headers.get('ETag');
          lastModified = response.headers.get('Last-Modified');
          onArticle(raw);
        }
      } catch (error) {
        problem ??= error instanceof Error ? error.message : String(error);
      }
      if (current.signal.aborted) return;
      running = undefined;
      if (problem) onFailure(`could not load ${url}: ${problem}`, !failures++);
      else failures = 0;
      schedule();
    })());

  return {
    check,
    every(seconds) {
      const next = Number(seconds) > 0 ? Math.max(MIN_REFRESH, Number(seconds)) : 0;
      if (next === interval) return;
      interval = next;
      document[next ? 'addEventListener' : 'removeEventListener']('visibilitychange', wake);
      if (!running) schedule();
    },
    stop() {
      clearTimeout(timer);
      controller?.abort();
      running = undefined;
      paused = false;
      interval = 0;
      document.removeEventListener('visibilitychange', wake);
    },
  };
}
