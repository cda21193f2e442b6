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
  new: 'Nouveau',
  changed: 'Mis à jour',
  nowConfirmed: 'Désormais confirmé',
  removed: 'Retiré',
  liveUpdate: 'Article mis à jour.',
  countKeyFacts: 'one:# fait clé|# faits clés',
  countQuestions: 'one:# question|# questions',
  countStatements: 'one:# affirmation|# affirmations',
  countSources: 'one:# source|# sources',
  citation: 'Source {n} : {title}, {publisher}',
};

export default labels;
