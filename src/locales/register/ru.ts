/** `import 'newsbrief/locales/ru'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../ru.js';

registerLabels('ru', labels);
