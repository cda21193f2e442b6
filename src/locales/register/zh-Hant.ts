/** `import 'newsbrief/locales/zh-Hant'` registers the built-in labels of Chinese in Traditional characters (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`). */
import { registerLabels } from '../../shared/labels.js';
import labels from '../zh-Hant.js';

registerLabels('zh-Hant', labels);
