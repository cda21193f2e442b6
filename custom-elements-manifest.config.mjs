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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // After our own fixes: framework types and editor data from the finished manifest (scripts/tool-data.mjs).
  plugins: [onlyNamedEvents, toolDataPlugin()],
};
