/** `import 'newsbrief/locales/pt'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../pt.js';

registerLabels('pt', labels);
