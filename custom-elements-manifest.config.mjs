import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { toolDataPlugin } from './scripts/tool-data.mjs';

/** Only our own events: the base class's generic `emit(name, …)` is not an event of its own. */
const onlyNamedEvents = {
  name: 'newsbrief-only-named-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const declaration of mod.declarations ?? [])
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('nb-'));
  },
};

/**
 * Lit's internal state (`static properties` entries with `state: true`, on protected or private fields) has no
 * attribute, though the analyzer lists one for it.
 */
const noStateAttributes = {
  name: 'newsbrief-no-state-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const declaration of mod.declarations ?? []) {
        const hidden = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        for (const member of declaration.members ?? []) if (hidden.has(member.name)) delete member.attribute;
      }
  },
};

/** type-parser warns about each inherited Lit member it leaves unexpanded (Element, CSSStyleSheet…): expected, not ours. */
function quietTypeParser() {
  const plugin = typeParserPlugin();
  return {
    ...plugin,
    analyzePhase(params) {
      const warn = console.warn;
      console.warn = (...args) => args.some((arg) => String(arg).includes('Skipped parsing type')) || warn(...args);
      try {
        plugin.analyzePhase(params);
      } finally {
        console.warn = warn;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // A TypeScript program, so that @wc-toolkit/type-parser can resolve aliases (`NbTheme` → 'light' | 'dark' | 'auto')
  // into `parsedType`, which the editor data uses for attribute values.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.manifest.json');
    return program.getSourceFiles().filter((file) => /\/src\/(?!.*\.styles\.ts$).*\.ts$/.test(file.fileName));
  },
  // After our own fixes: framework types and editor data from the finished manifest (scripts/tool-data.mjs).
  plugins: [onlyNamedEvents, noStateAttributes, quietTypeParser(), toolDataPlugin()],
};
