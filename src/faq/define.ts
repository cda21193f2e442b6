import { NbFaq } from './faq.js';

NbFaq.define('nb-faq');

export { NbFaq };
export type { NbFaqToggleDetail } from './faq.js';

declare global {
  interface HTMLElementTagNameMap {
    'nb-faq': NbFaq;
  }
}
