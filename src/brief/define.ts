import { NbBrief } from './brief.js';

NbBrief.define('nb-brief');

export { NbBrief };

declare global {
  interface HTMLElementTagNameMap {
    'nb-brief': NbBrief;
  }
}
