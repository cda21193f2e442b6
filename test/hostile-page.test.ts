// The built bundle on a page whose CSS fights everything: global resets, huge h2, hidden buttons,
// `[hidden] { display: block !important }`, a 62.5% root font size, garbage custom properties.
// The elements still look right and still work; page styles reach them only through `--nb-*`.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

async function loadPage() {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px';
  frame.src = '/test/fixtures/hostile-page.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('nb-faq');
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { frame, win, doc: frame.contentDocument! };
}

describe('hostile host page', () => {
  it('keeps its own typography, buttons and hidden answers', async () => {
    const { frame, win, doc } = await loadPage();
    try {
      const faq = doc.querySelector('nb-faq')!;
      const root = faq.shadowRoot!;
      const hostSize = parseFloat(win.getComputedStyle(faq).fontSize);
      const heading = root.querySelector('h2')!;
      const headingSize = parseFloat(win.getComputedStyle(heading).fontSize);
      // The page's `h2 { font-size: 4em }` does not reach in: our heading is ~1.125× the inherited size.
      expect(headingSize / hostSize).to.be.within(1, 1.3);
      expect(win.getComputedStyle(heading).textTransform).to.equal('none');
      // The page's `button { display: none }` does not hide the questions.
      const buttons = [...root.querySelectorAll('button')];
      expect(buttons).to.have.length(4);
      for (const button of buttons) expect(button.getBoundingClientRect().height).to.be.greaterThan(10);
      // `[hidden] { display: block !important }` does not open the closed answers.
      for (const answer of root.querySelectorAll('[role="region"]')) expect(answer.getBoundingClientRect().height).to.equal(0);
      // An element with no data still takes no space.
      expect(doc.querySelector('#empty')!.getBoundingClientRect().height).to.equal(0);
      // The page's `div, li { margin: 3em; border: lime }` does not reach the parts either.
      const fact = doc.querySelector('nb-key-facts')!.shadowRoot!.querySelector('.fact')!;
      expect(win.getComputedStyle(fact).marginTop).to.equal('0px');
      expect(win.getComputedStyle(fact).borderTopStyle).to.not.equal('dotted');
      // Garbage in the documented custom properties: the declarations drop to CSS defaults, nothing breaks.
      const card = root.querySelector('.card')!;
      expect(win.getComputedStyle(card).borderTopStyle).to.equal('solid');
      expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
    } finally {
      frame.remove();
    }
  });

  it('still works: click and keyboard open the questions', async () => {
    const { frame, doc } = await loadPage();
    try {
      const root = doc.querySelector('nb-faq')!.shadowRoot!;
      const buttons = root.querySelectorAll('button');
      buttons[0].click();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
      expect(root.querySelector('[role="region"]')!.getBoundingClientRect().height).to.be.greaterThan(10);
      buttons[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'Enter' });
      expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
    } finally {
      frame.remove();
    }
  });
});
