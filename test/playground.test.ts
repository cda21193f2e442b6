// The playground page (examples/playground.html, its script built by `npm run build`), driven as an
// editor uses it: real key presses into the text box, the elements updating, problems with their line,
// the embed code copied. The page runs in an iframe, as a page of its own.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expect } from './helpers.js';

type PageWindow = Window & typeof globalThis & { axe: { run: (context: unknown, options?: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

let frame: HTMLIFrameElement;
let win: PageWindow;
let doc: Document;

const input = () => doc.querySelector<HTMLTextAreaElement>('#article-input')!;
const problems = () => [...doc.querySelectorAll('#problems li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
const updates = () => Number(doc.body.dataset.updated ?? 0);
/** Every text the preview shows, through the shadow roots. */
function previewText(root: Node = doc.querySelector('#preview')!): string {
  let text = '';
  for (const node of (root as Element).shadowRoot ? [...(root as Element).shadowRoot!.childNodes, ...root.childNodes] : root.childNodes) {
    text += node.nodeType === Node.TEXT_NODE ? node.textContent : previewText(node);
  }
  return text.replace(/\s+/g, ' ');
}

/** Replaces the text box's content with key presses, and waits for the debounced update. */
async function typeInto(text: string) {
  input().focus();
  input().select();
  // The page updates a moment after the last keystroke (debounced); on a slow machine an update may also come
  // between keystrokes. Only one that comes after the last input event has read the whole text.
  let atLastInput = updates();
  const onInput = () => (atLastInput = updates());
  input().addEventListener('input', onInput);
  await sendKeys({ press: 'Backspace' });
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line) await sendKeys({ type: line });
    if (index < lines.length - 1) await sendKeys({ press: 'Enter' });
  }
  await waitUntil(() => input().value === text && updates() > atLastInput, 'the page did not update', { timeout: 5000 });
  input().removeEventListener('input', onInput);
  await Promise.all([...doc.querySelectorAll('#preview > *')].map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete));
}

async function expectAccessible() {
  const { violations } = await win.axe.run(doc, { resultTypes: ['violations'] });
  expect(violations.map((violation) => violation.id)).to.deep.equal([]);
}

describe('playground page', () => {
  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'position: fixed; inset: 0; width: 1000px; height: 800px; border: 0; background: white';
    frame.src = '/examples/playground.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as PageWindow;
    doc = frame.contentDocument!;
    await waitUntil(() => updates() > 0 && win.customElements.get('nb-brief'), 'the playground did not start', { timeout: 5000 });
    const axe = doc.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    const axeLoaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
    doc.head.append(axe);
    await axeLoaded;
  });
  after(() => frame.remove());

  it('starts with an example article, shown by <nb-brief>, with no problems', async () => {
    await waitUntil(() => previewText().includes('Meta has halted an internal program'));
    expect(doc.querySelector('#problem-summary')!.textContent).to.equal('No problems: the elements read every field.');
    expect(doc.querySelector('#snippet')!.textContent).to.match(/^<script type="module" src="https:\/\/unpkg\.com\/newsbrief@0\.1\/dist\/newsbrief\.min\.js"><\/script>\n/);
    await expectAccessible();
  });

  it('updates every element as the editor types, and lists each problem with its line', async () => {
    await typeInto('{\n"tldr": "Typed by hand.",\n"published": "yesterday",\n"faq": [{"question": "Why?"}]\n}');
    expect(previewText()).to.include('Typed by hand.');
    expect(problems()).to.deep.equal([
      'Line 3, column 14 published is not an ISO 8601 date: "yesterday"',
      'Line 4, column 9 faq[0].answer is missing',
    ]);
    expect(doc.querySelector('#problem-summary')!.textContent).to.match(/^2 problems/);
    await expectAccessible();
    // A problem shows its place in the text.
    doc.querySelector<HTMLButtonElement>('#problems button')!.click();
    expect(input().value.slice(input().selectionStart, input().selectionEnd)).to.equal('"yesterday",');
  });

  it('shows the last readable article while the JSON is broken, and where it broke', async () => {
    await typeInto('{\n"tldr": "Still here."\n}');
    await typeInto('{\n"tldr": "Still here.",\n"faq": [\n}');
    expect(problems()).to.deep.equal(['Line 4, column 1 JSON syntax: a value expected']);
    expect(previewText()).to.include('Still here.');
    expect(doc.querySelector('#preview-note')!.textContent).to.match(/showing the last version/);
  });

  it('imports Markdown as it is typed, and says what it could not place', async () => {
    await typeInto('# Storm hits the coast\n\n## TL;DR\n\nWinds of 120 km/h closed the port.\n\n## FAQ\n\n### Is the ferry running?\n\nNo, not before Monday.\n\n### When will power return?');
    expect(doc.querySelector('#input-mode')!.textContent).to.equal('Markdown, imported');
    const text = previewText();
    expect(text).to.include('Winds of 120 km/h closed the port.');
    expect(text).to.include('Is the ferry running?');
    expect(problems()).to.deep.equal(['Not placed: line 13: a question with no answer: "When will power return?"']);
    expect(JSON.parse(doc.querySelector('#imported-json')!.textContent!)).to.deep.equal({
      headline: 'Storm hits the coast',
      lang: 'en',
      tldr: 'Winds of 120 km/h closed the port.',
      faq: [{ question: 'Is the ferry running?', answer: 'No, not before Monday.' }],
    });
    await expectAccessible();
  });

  it('loads the examples: a Markdown page that starts with its menu links is imported, not read as JSON', async () => {
    const before = updates();
    doc.querySelector<HTMLButtonElement>('[data-example="./articles/flood-warning.md"]')!.click();
    await waitUntil(() => updates() > before);
    expect(doc.querySelector('#input-mode')!.textContent).to.equal('Markdown, imported');
    await waitUntil(() => previewText().includes('The Environment Agency has extended its severe flood warning'));
    expect(doc.querySelector('#imported')!.hasAttribute('hidden')).to.equal(false);
  });

  it('puts the embed code on the clipboard, or selects it when the clipboard is refused', async () => {
    await typeInto('{"tldr": "</script><script>alert(1)</script>"}');
    const snippet = doc.querySelector('#snippet')!.textContent!;
    // No text of the article can end its script element.
    expect(snippet).to.equal(
      '<script type="module" src="https://unpkg.com/newsbrief@0.1/dist/newsbrief.min.js"></script>\n\n<script type="application/json" id="article">\n{\n  "tldr": "\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"\n}\n</script>\n\n<nb-brief for="article"></nb-brief>',
    );
    let copied: string | undefined;
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => doc.querySelector('#copy-status')!.textContent);
    expect(copied).to.equal(snippet);
    expect(doc.querySelector('#copy-status')!.textContent).to.match(/^Copied/);

    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    await waitUntil(() => /^Selected/.test(doc.querySelector('#copy-status')!.textContent!));
    expect(win.getSelection()!.toString()).to.equal(snippet);
  });

  it('shows the chosen elements, and gives their tags in the embed code', async () => {
    await typeInto('{"tldr": "Short.", "confirmed": ["A fact."]}');
    const layout = doc.querySelector<HTMLSelectElement>('#layout')!;
    layout.value = 'separate';
    layout.dispatchEvent(new Event('change'));
    expect([...doc.querySelectorAll('#preview > *')].map((element) => element.localName)).to.deep.equal(['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources']);
    expect(doc.querySelector('#snippet')!.textContent).to.match(/<nb-tldr for="article"><\/nb-tldr>\n<nb-key-facts for="article"><\/nb-key-facts>\n[^]*<nb-sources for="article"><\/nb-sources>$/);
    await waitUntil(() => previewText().includes('A fact.'));
  });
});
