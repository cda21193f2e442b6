/** `import 'newsbrief/locales/ja'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../ja.js';

registerLabels('ja', labels);
