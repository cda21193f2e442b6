/** `import 'newsbrief/locales/ur'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../ur.js';

registerLabels('ur', labels);
