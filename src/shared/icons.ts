import { svg } from 'lit';

/**
 * Small inline icons, drawn with `currentColor` so themes and forced colours reach them. Decorative: `aria-hidden`.
 * Each is a function, so a bundler leaves out the icons an element does not use (a tagged template at the top
 * level of a module counts as a side effect and would be kept). Each is one template (the `<svg>` written out in
 * both), not the body in a shared `<svg>` template: a nested template costs an instance each time it is drawn.
 */
export const checkIcon = () =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.8 8.2l2.1 2.1 4.3-4.5" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export const questionIcon = () =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.6 1.6"/><path d="M6.1 6.2a1.95 1.95 0 1 1 2.6 1.85c-.45.17-.7.55-.7 1v.45" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.6" r=".95" fill="currentColor"/></svg>`;
