// The *minimal* hand-written baseline: what a developer would write by hand for this content — plain
// `document.createElement` into a shadow root with a small stylesheet — NOT newsbrief's DOM and CSS
// (that is vanilla.js, the identical-DOM baseline). Plain text, no inline formatting, no validation,
// English only; the FAQ is a button-per-question accordion with `hidden` answers. Brief and FAQ only.

const CSS = `
:host{display:block;font:inherit;color:inherit}
.card{border:1px solid #d0d0d0;border-radius:4px;padding:1em}
h2{font-size:1.2em;margin:0 0 .5em}
h3{font-size:1em;margin:0}
button{all:inherit;display:block;width:100%;padding:.6em 0;font-weight:700;cursor:pointer}
.answer{padding:0 0 .8em}
p{margin:0 0 .5em}
ul,ol{margin:0;padding-inline-start:1.2em}
dl{margin:0}
dt{font-weight:700}
dd{margin:0 0 .5em}
`;
let sheet;
const sheets = () => {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return [sheet];
};

function el(tag, parent, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}

let ids = 0;
function faq(parent, items) {
  const section = el('section', parent);
  section.className = 'card';
  el('h2', section, 'Frequently asked questions');
  for (const item of items) {
    const id = `a${ids++}`;
    const button = el('button', el('h3', section), item.question);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', id);
    const answer = el('div', section);
    answer.id = id;
    answer.className = 'answer';
    answer.hidden = true;
    for (const text of item.answer.split('\n\n')) el('p', answer, text);
    button.onclick = () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      answer.hidden = !open;
    };
  }
}

function brief(root, a) {
  const card = el('section', root);
  card.className = 'card';
  el('h2', card, 'At a glance');
  el('p', card, `By ${a.author}`);
  const tldr = el('section', card);
  el('h3', tldr, 'TL;DR');
  el('p', tldr, a.tldr);
  const facts = el('section', card);
  el('h3', facts, 'Key facts');
  const dl = el('dl', facts);
  for (const fact of a.keyFacts) {
    el('dt', dl, fact.label);
    el('dd', dl, fact.text);
  }
  faq(card, a.faq);
  const known = el('section', card);
  el('h3', known, 'Confirmed');
  const yes = el('ul', known);
  for (const text of a.confirmed) el('li', yes, text);
  el('h3', known, 'Still unclear');
  const no = el('ul', known);
  for (const text of a.unclear) el('li', no, text);
  const sources = el('section', card);
  el('h3', sources, 'Sources');
  const ol = el('ol', sources);
  for (const source of a.sources) {
    const li = el('li', ol);
    const link = el('a', li, source.title);
    link.href = source.url;
    el('span', li, ` ${source.publisher}`);
  }
}

export const minimal = {
  name: 'minimal',
  create(tag, data) {
    const host = document.createElement(tag === 'nb-brief' ? 'mini-brief' : 'mini-faq');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets();
    if (tag === 'nb-brief') brief(root, data);
    else if (tag === 'nb-faq') faq(root, data.faq);
    else throw new Error('the minimal baseline builds <nb-brief> and <nb-faq> only');
    return host;
  },
  update(host, data) {
    host.shadowRoot.replaceChildren();
    if (host.localName === 'mini-brief') brief(host.shadowRoot, data);
    else faq(host.shadowRoot, data.faq);
  },
  settle() {},
};
