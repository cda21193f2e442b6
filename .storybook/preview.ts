import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { withActions } from 'storybook/actions/decorator';
import '../src/index.js';

// Controls and the docs tables come from the manifest, which comes from the classes' JSDoc.
setCustomElementsManifest(manifest);

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
