// The package as a new user gets it: `npm pack`, the tarball installed into a fresh app (dependencies from
// the npm cache that `npm ci` filled), then
// - strict TypeScript (vue-tsc) over React 19, Preact and Solid TSX, a Vue 3 single-file component and render
//   function, and plain DOM code listening to our events, with no `any` and no declaration of their own, and
//   over wrong code that must be rejected;
// - esbuild bundles of a React 19 and a Vue 3 app, written to `.consumer/` for test/consumer.test.ts to
//   render in Chromium;
// - the cost of every entry point bundled by esbuild and by Vite (production, minified, gzip).
// Writes `.consumer/report.json`, which test/consumer.test.ts checks (so each result counts in the test
// totals). Run after `npm run build`; `npm test` runs it before web-test-runner.
// Exits non-zero only when it cannot produce the report at all.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.consumer');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Public entry points whose cost the table shows. */
export const ENTRY_POINTS = [
  'newsbrief',
  ...Object.keys(pkg.exports)
    .filter((k) => /^\.\/[a-z-]+$/.test(k) && !['./ssr', './live', './citations', './react', './preact', './solid', './vue'].includes(k))
    .map((k) => `newsbrief/${k.slice(2)}`),
  // What live updates, citation popovers and languages add, chosen by the app.
  'newsbrief/faq + newsbrief/live',
  'newsbrief/faq + newsbrief/citations',
  'newsbrief/faq + newsbrief/locales/fr',
  'newsbrief/faq + newsbrief/locales/all',
];

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (line) => console.log(`consumer: ${line} (${seconds()})`);

/** Runs a command; returns its status and output instead of throwing. */
function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { ok: result.status === 0, stdout: result.stdout ?? '', output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** The version range our own devDependencies use, so the app installs what `npm ci` already cached. */
const ours = (name) => pkg.devDependencies[name] ?? pkg.dependencies[name];

const article = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/meta-worker-tracking.json'), 'utf8'));

// What the user writes. Strict, no `any`, no declarations: the package's types must carry it.
const SOURCES = {
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noImplicitAny: true,
        noEmit: true,
        // Our .d.ts files are checked too, not skipped.
        skipLibCheck: false,
        types: [],
      },
      include: ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.vue'],
    },
    null,
    2,
  ),
  'src/article.json': JSON.stringify(article),
  // React 19: the article as a property, `heading-level` as an attribute, an event prop reaching state.
  'src/react-app.tsx': `import 'newsbrief/brief';
import type {} from 'newsbrief/react';
import type { Article, NbFaqToggleDetail } from 'newsbrief';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import data from './article.json';

const article: Article = data;

function App() {
  const [toggles, setToggles] = useState<NbFaqToggleDetail[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <main>
      <nb-brief data={article} heading-level={3} theme="light"></nb-brief>
      <nb-faq
        data={article}
        open="first"
        mode="single"
        onnb-faq-toggle={(event) => setToggles((list) => [...list, event.detail])}
      ></nb-faq>
      <nb-key-facts data-testid="broken" data='{"keyFacts": 3' onnb-error={(event) => setErrors((list) => [...list, event.detail.message])}></nb-key-facts>
      <output id="toggles">{toggles.map((t) => \`\${t.index}:\${t.open}:\${t.question}\`).join('|')}</output>
      <output id="errors">{errors.join('|')}</output>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
`,
  // Vue 3 with render functions; props typed through the generated GlobalComponents.
  'src/vue-app.ts': `import 'newsbrief/faq';
import 'newsbrief/sources';
import type {} from 'newsbrief/vue';
import type { Article, NbFaqToggleDetail } from 'newsbrief';
import { createApp, defineComponent, h, ref, type GlobalComponents } from 'vue';
import data from './article.json';

type PropsOf<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

const article: Article = data;

const App = defineComponent(() => {
  const toggles = ref<NbFaqToggleDetail[]>([]);
  return () => {
    const faq: PropsOf<'nb-faq'> = {
      data: article,
      'heading-level': 3,
      open: 'first',
      onNbFaqToggle: (event) => toggles.value.push(event.detail),
    };
    const sources: PropsOf<'nb-sources'> = { data: { sources: article.sources }, theme: 'dark' };
    return h('main', [
      h('nb-faq', faq),
      h('nb-sources', sources),
      h('output', { id: 'toggles' }, toggles.value.map((t) => \`\${t.index}:\${t.open}:\${t.question}\`).join('|')),
    ]);
  };
});

createApp(App).mount('#app');
`,
  // Plain DOM: our events on elements, on document and on window (they bubble and are composed).
  'src/events.ts': `import 'newsbrief';
import type { NbErrorDetail, NbFaqToggleDetail } from 'newsbrief';

document.addEventListener('nb-error', (e) => e.detail.message.toUpperCase());
window.addEventListener('nb-faq-toggle', (e) => e.detail.open === true);
const faq = document.querySelector('nb-faq');
faq?.addEventListener('nb-faq-toggle', (e) => e.detail.index + 1);
faq?.toggle(0, true);
const detail: NbErrorDetail['source'] = 'data';
export const checks: [string, NbFaqToggleDetail | undefined] = [detail, undefined];
`,
  // Preact's JSX has its own namespace: the same props there.
  'src/preact-app.tsx': `/** @jsxImportSource preact */
import 'newsbrief/faq';
import type {} from 'newsbrief/preact';
import type { Article } from 'newsbrief';
import data from './article.json';

const article: Article = data;
export const faq = <nb-faq data={article} heading-level={4} onnb-faq-toggle={(event) => event.detail.open}></nb-faq>;
`,
  // Solid's JSX, with its prop:/on: forms.
  'src/solid-app.tsx': `/** @jsxImportSource solid-js */
import 'newsbrief/faq';
import type {} from 'newsbrief/solid';
import type { Article } from 'newsbrief';
import data from './article.json';

const article: Article = data;
export const faq = <nb-faq prop:data={article} heading-level={4} on:nb-faq-toggle={(event) => event.detail.open}></nb-faq>;
`,
  // A Vue single-file component, checked by vue-tsc through the generated GlobalComponents.
  'src/Faq.vue': `<script setup lang="ts">
import 'newsbrief/faq';
import type {} from 'newsbrief/vue';
import type { Article, NbFaqToggleDetail } from 'newsbrief';

const props = defineProps<{ article: Article }>();
const emit = defineEmits<{ toggled: [detail: NbFaqToggleDetail] }>();
</script>

<template>
  <nb-faq :data="props.article" :heading-level="3" open="first" mode="single" @nb-faq-toggle="(e) => emit('toggled', e.detail)" />
  <nb-sources :data="props.article" theme="dark" @nb-error="(e) => console.warn(e.detail.message)" />
</template>
`,
  'react.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React 19 consumer</title></head><body><div id="app"></div><script type="module" src="./react-app.js"></script></body></html>`,
  'vue.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vue 3 consumer</title></head><body><div id="app"></div><script type="module" src="./vue-app.js"></script></body></html>`,
};

