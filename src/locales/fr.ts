import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'En bref',
  keyFacts: 'Les faits essentiels',
  faq: 'Questions fréquentes',
  confirmed: 'Confirmé',
  unclear: 'Encore incertain',
  confirmedUnclear: 'Ce que l’on sait',
  sources: 'Sources',
  brief: 'L’essentiel',
  loading: 'Chargement…',
  published: 'Publié\u202f:',
  updated: 'Mis à jour\u202f:',
  by: 'Par',
};

export default labels;
