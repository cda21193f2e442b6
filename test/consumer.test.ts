// The package as a new user installs it (scripts/consumer-app.mjs, which `npm test` runs first: `npm pack`,
// the tarball in a fresh app, strict TypeScript, esbuild and Vite), and the React 19 and Vue 3 apps it
// bundled, rendered here in Chromium. Run alone: `node scripts/consumer-app.mjs && npx wtr --files test/consumer.test.ts`.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expect, seed } from './helpers.js';

interface Step {
  ok: boolean;
  output: string;
}
interface Size {
  entry: string;
  esbuild: { min: number; gzip: number; modules: [string, number][] };
  vite: { min: number; gzip: number };
}
interface Report {
  fatal?: string;
  tarball?: { filename: string; files: string[] };
  steps: Record<string, Step>;
  mustNotCompile: Record<string, { rejected: boolean; output: string }>;
  sizes: Size[];
}

/**
 * `newsbrief/faq` alone with Lit, through a bundler, gzip. Issue #14's target is 13 KiB and is not met yet
 * (14.7 KiB through esbuild, citation popovers left to `newsbrief/citations`; see the README's "What it costs
 * in your bundle"): this ceiling, just above today's size, keeps it from growing unnoticed while the target is
 * worked towards, and the test prints how far from the target it is.
 */
const FAQ_TARGET = 13 * 1024;
const FAQ_CEILING = 15.5 * 1024;

let report: Report;

before(async () => {
  const response = await fetch('/.consumer/report.json');
  if (!response.ok) throw new Error('No .consumer/report.json: run `node scripts/consumer-app.mjs` first (`npm test` does).');
  report = await response.json();
});

type PageWindow = Window & typeof globalThis;
const frames: HTMLIFrameElement[] = [];

