/** The `src` channel of an element: the article at a URL. */
export interface ArticleFeed {
  /** Fetches the article now; settles when done, never rejects. */
  check(): Promise<void>;
  /** Polls every `seconds` (live updates: at least 10); 0, negative or not a number stops polling. */
  every(seconds: number | null | undefined): void;
  /** Stops polling and aborts a fetch under way; the validators are kept for a later `check()`. */
  stop(): void;
}

/**
 * The `src` channel without live updates: each `check()` fetches the article (revalidating the browser's
 * cache, so `reload()` sees a new version) and there is no polling. `newsbrief/live` replaces it with
 * `openFeed` (src/shared/live.ts): polling, conditional requests of its own, retries. A failure keeps the
 * last good article and is reported once per run of failures (`report`).
 */
export function openPlainFeed(url: string, onArticle: (raw: unknown) => void, onFailure: (reason: string, report: boolean) => void): ArticleFeed {
  let controller: AbortController | undefined;
  let running: Promise<void> | undefined;
  let failed = false;
  const check = (): Promise<void> =>
    (running ??= (async () => {
      const current = (controller = new AbortController());
      let problem: string | undefined;
      try {
        const response = await fetch(url, { signal: current.signal, headers: { Accept: 'application/json' }, cache: 'no-cache' });
        if (!response.ok) throw (problem = `HTTP ${response.status}`);
        problem = 'the response is not valid JSON';
        const raw: unknown = await response.json();
        problem = undefined;
        if (!current.signal.aborted) onArticle(raw);
      } catch (error) {
        problem ??= error instanceof Error ? error.message : String(error);
      }
      if (current.signal.aborted) return;
      running = undefined;
      if (problem) onFailure(`could not load ${url}: ${problem}`, !failed);
      failed = !!problem;
    })());
  return {
    check,
    every() {},
    stop() {
      controller?.abort();
      running = undefined;
    },
  };
}
