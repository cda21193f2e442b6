import { NbSources } from './sources.js';

NbSources.define('nb-sources');

export { NbSources };

declare global {
  interface HTMLElementTagNameMap {
    'nb-sources': NbSources;
  }
}
