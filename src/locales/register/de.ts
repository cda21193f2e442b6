/** `import 'newsbrief/locales/de'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../de.js';

registerLabels('de', labels);
