import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'In het kort',
  keyFacts: 'Belangrijkste feiten',
  faq: 'Veelgestelde vragen',
  confirmed: 'Bevestigd',
  unclear: 'Nog onduidelijk',
  confirmedUnclear: 'Wat we weten',
  sources: 'Bronnen',
  brief: 'In één oogopslag',
  loading: 'Laden…',
  published: 'Gepubliceerd:',
  updated: 'Bijgewerkt:',
  by: 'Door',
};

export default labels;