/** Wrong code the types must reject, each in a file of its own (so the types are not `any` in disguise). */
let wrongCount = 0;
const jsxWrong = (framework, jsx) => ({
  file: `src/wrong-${framework}-${++wrongCount}.tsx`,
  text: `${framework === 'solid' ? '/** @jsxImportSource solid-js */\n' : ''}import 'newsbrief';\nimport type {} from 'newsbrief/${framework}';\nexport const wrong = ${jsx};\n`,
});
const MUST_NOT_COMPILE = {
  'React: a string where heading-level takes a number': jsxWrong('react', `<nb-brief heading-level="three"></nb-brief>`),
  'React: a number as the article': jsxWrong('react', `<nb-brief data={42}></nb-brief>`),
  'React: an unknown attribute': jsxWrong('react', `<nb-faq opened="first"></nb-faq>`),
  'React: a detail field that does not exist': jsxWrong('react', `<nb-faq onnb-faq-toggle={(event) => event.detail.expanded}></nb-faq>`),
  'React: an open value outside the union': jsxWrong('react', `<nb-faq open="some"></nb-faq>`),
  'Solid: a detail field that does not exist': jsxWrong('solid', `<nb-faq on:nb-faq-toggle={(event) => event.detail.expanded}></nb-faq>`),
  'Vue: a number as the article': { file: 'src/WrongData.vue', text: `<script setup lang="ts">\nimport type {} from 'newsbrief/vue';\n</script>\n<template><nb-faq :data="42" /></template>\n` },
  'Vue: a detail field that does not exist': {
    file: 'src/WrongEvent.vue',
    text: `<script setup lang="ts">\nimport type {} from 'newsbrief/vue';\n</script>\n<template><nb-faq @nb-faq-toggle="(e) => e.detail.expanded" /></template>\n`,
  },
  'DOM: a detail field that does not exist on document': {
    file: 'src/wrong-dom.ts',
    text: `import 'newsbrief';\ndocument.addEventListener('nb-error', (e) => e.detail.line);\n`,
  },
};

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const report = { steps: {}, mustNotCompile: {}, sizes: [], seconds: 0 };
  const work = mkdtempSync(join(tmpdir(), 'newsbrief-consumer-'));
  try {
    // 1. The tarball, as `npm publish` would send it.
    const packed = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
    if (!packed.ok) throw new Error(`npm pack failed:\n${packed.output}`);
    const [{ filename, files }] = JSON.parse(packed.stdout);
    report.tarball = { filename, files: files.map((f) => f.path) };
    log(`packed ${filename} (${files.length} files)`);

    // 2. A fresh app that depends on it, installed from the npm cache.
    const app = join(work, 'app');
    mkdirSync(join(app, 'src'), { recursive: true });
    const deps = ['react', 'react-dom', 'vue', 'preact', 'solid-js', '@types/react', '@types/react-dom', 'esbuild', 'vite', 'typescript', 'vue-tsc'];
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'newsbrief-consumer',
        private: true,
        type: 'module',
        dependencies: { newsbrief: `file:${join(work, filename)}`, ...Object.fromEntries(deps.map((d) => [d, ours(d)])) },
      }),
    );
    for (const [file, text] of Object.entries(SOURCES)) writeFileSync(join(app, file), text);
    const installed = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
    report.steps.install = installed;
    if (!installed.ok) throw new Error(`npm install failed:\n${installed.output}`);
    log('installed');

    // 3. Strict type-check (vue-tsc: TypeScript itself, plus Vue templates) of what the user wrote, and of
    //    the wrong code: one compiler run for all; each wrong file must have errors of its own.
    for (const { file, text } of Object.values(MUST_NOT_COMPILE)) writeFileSync(join(app, file), text);
    const tsc = run(process.execPath, [join(app, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', '.'], app);
    const errors = tsc.output.split('\n').filter((line) => /^\S+\(\d+,\d+\): error/.test(line));
    const wrongFiles = new Set(Object.values(MUST_NOT_COMPILE).map(({ file }) => file));
    const rightErrors = errors.filter((line) => !wrongFiles.has(line.slice(0, line.indexOf('('))));
    report.steps.typecheck = { ok: rightErrors.length === 0 && errors.length > 0 === !tsc.ok, output: rightErrors.join('\n') || tsc.output };
    for (const [name, { file }] of Object.entries(MUST_NOT_COMPILE)) {
      const own = errors.filter((line) => line.startsWith(`${file}(`));
      report.mustNotCompile[name] = { rejected: own.length > 0, output: own.join('\n') };
    }
    for (const file of wrongFiles) rmSync(join(app, file));
    log(`type-check ${report.steps.typecheck.ok ? 'passed' : 'FAILED'}`);

    // 5. The apps, bundled by esbuild for the browser test.
    const esbuild = await import(pathToFileURL(join(app, 'node_modules/esbuild/lib/main.js')).href);
    const appBuild = async (entry) => {
      try {
        await esbuild.build({
          entryPoints: [join(app, 'src', entry)],
          bundle: true,
          format: 'esm',
          minify: true,
          outdir: OUT,
          define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
          logLevel: 'silent',
        });
        return { ok: true, output: '' };
      } catch (error) {
        return { ok: false, output: String(error.message ?? error) };
      }
    };
    report.steps.reactBundle = await appBuild('react-app.tsx');
    report.steps.vueBundle = await appBuild('vue-app.ts');
    cpSync(join(app, 'react.html'), join(OUT, 'react.html'));
    cpSync(join(app, 'vue.html'), join(OUT, 'vue.html'));
    log('apps bundled');

    // 6. Every entry point alone, as an app's bundler ships it: esbuild and Vite, production, minified.
    const { build: viteBuild } = await import(pathToFileURL(join(app, 'node_modules/vite/dist/node/index.js')).href);
    for (const entry of ENTRY_POINTS) {
      const name = entry.replace(/\W+/g, '-');
      const file = join(app, `entry-${name}.js`);
      writeFileSync(file, entry.split(' + ').map((module) => `import '${module}';\n`).join(''));
      const viaEsbuild = await esbuild.build({ entryPoints: [file], bundle: true, format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent' });
      const esbuildCode = viaEsbuild.outputFiles.map((f) => f.text).join('');
      // Where the bytes come from (minified, before gzip), for a budget failure to name what grew.
      const modules = Object.entries(Object.values(viaEsbuild.metafile.outputs)[0].inputs)
        .map(([path, { bytesInOutput }]) => [path.replace(/^.*node_modules\//, ''), bytesInOutput])
        .filter(([, bytes]) => bytes > 0)
        .sort((a, b) => b[1] - a[1]);
      // Kept for test/consumer.test.ts, which checks what one element's bundle leaves out.
      writeFileSync(join(OUT, `bundle-${name}.js`), esbuildCode);
      const outDir = join(app, `vite-${name}`);
      await viteBuild({
        root: app,
        configFile: false,
        logLevel: 'silent',
        mode: 'production',
        build: { outDir, emptyOutDir: true, manifest: true, rollupOptions: { input: file }, modulePreload: false },
      });
      // What the page loads: the entry chunk and the chunks it imports statically (not lazy ones).
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
      const loaded = new Set();
      const visit = (key) => {
        if (loaded.has(key)) return;
        loaded.add(key);
        for (const dep of manifest[key].imports ?? []) visit(dep);
      };
      visit(Object.keys(manifest).find((key) => manifest[key].isEntry));
      const viteCode = [...loaded].map((key) => readFileSync(join(outDir, manifest[key].file), 'utf8')).join('');
      report.sizes.push({
        entry,
        esbuild: { min: Buffer.byteLength(esbuildCode), gzip: gzipSync(esbuildCode, { level: 9 }).length, modules },
        vite: { min: Buffer.byteLength(viteCode), gzip: gzipSync(viteCode, { level: 9 }).length },
      });
    }
    log('sizes measured');
  } catch (error) {
    report.fatal = String(error.message ?? error);
    console.error(`consumer: ${report.fatal}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  report.seconds = (Date.now() - started) / 1000;
  writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));
  printTable(report.sizes);
  for (const [step, { ok, output }] of Object.entries(report.steps)) if (!ok) console.error(`consumer: ${step} failed:\n${output}`);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
function printTable(sizes) {
  if (!sizes.length) return;
  const rows = [['import', 'esbuild min', 'esbuild gzip', 'Vite min', 'Vite gzip'], ...sizes.map((s) => [s.entry, kib(s.esbuild.min), kib(s.esbuild.gzip), kib(s.vite.min), kib(s.vite.gzip)])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
}

/** With `--readme`: rewrites the README's size table (between its `sizes:` markers) from this run. */
function writeReadmeTable(sizes) {
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const label = (entry) =>
    entry
      .split(' + ')
      .map((module) => `\`'${module}'\``)
      .join(' + ') + ({ newsbrief: ' (all six)', 'newsbrief/brief': ' (all five inside)', 'newsbrief/faq + newsbrief/live': ' (live updates)', 'newsbrief/faq + newsbrief/citations': ' (citation popovers)', 'newsbrief/faq + newsbrief/locales/all': ' (20 languages)' }[entry] ?? '');
  const rows = sizes
    .filter((size) => size.entry !== 'newsbrief')
    .concat(sizes.filter((size) => size.entry === 'newsbrief'))
    .sort((a, b) => Number(a.entry.includes('+')) - Number(b.entry.includes('+')))
    .map((size) => `| ${label(size.entry)} | ${kib(size.esbuild.gzip)} | ${kib(size.vite.gzip)} |`);
  const table = ['| `import …` | esbuild | Vite |', '| --- | ---: | ---: |', ...rows].join('\n');
  const updated = readme.replace(/(<!-- sizes:start[^\n]*-->\n)[^]*?(\n<!-- sizes:end -->)/, `$1${table}$2`);
  if (updated === readme) return console.log('consumer: README size table unchanged');
  writeFileSync(file, updated);
  console.log('consumer: README size table written');
}

if (process.argv[1] === import.meta.filename) {
  await main();
  if (process.argv.includes('--readme')) {
    const { sizes } = JSON.parse(readFileSync(join(OUT, 'report.json'), 'utf8'));
    if (sizes.length) writeReadmeTable(sizes);
  }
  if (!readdirSync(OUT).includes('report.json')) process.exit(1);
}
