import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Every public entry point: `newsbrief` and `newsbrief/<element>`. */
export const ELEMENTS = ['tldr', 'key-facts', 'faq', 'confirmed-unclear', 'sources', 'brief'];

/** Every built-in language besides English: `newsbrief/locales/<lang>` registers one. */
export const LANGUAGES = ['ar', 'bn', 'de', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'sw', 'tr', 'ur', 'zh', 'zh-Hant'];

/**
 * Minifies the static text of our `css` and `html` template literals, which terser leaves alone:
 * comments, indentation and the spaces around punctuation in CSS (around `calc()`'s `*` and `/` only: `+` and `-` need
 * theirs), quotes around identifier attribute values and leading zeros; and line-break runs in HTML (a run of white space
 * with a newline renders as one space). `${…}` expressions are kept as they are.
 */
function minifyTemplates() {
  const minifyCss = (text) =>
    text
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/([\w-]):\s+/g, '$1:')
      .replace(/,\s+/g, ',')
      .replace(/\s*>\s*/g, '>')
      .replace(/\[([\w-]+)='([\w-]+)'\]/g, '[$1=$2]') // an attribute value that is an identifier needs no quotes
      .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2') // 0.75em → .75em
      .replace(/\)\s*([*/])\s*(?=[\d.])/g, ')$1') // calc(): `var(--x) * 1.25` → `var(--x)*1.25` (only + and - need spaces)
      .replace(/\s+!important/g, '!important')
      .trim();
  const minifyHtml = (text) => text.replace(/\s*\n\s*/g, ' ');
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const out = code
        .replace(/\bcss\s*`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``)
        .replace(/\b(html|svg|staticHtml)\s*`([^`]*)`/g, (_, tag, body) => `${tag}\`${minifyHtml(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Sets `CDN_FILE` (src/shared/features.ts, `Boolean(0)` there) to `true` in `code`, the module's JavaScript: the CDN
 * file always has live updates, so terser drops the code that serves pages without them. Throws
 * if the declaration changed. scripts/size.mjs does the same to dist/shared/features.js.
 */
export function setCdnFile(code) {
  const out = code.replace(/\bCDN_FILE = Boolean\(0\)/, 'CDN_FILE = true');
  if (out === code) throw new Error('src/shared/features.ts no longer declares `CDN_FILE = Boolean(0)`');
  return out;
}
/** {@link setCdnFile}, for the CDN build. */
const cdnFile = () => ({
  name: 'cdn-file',
  transform: (code, id) => (id.replace(/\\/g, '/').endsWith('/src/shared/features.ts') ? { code: setCdnFile(code), map: null } : null),
});

const typescriptFor = (declarations) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    filterRoot: '.',
    rootDir: 'src',
    outDir: 'dist',
    declaration: declarations,
    declarationMap: declarations,
    sourceMap: true,
  });

/**
 * terser's options for the CDN file (scripts/size.mjs measures its parts with them too). Two compress passes: 31 bytes
 * gzip less than one (25,765 → 25,734). `keep_fargs: false` drops unused trailing parameters (nothing here reads a
 * function's `length`): 12 B; `unsafe_arrows` writes the functions terser inlines as values (`openFeed: function …`,
 * none called with `new` or given a prototype) as arrows, which needs `ecma: 2020` (the file already uses `?.` and
 * `??`): 9 B more (25,802 → 25,781 together, 2026-12-07). Measured and left out: `pure_getters: true` (18 B, but it
 * assumes no property read has an effect or throws), `unsafe_comps` (7 B), `unsafe_methods`, `hoist_props`,
 * `toplevel`, `passes: 3` (0 B each), `booleans_as_integers` (38 B, but `true` becomes `1` where Lit and JSON read it).
 */
export const CDN_TERSER = { module: true, ecma: 2020, compress: { passes: 2, keep_fargs: false, unsafe_arrows: true }, format: { comments: false } };

/** A CDN file: one self-contained module, Lit and every language inside, minified. */
const cdnBuild = (input, file) => ({
  input,
  plugins: [nodeResolve({ exportConditions: ['production'] }), cdnFile(), typescriptFor(false), minifyTemplates(), terser(CDN_TERSER)],
  output: { dir: 'dist', entryFileNames: file, format: 'es', sourcemap: true, inlineDynamicImports: true },
});

export default [
  // The npm library: one module per source file, Lit left to the app's bundler, with .d.ts files.
  {
    input: Object.fromEntries([
      ['index', 'src/index.ts'],
      ['ssr/index', 'src/ssr/index.ts'],
      ['ssr/cli', 'src/ssr/cli.ts'],
      ['live', 'src/live.ts'],
      ['citations', 'src/citations.ts'],
      ['locales/all', 'src/locales/all.ts'],
      ...LANGUAGES.map((lang) => [`locales/register/${lang}`, `src/locales/register/${lang}.ts`]),
      ...ELEMENTS.map((name) => [`${name}/define`, `src/${name}/define.ts`]),
    ]),
    // The CLI's parsers are Node-side dependencies of the package, never in the CDN file.
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^node:/, /^(jsonc-parser|mdast-util-from-markdown|parse5)($|\/)/],
    plugins: [typescriptFor(true), minifyTemplates()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // The decorator helper comes from tslib: ship it beside our modules rather than depend on tslib.
      entryFileNames: (chunk) => (chunk.name.includes('node_modules/tslib') ? 'shared/tslib.js' : '[name].js'),
      sourcemap: true,
    },
  },
  // The CDN file: one self-contained, minified ES module with Lit and every language inside, registering
  // every element; it also brings server-rendered elements (`newsbrief/ssr`) to life.
  cdnBuild('src/cdn.ts', 'newsbrief.min.js'),
  // The playground page's script: the CLI's checker and importer, for the browser. An example, not in the package.
  {
    input: 'src/playground/playground.ts',
    plugins: [
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], filterRoot: '.', rootDir: 'src', outDir: 'examples', declaration: false, sourceMap: true }),
      terser({ module: true, format: { comments: false } }),
    ],
    output: { dir: 'examples', entryFileNames: 'playground.bundle.js', format: 'es', sourcemap: true },
  },
];
