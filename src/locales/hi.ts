import { labelsFromRow } from '../shared/labels.js';

/** Hindi: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'संक्षेप में', // tldr
  'मुख्य तथ्य', // keyFacts
  'अक्सर पूछे जाने वाले सवाल', // faq
  'पुष्टि हुई', // confirmed
  'अभी स्पष्ट नहीं', // unclear
  'अब तक क्या पता है', // confirmedUnclear
  'स्रोत', // sources
  'एक नज़र में', // brief
  'लोड हो रहा है…', // loading
  'प्रकाशित:', // published
  'अपडेट:', // updated
  'लेखक:', // by
  'नया', // new
  'अपडेट किया गया', // changed
  'अब पुष्टि हुई', // nowConfirmed
  'हटाया गया', // removed
  'लेख अपडेट हुआ: # बदलाव।', // liveUpdate
  '# स्रोत', // countSources
  'स्रोत {n}: {title}, {publisher}', // citation
]);
