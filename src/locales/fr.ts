import { labelsFromRow } from '../shared/labels.js';

/** French: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'En bref', // tldr
  'Les faits essentiels', // keyFacts
  'Questions fréquentes', // faq
  'Confirmé', // confirmed
  'Encore incertain', // unclear
  'Ce que l’on sait', // confirmedUnclear
  'Sources', // sources
  'L’essentiel', // brief
  'Chargement…', // loading
  'Publié\u202f:', // published
  'Mis à jour\u202f:', // updated
  'Par', // by
  'Nouveau', // new
  'Mis à jour', // changed
  'Désormais confirmé', // nowConfirmed
  'Retiré', // removed
  'one:Article mis à jour\u202f: # modification.|Article mis à jour\u202f: # modifications.', // liveUpdate
  'one:# source|# sources', // countSources
  'Source {n} : {title}, {publisher}', // citation
]);
