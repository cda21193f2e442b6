import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { withActions } from 'storybook/actions/decorator';
import '../src/index.js';
import '../src/live.js';
import '../src/citations.js';
import '../src/locales/all.js';

interface Member {
  privacy?: string;
  static?: boolean;
}

// Controls and the docs tables come from the manifest, which comes from the classes' JSDoc: only the
// public API (no private or protected members, no static ones) reaches designers.
const isPublic = (member: Member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected';
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((mod) => ({
    ...mod,
    declarations: (mod.declarations as { members?: Member[] }[] | undefined)?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter(isPublic),
    })),
  })),
});

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    actions: { handles: ['nb-faq-toggle', 'nb-error'] },
    a11y: { test: 'error' },
    layout: 'padded',
    docs: { codePanel: true },
  },
};

export default preview;
