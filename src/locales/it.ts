import { labelsFromRow } from '../shared/labels.js';

/** Italian: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'In breve', // tldr
  'I fatti principali', // keyFacts
  'Domande frequenti', // faq
  'Confermato', // confirmed
  'Ancora da chiarire', // unclear
  'Cosa sappiamo', // confirmedUnclear
  'Fonti', // sources
  'In sintesi', // brief
  'Caricamento…', // loading
  'Pubblicato:', // published
  'Aggiornato:', // updated
  'Di', // by
  'Nuovo', // new
  'Aggiornato', // changed
  'Ora confermato', // nowConfirmed
  'Rimosso', // removed
  'one:Articolo aggiornato: # modifica.|Articolo aggiornato: # modifiche.', // liveUpdate
  'one:# fonte|# fonti', // countSources
  'Fonte {n}: {title}, {publisher}', // citation
]);
