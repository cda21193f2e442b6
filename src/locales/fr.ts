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
  liveUpdate: 'one:Article mis à jour\u202f: # modification.|Article mis à jour\u202f: # modifications.',
  countSources: 'one:# source|# sources',
  citation: 'Source {n} : {title}, {publisher}',
};

export default labels;