/** Opens one of the bundled apps in an iframe of its own (its own copy of newsbrief, React or Vue). */
async function openApp(name: 'react' | 'vue') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const warnings: string[] = [];
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/.consumer/${name}.html`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  const originalWarn = win.console.warn;
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    originalWarn.apply(win.console, args);
  };
  return { win, doc: frame.contentDocument!, warnings, errors };
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
/** The buttons of an FAQ, inside its shadow root. */
const questions = (faq: Element) => [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];

describe('the package as a user installs it', () => {
  it('packs, installs into a fresh app from the registry cache, and ships the tool files', () => {
    expect(report.fatal, report.fatal).to.equal(undefined);
    expect(report.steps.install.ok, report.steps.install.output).to.equal(true);
    const files = report.tarball!.files;
    for (const file of [
      'custom-elements.json',
      'dist/frameworks/react.d.ts',
      'dist/frameworks/preact.d.ts',
      'dist/frameworks/solid.d.ts',
      'dist/frameworks/vue.d.ts',
      'dist/frameworks/jsx.d.ts',
      'dist/editors/vscode.html-custom-data.json',
      'dist/editors/vscode.css-custom-data.json',
      'dist/editors/web-types.json',
    ])
      expect(files, file).to.include(file);
  });

  it('type-checks React 19, Preact and Solid TSX, a Vue 3 component and render function, and DOM listeners on document and window, strictly, with no declarations of their own', () => {
    expect(report.steps.typecheck.ok, report.steps.typecheck.output).to.equal(true);
  });

  it('rejects wrong code: the generated types are precise, not `any`', () => {
    const names = Object.keys(report.mustNotCompile);
    expect(names.length).to.be.greaterThan(4);
    for (const name of names) expect(report.mustNotCompile[name].rejected, `${name} should not compile`).to.equal(true);
    expect(report.mustNotCompile['React: a number as the article'].output).to.include('Article');
    expect(report.mustNotCompile['React: a detail field that does not exist'].output).to.include('NbFaqToggleDetail');
    expect(report.mustNotCompile['Vue: a number as the article'].output).to.include('Article');
    expect(report.mustNotCompile['DOM: a detail field that does not exist on document'].output).to.include('NbErrorDetail');
  });

  it('bundles both apps with esbuild', () => {
    expect(report.steps.reactBundle.ok, report.steps.reactBundle.output).to.equal(true);
    expect(report.steps.vueBundle.ok, report.steps.vueBundle.output).to.equal(true);
  });

  it(`costs at most ${FAQ_CEILING / 1024} KiB gzip for newsbrief/faq alone, through esbuild and through Vite (target ${FAQ_TARGET / 1024} KiB)`, () => {
    const faq = report.sizes.find((size) => size.entry === 'newsbrief/faq')!;
    expect(faq, 'newsbrief/faq measured').to.not.equal(undefined);
    // On failure, name where the bytes come from (minified, before gzip), largest first.
    const breakdown = faq.esbuild.modules.map(([path, bytes]) => `${bytes} ${path}`).join(', ');
    console.log(`newsbrief/faq alone: esbuild ${(faq.esbuild.gzip / 1024).toFixed(1)} KiB, Vite ${(faq.vite.gzip / 1024).toFixed(1)} KiB gzip; target ${FAQ_TARGET / 1024} KiB`);
    expect(faq.esbuild.gzip, `esbuild; the modules: ${breakdown}`).to.be.at.most(FAQ_CEILING);
    expect(faq.vite.gzip, `Vite; the modules: ${breakdown}`).to.be.at.most(FAQ_CEILING);
  });

  it('measures every element entry point, and one element costs less than all six', () => {
    const entries = report.sizes.map((size) => size.entry);
    for (const entry of ['newsbrief', 'newsbrief/tldr', 'newsbrief/key-facts', 'newsbrief/faq', 'newsbrief/confirmed-unclear', 'newsbrief/sources', 'newsbrief/brief'])
      expect(entries).to.include(entry);
    const all = report.sizes.find((size) => size.entry === 'newsbrief')!;
    for (const size of report.sizes.filter((s) => /^newsbrief\/(tldr|key-facts|faq|confirmed-unclear|sources)$/.test(s.entry)))
      expect(size.esbuild.gzip, size.entry).to.be.below(all.esbuild.gzip - 1024);
  });
});

describe('what one element costs an app', () => {
  const bundle = async (name: string) => (await fetch(`/.consumer/bundle-${name}.js`)).text();

  it('newsbrief/faq bundles its own element only, and no language but English', async () => {
    const faq = await bundle('newsbrief-faq');
    const has = (text: string) => faq.includes(text);
    expect(has('"nb-faq"'), 'its tag').to.equal(true);
    expect(has('Frequently asked questions'), 'English').to.equal(true);
    for (const other of ['nb-key-facts', 'nb-tldr', 'nb-sources', 'nb-confirmed-unclear', 'nb-brief']) expect(has(`"${other}"`), other).to.equal(false);
    // Other elements' templates and languages' labels (esbuild writes non-ASCII as escapes: ASCII ones here).
    for (const text of ['class="fact"', 'Preguntas frecuentes', 'Les faits essentiels', 'Veelgestelde vragen']) expect(has(text), text).to.equal(false);
  });

  /** `newsbrief/faq` alone has none of `texts`; with `newsbrief/<feature>` imported beside it, it has them all. Returns the first bundle. */
  async function expectOptIn(feature: string, texts: string[]) {
    const faq = await bundle('newsbrief-faq');
    const withFeature = await bundle(`newsbrief-faq-newsbrief-${feature}`);
    for (const text of texts) {
      expect(faq.includes(text), `${text} without newsbrief/${feature}`).to.equal(false);
      expect(withFeature.includes(text), `${text} with newsbrief/${feature}`).to.equal(true);
    }
    return faq;
  }

  it('live updates are the app\'s choice: newsbrief/faq leaves them out, newsbrief/live adds them', async () => {
    // The polling's conditional request and the change mark's template.
    const faq = await expectOptIn('live', ['If-None-Match', 'part="change-mark"']);
    expect(faq.includes("import 'newsbrief/live'"), 'the refresh warning names the import').to.equal(true);
  });

  it('citation popovers are the app\'s choice: newsbrief/faq leaves them out, newsbrief/citations adds them', async () => {
    // The button's popover target and the popover's styles; the citation link is there either way.
    const faq = await expectOptIn('citations', ['popovertarget', '.cite-pop']);
    expect(faq.includes('part="citation"'), 'the citation link').to.equal(true);
  });

  it('a language is the app\'s choice: newsbrief/locales/fr adds French and only French', async () => {
    const withFrench = await bundle('newsbrief-faq-newsbrief-locales-fr');
    expect(withFrench.includes('Les faits essentiels'), 'French').to.equal(true);
    expect(withFrench.includes('Preguntas frecuentes'), 'Spanish').to.equal(false);
    const sizes = Object.fromEntries(report.sizes.map((size) => [size.entry, size.esbuild.gzip]));
    const faq = sizes['newsbrief/faq'];
    const french = sizes['newsbrief/faq + newsbrief/locales/fr'] - faq;
    expect(french, 'French alone').to.be.within(1, 1024);
    expect(sizes['newsbrief/faq + newsbrief/locales/all'] - faq, 'all 19 besides English').to.be.above(3 * french);
  });
});

describe('editor data generated from the manifest', () => {
  const TAGS = ['nb-brief', 'nb-confirmed-unclear', 'nb-faq', 'nb-key-facts', 'nb-sources', 'nb-tldr'];
  const json = async (url: string) => (await fetch(url)).json();

  it('VS Code custom data completes every tag, its attributes and their values', async () => {
    const html = await json('/dist/editors/vscode.html-custom-data.json');
    expect(html.tags.map((tag: { name: string }) => tag.name).sort()).to.deep.equal(TAGS);
    const faq = html.tags.find((tag: { name: string }) => tag.name === 'nb-faq');
    const values = (name: string) =>
      faq.attributes.find((a: { name: string }) => a.name === name)?.values?.map((v: { name: string }) => v.name).sort();
    expect(values('mode')).to.deep.equal(['multiple', 'single']);
    expect(values('open')).to.deep.equal(['all', 'first', 'none']);
    expect(values('theme')).to.deep.equal(['auto', 'dark', 'light']); // an alias, resolved
    for (const name of ['data', 'for', 'src', 'heading', 'heading-level', 'labels', 'relative-dates']) expect(values(name), name).to.not.equal(undefined);
    expect(faq.description).to.include('nb-faq-toggle');
    const css = await json('/dist/editors/vscode.css-custom-data.json');
    expect(css.properties.map((p: { name: string }) => p.name)).to.include('--nb-accent');
  });

  it('JetBrains web-types, named by package.json, know every element, attribute and event', async () => {
    const pkg = await json('/package.json');
    expect(pkg['web-types']).to.equal('./dist/editors/web-types.json');
    const types = await json(`/${pkg['web-types'].slice(2)}`);
    expect(types.name).to.equal('newsbrief');
    const elements = types.contributions.html.elements as { name: string; attributes: { name: string; value: { type: string } }[]; js: { events: { name: string }[] } }[];
    expect(elements.map((e) => e.name).sort()).to.deep.equal(TAGS);
    const faq = elements.find((e) => e.name === 'nb-faq')!;
    // The same events as the manifest gives the element.
    const manifest = await json('/custom-elements.json');
    const declared = manifest.modules
      .flatMap((mod: { declarations?: { tagName?: string; events?: { name: string }[] }[] }) => mod.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'nb-faq');
    const events = declared.events.map((e: { name: string }) => e.name).sort();
    expect(events).to.include.members(['nb-error', 'nb-faq-toggle']);
    expect(faq.js.events.map((e) => e.name).sort()).to.deep.equal(events);
    expect(faq.attributes.find((a) => a.name === 'theme')!.value.type).to.include("'dark'");
    expect(faq.attributes.find((a) => a.name === 'heading-level')!.value.type).to.equal('number');
  });
});

describe('React 19 app (bundled by esbuild)', () => {
  it('passes the article as a property, heading-level as an attribute, and reaches React state through onnb-faq-toggle', async () => {
    const { doc, warnings, errors } = await openApp('react');
    await waitUntil(() => doc.querySelector('nb-brief')?.shadowRoot?.querySelector('nb-tldr')?.shadowRoot?.querySelector('p'), 'the brief renders');
    const brief = doc.querySelector('nb-brief');
    expect(text(brief)).to.include(seed.author);
    expect(text(brief!.shadowRoot!.querySelector('nb-tldr'))).to.include(seed.tldr.slice(0, 40));
    expect(brief!.shadowRoot!.querySelector('h3')!.textContent).to.include('At a glance');
    expect(brief!.getAttribute('heading-level')).to.equal('3');
    // React 19 set the property (an object), not an attribute of "[object Object]".
    expect(brief!.hasAttribute('data')).to.equal(false);

    const faq = doc.querySelector('nb-faq')!;
    await waitUntil(() => questions(faq).length === seed.faq.length, 'the FAQ renders every question');
    expect(questions(faq)[0].getAttribute('aria-expanded')).to.equal('true'); // open="first"

    // A real key press on the second question: the event reaches React state, which renders it.
    questions(faq)[1].focus();
    await sendKeys({ press: 'Enter' });
    const toggles = doc.getElementById('toggles')!;
    await waitUntil(() => toggles.textContent !== '', 'React renders the toggle');
    expect(toggles.textContent).to.equal(`1:true:${seed.faq[1].question}`);
    expect(questions(faq)[0].getAttribute('aria-expanded')).to.equal('false'); // mode="single"

    // The broken data attribute: onnb-error reached React state; one warning; nothing thrown.
    const errorsOut = doc.getElementById('errors')!;
    await waitUntil(() => errorsOut.textContent !== '', 'React renders the error');
    expect(errorsOut.textContent).to.match(/JSON/i);
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('nb-key-facts'))).to.have.length.at.most(1);
  });
});

describe('Vue 3 app (render functions, bundled by esbuild)', () => {
  it('passes the article as a property and reaches Vue state through the event prop', async () => {
    const { doc, errors } = await openApp('vue');
    await waitUntil(() => doc.querySelector('nb-faq')?.shadowRoot?.querySelector('button'), 'the FAQ renders');
    const faq = doc.querySelector('nb-faq');
    expect(faq!.hasAttribute('data')).to.equal(false);
    expect(questions(faq!)).to.have.length(seed.faq.length);
    expect(faq!.shadowRoot!.querySelector('h4')).to.not.equal(null); // questions one level below heading-level 3

    const sources = doc.querySelector('nb-sources')!;
    await waitUntil(() => sources.shadowRoot?.querySelectorAll('li').length === seed.sources.length, 'the sources render');
    expect(Reflect.get(sources, 'theme')).to.equal('dark'); // a property: Vue sets properties the element has

    questions(faq!)[2].focus();
    await sendKeys({ press: 'Space' });
    const toggles = doc.getElementById('toggles')!;
    await waitUntil(() => toggles.textContent !== '', 'Vue renders the toggle');
    expect(toggles.textContent).to.equal(`2:true:${seed.faq[2].question}`);
    expect(errors).to.deep.equal([]);
  });
});
