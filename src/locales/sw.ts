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
};

export default labels;
