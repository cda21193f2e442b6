/** `import 'newsbrief/locales/nl'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../nl.js';

registerLabels('nl', labels);
