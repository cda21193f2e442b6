// Elements are created and removed all day on news sites (infinite scroll, SPA navigation): nothing
// may leak, listeners go with the element, and `src` fetches never outlive it or overwrite newer data.
import '../src/index.js';
import type { NbElement, NbFaq, NbTldr } from '../src/index.js';
import { expect, fixture, html, second, seed, settled, shadow } from './helpers.js';

type MemoryPerformance = Performance & { memory?: { usedJSHeapSize: number } };
const gc = (globalThis as { gc?: () => void }).gc;

async function heapAfterGc() {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc?.();
  return (performance as MemoryPerformance).memory?.usedJSHeapSize ?? 0;
}

const TAGS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief'];

describe('lifecycle', function () {
  this.timeout(180_000);

  it('10,000 create → render → remove cycles per element leave nothing behind', async () => {
    expect(gc, 'Chromium runs with --js-flags=--expose-gc').to.be.a('function');
    const host = document.createElement('div');
    document.body.append(host);
    const figures: string[] = [];
    /** Every 50th element removed, watched: a leak keeps it (and its shadow tree) alive. */
    let watched: WeakRef<Element>[] = [];
    const cycle = async (tag: string, count: number) => {
      for (let done = 0; done < count; done += 100) {
        const batch = Array.from({ length: 100 }, () => {
          const el = document.createElement(tag) as NbElement;
          el.data = seed;
          host.append(el);
          return el;
        });
        await Promise.all(batch.map(settled));
        batch.forEach((el, i) => i % 50 === 0 && watched.push(new WeakRef(el)));
        host.replaceChildren();
      }
    };
    for (const tag of TAGS) {
      await cycle(tag, 1000); // warm up: caches, compiled templates
      watched = [];
      const before = await heapAfterGc();
      await cycle(tag, 10_000);
      const after = await heapAfterGc();
      // More collections, a task apart: a WeakRef clears only after the job that read it, and the last
      // batch may still be referenced by a settling promise. A real leak survives them all.
      let alive = watched.length;
      for (let round = 0; round < 5 && alive > 0; round++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await heapAfterGc();
        alive = watched.filter((ref) => ref.deref()).length;
      }
      const growth = (after - before) / 1024 / 1024;
      figures.push(`${tag}: ${alive} of ${watched.length} watched elements still alive; heap ${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MiB after 10,000 cycles`);
      expect(alive, `${tag}: removed elements kept alive`).to.equal(0);
    }
    host.remove();
    // The heap figure is reported, not asserted: other test files share the renderer and its heap.
    console.log(`lifecycle memory:\n  ${figures.join('\n  ')}`);
  });

  it('removes its hashchange listener when disconnected, and adds it back once when reconnected', async () => {
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const { addEventListener, removeEventListener } = window;
    window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type === 'hashchange') added.push(listener);
      return addEventListener.call(this, type, listener, options);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      if (type === 'hashchange') removed.push(listener);
      return removeEventListener.call(this, type, listener, options);
    } as typeof window.removeEventListener;
    try {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      expect(added).to.have.length(1);
      el.remove();
      expect(removed).to.deep.equal(added);
      document.body.append(el);
      expect(added).to.have.length(2);
      el.remove();
      expect(removed).to.have.length(2);
    } finally {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    }
  });

  it('re-reads its for script when the JSON changes, and stops watching once removed', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'live-article';
    script.textContent = JSON.stringify({ tldr: 'First version.' });
    document.body.append(script);
    try {
      const el = await fixture<NbTldr>(html`<nb-tldr for="live-article"></nb-tldr>`);
      expect(shadow(el).querySelector('.summary')!.textContent).to.contain('First version.');
      script.textContent = JSON.stringify({ tldr: 'Updated live.' });
      await new Promise((resolve) => setTimeout(resolve, 0)); // mutation observers run as microtasks
      await settled(el);
      expect(shadow(el).querySelector('.summary')!.textContent).to.contain('Updated live.');
      el.remove();
      script.textContent = JSON.stringify({ tldr: 'Changed while removed.' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(shadow(el).querySelector('.summary')!.textContent, 'not watching while removed').to.contain('Updated live.');
      document.body.append(el);
      await settled(el);
      expect(shadow(el).querySelector('.summary')!.textContent, 're-read on reconnect').to.contain('Changed while removed.');
      el.remove();
    } finally {
      script.remove();
    }
  });

  it('aborts a src fetch when the element is removed', async () => {
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    };
    try {
      const el = await fixture<NbTldr>(html`<nb-tldr src="/test/fixtures/meta-worker-tracking.json?delay=1000"></nb-tldr>`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(signals).to.have.length(1);
      expect(signals[0].aborted).to.be.false;
      el.remove();
      expect(signals[0].aborted).to.be.true;
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a slow response for an old src never overwrites the data of the new one', async () => {
    const el = await fixture<NbTldr>(html`<nb-tldr src="/test/fixtures/meta-worker-tracking.json?delay=600"></nb-tldr>`);
    el.src = '/test/fixtures/meta-mouse-tracker.json';
    for (let i = 0; i < 100 && shadow(el).querySelector('[aria-busy]'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await settled(el);
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain(second.tldr!.slice(0, 40));
    await new Promise((resolve) => setTimeout(resolve, 800)); // the old, slow response has arrived by now
    await settled(el);
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain(second.tldr!.slice(0, 40));
  });

  it('moved in the DOM while loading, it still loads', async () => {
    const el = await fixture<NbTldr>(html`<nb-tldr src="/test/fixtures/meta-worker-tracking.json?delay=200"></nb-tldr>`);
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el); // disconnect (aborts) + connect (starts again)
    for (let i = 0; i < 100 && !shadow(el).querySelector('.summary'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shadow(el).querySelector('.summary')!.textContent).to.contain(seed.tldr!.slice(0, 40));
    other.remove();
  });
});
