/** `import 'newsbrief/locales/fa'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../fa.js';

registerLabels('fa', labels);
