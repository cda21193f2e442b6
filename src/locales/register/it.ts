/** `import 'newsbrief/locales/it'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../it.js';

registerLabels('it', labels);
