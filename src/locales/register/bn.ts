/** `import 'newsbrief/locales/bn'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../bn.js';

registerLabels('bn', labels);
