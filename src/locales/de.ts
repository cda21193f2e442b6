import { labelsFromRow } from '../shared/labels.js';

/** German: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'Kurz gesagt', // tldr
  'Die wichtigsten Fakten', // keyFacts
  'Häufige Fragen', // faq
  'Bestätigt', // confirmed
  'Noch unklar', // unclear
  'Was wir wissen', // confirmedUnclear
  'Quellen', // sources
  'Auf einen Blick', // brief
  'Wird geladen …', // loading
  'Veröffentlicht:', // published
  'Aktualisiert:', // updated
  'Von', // by
  'Neu', // new
  'Aktualisiert', // changed
  'Jetzt bestätigt', // nowConfirmed
  'Entfernt', // removed
  'one:Artikel aktualisiert: # Änderung.|Artikel aktualisiert: # Änderungen.', // liveUpdate
  'one:# Quelle|# Quellen', // countSources
  'Quelle {n}: {title}, {publisher}', // citation
]);
