// Lit's own floor, for the size report: the smallest element that uses LitElement, html and css.
import { LitElement, css, html } from 'lit';

customElements.define(
  'lit-floor',
  class extends LitElement {
    static styles = css`:host { display: block }`;
    render() {
      return html`<p>floor</p>`;
    }
  },
);
