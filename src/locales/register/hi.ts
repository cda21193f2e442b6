/** `import 'newsbrief/locales/hi'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../hi.js';

registerLabels('hi', labels);
