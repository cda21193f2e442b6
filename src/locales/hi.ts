import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'संक्षेप में',
  keyFacts: 'मुख्य तथ्य',
  faq: 'अक्सर पूछे जाने वाले सवाल',
  confirmed: 'पुष्टि हुई',
  unclear: 'अभी स्पष्ट नहीं',
  confirmedUnclear: 'अब तक क्या पता है',
  sources: 'स्रोत',
  brief: 'एक नज़र में',
  loading: 'लोड हो रहा है…',
  published: 'प्रकाशित:',
  updated: 'अपडेट:',
  by: 'लेखक:',
  new: 'नया',
  changed: 'अपडेट किया गया',
  nowConfirmed: 'अब पुष्टि हुई',
  removed: 'हटाया गया',
  liveUpdate: 'लेख अपडेट हुआ: # बदलाव।',
  countSources: '# स्रोत',
  citation: 'स्रोत {n}: {title}, {publisher}',
};

export default labels;
