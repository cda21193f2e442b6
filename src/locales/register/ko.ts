/** `import 'newsbrief/locales/ko'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../ko.js';

registerLabels('ko', labels);
