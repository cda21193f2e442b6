/** `import 'newsbrief/locales/sw'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../sw.js';

registerLabels('sw', labels);
