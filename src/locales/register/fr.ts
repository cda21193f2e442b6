/** `import 'newsbrief/locales/fr'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../fr.js';

registerLabels('fr', labels);
