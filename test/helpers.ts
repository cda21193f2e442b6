import { expect, fixture, html, oneEvent } from '@open-wc/testing';
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
