// The bench cases, run in page.html by scripts/bench.mjs. `?impl=` picks the implementation:
//   newsbrief  the built CDN bundle, dist/newsbrief.min.js (production Lit)
//   vanilla    the hand-written baseline in vanilla.js (the same DOM with document.createElement)
//   details    a native <details>/<summary> FAQ (FAQ cases only)
//   minimal    minimal.js: what a developer would write by hand (brief and FAQ cases only)
// Every adapter has create(tag, data, attrs) → host, update(host, data) and settle(hosts) (resolves
// once every host, and every element inside it, has rendered).

const impl = new URLSearchParams(location.search).get('impl') ?? 'newsbrief';

const newsbrief = {
  name: 'newsbrief',
  create(tag, data, attrs = {}) {
    const host = document.createElement(tag);
    for (const name in attrs) host.setAttribute(name, attrs[name]);
    host.data = data;
    return host;
  },
  update(host, data) {
    host.data = data;
  },
  /** Lit renders in a microtask: wait for each host, then for the parts a <nb-brief> created. */
  async settle(hosts) {
    for (let pending = hosts; pending.length; ) {
      await Promise.all(pending.map((host) => host.updateComplete));
      pending = pending.flatMap((host) => (host.localName === 'nb-brief' ? [...host.shadowRoot.querySelectorAll('.part')] : []));
    }
  },
};

let adapter;
let vanillaModule;
if (impl === 'newsbrief') {
  await import('/dist/newsbrief.min.js');
  adapter = newsbrief;
} else {
  vanillaModule = await import('./vanilla.js');
  adapter = impl === 'minimal' ? (await import('./minimal.js')).minimal : vanillaModule[impl];
  if (!adapter) throw new Error(`unknown impl ${impl}`);
}

// ---------------------------------------------------------------------------------------------------
// Data

/**
 * The example articles cite their sources; the hand-written baselines draw no citations, so every
 * implementation gets the article without them (markers, `cites`, statement objects, source ids): the
 * same content for all, as measured before citations existed.
 */
const withoutCitations = (value) =>
  typeof value === 'string'
    ? value.replace(/\s*\[\^[^\s[\]^]{1,64}\]/g, '')
    : Array.isArray(value)
      ? value.map((item) => (item && typeof item === 'object' && !Array.isArray(item) && 'text' in item && !('label' in item) && Object.keys(item).every((key) => key === 'text' || key === 'cites') ? withoutCitations(item.text) : withoutCitations(item)))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'cites' && key !== 'id').map(([key, item]) => [key, withoutCitations(item)]))
        : value;

const [seed, other] = await Promise.all(
  ['meta-worker-tracking', 'meta-mouse-tracker'].map((name) =>
    fetch(`/examples/articles/${name}.json`)
      .then((r) => r.json())
      .then(withoutCitations),
  ),
);

/** A seeded PRNG, so every run (and every implementation) gets the same 1,000 questions. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An FAQ of `count` items that looks like real article data: questions of 6–14 words (a few repeated,
 * a few wrapped in stray `**` as AI-written data has), answers of 1–4 sentences, a quarter of them in two
 * paragraphs, about one in ten with **bold**, *italic* or a [link](https://…).
 */
function makeFaq(count) {
  const random = mulberry32(6);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const starts = ['Why did', 'What does', 'How will', 'When did', 'Who decided that', 'Is it true that', 'What happens if', 'Can employees ask whether'];
  const subjects = ['Meta', 'the company', 'the regulator', 'the tracking program', 'the security team', 'management', 'the union', 'the leak'];
  const verbs = ['pause', 'collect', 'review', 'disclose', 'store', 'share', 'delete', 'use', 'restart', 'audit'];
  const objects = ['keystroke data', 'mouse movements', 'staff records', 'the AI training set', 'internal reports', 'consent forms', 'the privacy review', 'screen recordings'];
  const tails = ['', ' this year', ' without consent', ' in Europe', ' after the leak', ' for AI training', ' at other companies'];
  const words = 'the program data employees company privacy review training model leak security policy consent access record months week tool team'.split(' ');
  const sentence = () => {
    const n = 10 + Math.floor(random() * 16);
    const s = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const items = [];
  for (let i = 0; i < count; i++) {
    let question = `${pick(starts)} ${pick(subjects)} ${pick(verbs)} ${pick(objects)}${pick(tails)}?`;
    if (random() < 0.03) question = `**${question}**`;
    const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, sentence);
    const r = random();
    if (r < 0.04) sentences[0] = `**Short answer:** ${sentences[0]}`;
    else if (r < 0.07) sentences[0] = `${sentences[0]} It was *not* confirmed.`;
    else if (r < 0.1) sentences.push(`See [the company statement](https://example.com/statements/${i}) for details.`);
    const answer = random() < 0.25 && sentences.length > 1
      ? `${sentences.slice(0, 1).join(' ')}\n\n${sentences.slice(1).join(' ')}`
      : sentences.join(' ');
    items.push({ question, answer });
  }
  return items;
}

