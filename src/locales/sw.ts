import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'Kwa ufupi',
  keyFacts: 'Mambo muhimu',
  faq: 'Maswali yanayoulizwa mara kwa mara',
  confirmed: 'Imethibitishwa',
  unclear: 'Bado haijabainika',
  confirmedUnclear: 'Tunachojua',
  sources: 'Vyanzo',
  brief: 'Kwa muhtasari',
  loading: 'Inapakia…',
  published: 'Imechapishwa:',
  updated: 'Imesasishwa:',
  by: 'Na',
  new: 'Mpya',
  changed: 'Imesasishwa',
  nowConfirmed: 'Sasa imethibitishwa',
  removed: 'Imeondolewa',
  liveUpdate: 'one:Makala imesasishwa: badiliko #.|Makala imesasishwa: mabadiliko #.',
  countSources: 'one:chanzo #|vyanzo #',
  citation: 'Chanzo {n}: {title}, {publisher}',
};

export default labels;
