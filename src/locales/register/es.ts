/** `import 'newsbrief/locales/es'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../es.js';

registerLabels('es', labels);
