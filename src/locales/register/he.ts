/** `import 'newsbrief/locales/he'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../he.js';

registerLabels('he', labels);
