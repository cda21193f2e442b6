import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NbElement, NbErrorDetail } from '../src/index.js';
import seed from './fixtures/meta-worker-tracking.json' with { type: 'json' };
import second from './fixtures/meta-mouse-tracker.json' with { type: 'json' };

export { seed, second };

/** A deep copy of a fixture, so a test can change it freely. */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The element's shadow root, typed. */
export const shadow = (el: Element) => el.shadowRoot!;

/** The visible text of an element's shadow root, white space folded. */
export const shadowText = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the element to finish rendering. */
export const settled = async (el: Element) => {
  await (el as NbElement).updateComplete;
  return el;
};

/**
 * Runs `act` while counting `console.warn` calls and `nb-error` events on `target`.
 * Returns both, so a test can assert exactly one of each.
 */
export async function captureErrors(target: EventTarget, act: () => unknown | Promise<unknown>) {
  const warnings: unknown[][] = [];
  const errors: NbErrorDetail[] = [];
  const originalWarn = console.warn;
  const onError = (event: Event) => errors.push((event as CustomEvent<NbErrorDetail>).detail);
  console.warn = (...args: unknown[]) => warnings.push(args);
  target.addEventListener('nb-error', onError);
  try {
    await act();
  } finally {
    console.warn = originalWarn;
    target.removeEventListener('nb-error', onError);
  }
  return { warnings, errors };
}

export { expect, fixture, html, oneEvent };

/** The seed article, as the test server serves it. */
export const SEED_URL = '/test/fixtures/meta-worker-tracking.json';
/** The test server holds this response back, so the loading state can be seen. */
export const SLOW_SEED_URL = `${SEED_URL}?delay=300`;
/** How a page might style the host: an element with nothing to show must still take no space. */
export const PAGE_STYLES = 'padding: 1em; border: 2px solid; margin: 1em 0';

/** White space folded, ends trimmed. */
export const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** An item's own text, white space folded, without the "New" / "Updated" mark a live update puts beside it. */
export function itemText(node: Node | null | undefined) {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll?.('[part~="change-mark"]').forEach((mark) => mark.remove());
  return fold(copy?.textContent);
}
export const isLoading = (el: Element) => shadow(el).querySelector('[aria-busy="true"]') !== null;
export const finishLoading = (el: Element) => waitUntil(() => !isLoading(el), 'the src fetch finishes', { timeout: 4000 });
/** The flag hostile payloads set if they ever run. */
export const pwned = () => Reflect.get(window, '__pwned');

/** Relative luminance (WCAG 2) of a computed `rgb()` colour. */
export function luminance(color: string) {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The same three unreadable inputs for any element: malformed JSON in the attribute, a `for` naming no
 * element, a `src` that 404s. Each gives exactly one nb-error and one warning, and the element takes no space.
 */
export function itReportsUnreadableInput(tag: string, malformedJson: string) {
  it('reports a malformed JSON attribute once and renders nothing', async () => {
    const el = fixtureSync(html`<div></div>`).appendChild(document.createElement(tag));
    el.style.cssText = PAGE_STYLES;
    await settled(el);
    const { warnings, errors } = await captureErrors(el, async () => {
      el.setAttribute('data', malformedJson);
      await settled(el);
    });
    expect(errors.map((e) => [e.source, e.message])).to.deep.equal([['data', 'the data is not valid JSON']]);
    expect(warnings).to.have.length(1);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('reports a `for` naming a missing id', async () => {
    const wrapper = fixtureSync(html`<div></div>`);
    const el = document.createElement(tag);
    el.style.cssText = PAGE_STYLES;
    el.setAttribute('for', `${tag}-missing`);
    const { warnings, errors } = await captureErrors(el, async () => {
      wrapper.append(el);
      await settled(el);
    });
    expect(errors.map((e) => [e.source, e.message])).to.deep.equal([['for', `no element with id "${tag}-missing" was found for the for attribute`]]);
    expect(warnings).to.have.length(1);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('reports a `src` that 404s, and then takes no space', async () => {
    const el = fixtureSync(html`<div></div>`).appendChild(document.createElement(tag)) as NbElement;
    el.style.cssText = PAGE_STYLES;
    await settled(el);
    const { warnings, errors } = await captureErrors(el, async () => {
      const heard = oneEvent(el, 'nb-error');
      el.src = `/test/fixtures/no-such-${tag}.json`;
      await heard;
      await settled(el);
    });
    expect(errors.map((e) => [e.source, e.message])).to.deep.equal([['src', `could not load /test/fixtures/no-such-${tag}.json: HTTP 404`]]);
    expect(warnings).to.have.length(1);
    expect(isLoading(el)).to.be.false;
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
}

/** Each input channel's error names that channel in `detail.source`, and the warning names the tag. */
export function itNamesTheChannel(tag: string, invalidData: () => unknown) {
  it('names the channel in `source` and the tag in the console.warn', async () => {
    const wrapper = fixtureSync(html`<div></div>`);
    const cases: [string, (el: NbElement) => void][] = [
      ['data', (el) => (el.data = invalidData() as NbElement['data'])],
      ['data', (el) => el.setAttribute('data', '[{')],
      ['for', (el) => el.setAttribute('for', `${tag}-nowhere`)],
      ['src', (el) => el.setAttribute('src', `/test/fixtures/no-such-${tag}.json`)],
      ['labels', (el) => el.setAttribute('labels', '["not", "an", "object"]')],
    ];
    for (const [source, act] of cases) {
      const el = document.createElement(tag) as NbElement;
      wrapper.append(el);
      const { warnings, errors } = await captureErrors(el, async () => {
        const heard = oneEvent(el, 'nb-error');
        act(el);
        await heard;
        await settled(el);
      });
      expect(errors, source).to.have.length(1);
      expect(errors[0].source).to.equal(source);
      expect(warnings, source).to.have.length(1);
      expect(warnings[0][0]).to.equal(`<${tag}>: ${errors[0].message}`);
      el.remove();
    }
  });
}

/** Every element that shows citations, with the attributes that make them all reachable (the FAQ's answers open). */
export const CITING_ELEMENTS: { tag: string; attrs?: Record<string, string> }[] = [
  { tag: 'nb-tldr' },
  { tag: 'nb-key-facts' },
  { tag: 'nb-faq', attrs: { open: 'all' } },
  { tag: 'nb-confirmed-unclear' },
  { tag: 'nb-brief' },
];

/** The element's shadow root and, for <nb-brief>, its parts' roots, settled. */
export async function elementRoots(el: Element): Promise<ShadowRoot[]> {
  await settled(el);
  const parts = [...shadow(el).querySelectorAll('.part')];
  for (const part of parts) await settled(part);
  return [shadow(el), ...parts.map((part) => shadow(part))];
}

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
