/** `import 'newsbrief/locales/id'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../id.js';

registerLabels('id', labels);
