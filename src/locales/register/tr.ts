/** `import 'newsbrief/locales/tr'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../tr.js';

registerLabels('tr', labels);
