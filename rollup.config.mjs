import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Every public entry point: `newsbrief` and `newsbrief/<element>`. */
export const ELEMENTS = ['tldr', 'key-facts', 'faq', 'confirmed-unclear', 'sources', 'brief'];

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

export default [
  // The npm library: one module per source file, Lit left to the app's bundler, with .d.ts files.
  {
    input: Object.fromEntries([['index', 'src/index.ts'], ...ELEMENTS.map((name) => [`${name}/define`, `src/${name}/define.ts`])]),
    external: [/^lit($|\/)/, /^@lit\//],
    plugins: [typescriptFor(true)],
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
  // The CDN file: one self-contained, minified ES module with Lit inside, registering every element.
  {
    input: 'src/index.ts',
    plugins: [nodeResolve({ exportConditions: ['production'] }), typescriptFor(false), terser({ module: true, format: { comments: false } })],
    output: { file: 'dist/newsbrief.min.js', format: 'es', sourcemap: true },
  },
];
