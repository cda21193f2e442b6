// The built Storybook (storybook-static/, made by `npm test` before the runner starts) must render real
// content in every story, with no axe violations: a blank preview (see the sideEffects pitfall) fails here.
import { expect } from '@open-wc/testing';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

type AxeWindow = Window & { axe: { run: (context: Element, options: object) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } };

const index: { entries: Record<string, IndexEntry> } = await fetch('/storybook-static/index.json').then((r) => r.json());
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** Loads one story alone in an iframe and resolves with its window once the element has rendered. */
async function loadStory(id: string): Promise<{ win: AxeWindow; root: HTMLElement; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  frame.src = `/storybook-static/iframe.html?id=${id}&viewMode=story`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as AxeWindow;
  const doc = frame.contentDocument!;
  const root = doc.querySelector<HTMLElement>('#storybook-root')!;
  for (let i = 0; i < 200 && !root.querySelector('[class], nb-tldr, nb-key-facts, nb-faq, nb-confirmed-unclear, nb-sources, nb-brief'); i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  const element = root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('nb-tldr, nb-key-facts, nb-faq, nb-confirmed-unclear, nb-sources, nb-brief');
  await element?.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50)); // nested parts (nb-brief) render one frame later
  return { win, root, frame };
}

/** The text of an element's shadow tree, including the shadow trees of elements inside it (nb-brief's parts). */
function deepText(node: Node): string {
  const shadowRoot = (node as Element).shadowRoot; // not instanceof: the node comes from the story's window
  const own = shadowRoot ? deepText(shadowRoot) : '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return own + [...node.childNodes].map(deepText).join(' ');
}

async function injectAxe(win: AxeWindow) {
  if (win.axe) return;
  const script = win.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  win.document.head.append(script);
  await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
}

/** Runs axe on the story; the a11y addon runs its own check after each render, so wait for that one to finish. */
async function runAxe(win: AxeWindow, root: Element) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await win.axe.run(root, { rules: { region: { enabled: false } } });
    } catch (error) {
      if (attempt > 50 || !String(error).includes('already running')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('Storybook (built)', () => {
  it('has the eight states for every element, plus docs pages', () => {
    for (const title of ['TL;DR card', 'Key facts', 'FAQ', 'Confirmed vs unclear', 'Sources', 'Brief']) {
      const names = stories.filter((story) => story.title === `Elements/${title}`).map((story) => story.name);
      expect(names, title).to.include.members(['Seed', 'Second Article', 'Long Content', 'Minimal', 'Empty', 'Bad Data', 'Dark', 'Right To Left']);
      expect(Object.values(index.entries).some((entry) => entry.type === 'docs' && entry.title === `Elements/${title}`), `${title} docs`).to.be.true;
    }
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name} renders and passes axe`, async () => {
      const { win, root, frame } = await loadStory(story.id);
      try {
        const element = root.querySelector<HTMLElement>('nb-tldr, nb-key-facts, nb-faq, nb-confirmed-unclear, nb-sources, nb-brief');
        expect(element, 'the element is in the story').to.exist;
        expect(win.customElements.get(element!.localName), 'the element is registered').to.exist;
        const text = deepText(element!).replace(/\s+/g, ' ').trim();
        if (story.name === 'Empty') {
          expect(element!.getBoundingClientRect().height, 'an empty element takes no space').to.equal(0);
          expect(root.textContent).to.contain('renders nothing');
        } else {
          expect(text.length, 'the element renders its content').to.be.greaterThan(20);
          expect(element!.getBoundingClientRect().height).to.be.greaterThan(40);
        }
        if (story.name === 'Bad Data') expect(root.querySelector('output')!.textContent).to.contain('nb-error');
        await injectAxe(win);
        const { violations } = await runAxe(win, root);
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
