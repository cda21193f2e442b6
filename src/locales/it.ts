import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'In breve',
  keyFacts: 'I fatti principali',
  faq: 'Domande frequenti',
  confirmed: 'Confermato',
  unclear: 'Ancora da chiarire',
  confirmedUnclear: 'Cosa sappiamo',
  sources: 'Fonti',
  brief: 'In sintesi',
  loading: 'Caricamento…',
  published: 'Pubblicato:',
  updated: 'Aggiornato:',
  by: 'Di',
};

export default labels;
