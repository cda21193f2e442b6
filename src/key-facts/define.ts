import { NbKeyFacts } from './key-facts.js';

NbKeyFacts.define('nb-key-facts');

export { NbKeyFacts };

declare global {
  interface HTMLElementTagNameMap {
    'nb-key-facts': NbKeyFacts;
  }
}
