import { NbTldr } from './tldr.js';

NbTldr.define('nb-tldr');

export { NbTldr };

declare global {
  interface HTMLElementTagNameMap {
    'nb-tldr': NbTldr;
  }
}
