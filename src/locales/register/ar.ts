/** `import 'newsbrief/locales/ar'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../ar.js';

registerLabels('ar', labels);
