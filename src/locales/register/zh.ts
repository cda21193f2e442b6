/** `import 'newsbrief/locales/zh'` registers the built-in labels of this language. */
import { registerLabels } from '../../shared/labels.js';
import labels from '../zh.js';

registerLabels('zh', labels);