const faq1000 = { lang: 'en', faq: makeFaq(1000) };
const faq10000 = { lang: 'en', faq: makeFaq(10000) };

// ---------------------------------------------------------------------------------------------------
// Cases

const FIVE = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources'];

const CASES = {
  /** (a) The seed article in <nb-brief>: creation to laid out. */
  brief: { build: () => [adapter.create('nb-brief', seed)] },
  /** (b) One FAQ of 1,000 items. */
  faq1000: { build: () => [adapter.create('nb-faq', faq1000)] },
  /** (b′) One FAQ of 10,000 items. */
  faq10000: { build: () => [adapter.create('nb-faq', faq10000)] },
  /** (e) 50 × <nb-brief> with the seed article: a home or live page of briefs. */
  brief50: { build: () => Array.from({ length: 50 }, () => adapter.create('nb-brief', seed)) },
  /** (c) A page of 200 elements, 40 of each of the five, each given the seed article. */
  page200: { build: () => Array.from({ length: 200 }, (_, i) => adapter.create(FIVE[i % 5], seed)) },
  /** (d) A rendered <nb-brief> (not timed) gets a different article: the re-render is timed. */
  update: {
    setup: () => [adapter.create('nb-brief', seed)],
    change: (hosts) => hosts.forEach((host) => adapter.update(host, other)),
  },
};

/**
 * One sample in a fresh container: the time from creating the elements to their being rendered and
 * laid out (getBoundingClientRect forces style and layout), in ms. The container is removed afterwards
 * (not timed) unless `keep` is set. With an `id`, the timed span is marked (performance.mark) for tracing.
 */
async function sample(name, { keep = false, id } = {}) {
  const c = CASES[name];
  const container = document.createElement('div');
  container.className = 'bench-container';
  document.body.append(container);
  let hosts;
  if (c.setup) {
    hosts = c.setup();
    container.append(...hosts);
    await adapter.settle(hosts);
    container.getBoundingClientRect();
  }
  // The marks let the runner read the main thread's CPU time for the sample from a trace.
  if (id !== undefined) performance.mark(`nb-bench:${id}:start`);
  const start = performance.now();
  if (c.setup) c.change(hosts);
  else {
    hosts = c.build();
    container.append(...hosts);
  }
  await adapter.settle(hosts);
  const rendered = performance.now();
  container.getBoundingClientRect();
  const end = performance.now();
  if (id !== undefined) {
    performance.mark(`nb-bench:${id}:end`);
    performance.clearMarks();
  }
  if (!keep) {
    container.remove();
    document.body.getBoundingClientRect();
  }
  // `script`: building the DOM (for newsbrief, until every update is complete); `layout`: the style
  // and layout that getBoundingClientRect forces. Only `total` is compared; the split shows where time goes.
  return { total: end - start, script: rendered - start, layout: end - rendered };
}

/**
 * The rendered DOM of a case, for the runner to check that newsbrief and the vanilla baseline build the
 * same thing: elements with sorted attributes (class tokens normalised), shadow roots inline, adjacent
 * text joined with white space collapsed, comments (Lit's markers) and white-space-only text dropped.
 * Also the laid-out height, which must match too.
 */
async function snapshot(name) {
  await sample(name, { keep: true });
  const container = document.querySelector('.bench-container');
  const out = [];
  const walk = (node) => {
    let pending = '';
    const flush = () => {
      const value = pending.replace(/\s+/g, ' ');
      if (value.trim()) out.push(JSON.stringify(value));
      pending = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) pending += child.data;
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      flush();
      const attrs = [...child.attributes]
        .map((a) => [a.name, a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).join(' ') : a.value])
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([n, v]) => ` ${n}=${JSON.stringify(v)}`)
        .join('');
      const ns = child.namespaceURI === 'http://www.w3.org/1999/xhtml' ? '' : 'svg:';
      out.push(`<${ns}${child.localName}${attrs}>`);
      if (child.shadowRoot) {
        out.push('#shadow-root');
        walk(child.shadowRoot);
        out.push('/#shadow-root');
      }
      walk(child);
      out.push(`</${child.localName}>`);
    }
    flush();
  };
  walk(container);
  const height = container.getBoundingClientRect().height;
  container.remove();
  return { dom: out.join('\n'), height };
}

/** The stylesheet text each newsbrief element adopts, by tag (newsbrief page only). */
function styles() {
  const out = {};
  for (const tag of ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources', 'nb-brief'])
    out[tag] = customElements.get(tag).elementStyles.map((s) => s.cssText);
  return out;
}

window.bench = {
  impl,
  cases: Object.keys(CASES),
  sample,
  snapshot,
  styles,
  setStyles: (texts) => vanillaModule?.setStyles(texts),
  faqItems: faq1000.faq.length,
};
window.benchReady = true;
