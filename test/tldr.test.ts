import '../src/tldr/define.js';
import type { NbTldr } from '../src/tldr/define.js';
import { captureErrors, clone, expect, fixture, html, seed, settled, shadow, shadowText } from './helpers.js';

describe('<nb-tldr>', () => {
  describe('renders its data', () => {
    it('shows the seed article summary under a TL;DR heading', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      const heading = shadow(el).querySelector('h2')!;
      expect(heading.textContent).to.equal('TL;DR');
      expect(shadowText(el)).to.contain(seed.tldr);
    });
  });

  describe('accessibility', () => {
    it('passes axe', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('reports a wrong type once and renders nothing', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr></nb-tldr>`);
      const { warnings, errors } = await captureErrors(el, async () => {
        el.data = { ...clone(seed), tldr: 42 as unknown as string };
        await settled(el);
      });
      expect(errors).to.have.length(1);
      expect(warnings).to.have.length(1);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });
});
