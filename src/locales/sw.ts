import { labelsFromRow } from '../shared/labels.js';

/** Swahili: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'Kwa ufupi', // tldr
  'Mambo muhimu', // keyFacts
  'Maswali yanayoulizwa mara kwa mara', // faq
  'Imethibitishwa', // confirmed
  'Bado haijabainika', // unclear
  'Tunachojua', // confirmedUnclear
  'Vyanzo', // sources
  'Kwa muhtasari', // brief
  'Inapakia…', // loading
  'Imechapishwa:', // published
  'Imesasishwa:', // updated
  'Na', // by
  'Mpya', // new
  'Imesasishwa', // changed
  'Sasa imethibitishwa', // nowConfirmed
  'Imeondolewa', // removed
  'one:Makala imesasishwa: badiliko #.|Makala imesasishwa: mabadiliko #.', // liveUpdate
  'one:chanzo #|vyanzo #', // countSources
  'Chanzo {n}: {title}, {publisher}', // citation
]);
