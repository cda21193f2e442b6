import { NbConfirmedUnclear } from './confirmed-unclear.js';

NbConfirmedUnclear.define('nb-confirmed-unclear');

export { NbConfirmedUnclear };

declare global {
  interface HTMLElementTagNameMap {
    'nb-confirmed-unclear': NbConfirmedUnclear;
  }
}
