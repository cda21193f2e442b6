import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'Kurz gesagt',
  keyFacts: 'Die wichtigsten Fakten',
  faq: 'Häufige Fragen',
  confirmed: 'Bestätigt',
  unclear: 'Noch unklar',
  confirmedUnclear: 'Was wir wissen',
  sources: 'Quellen',
  brief: 'Auf einen Blick',
  loading: 'Wird geladen …',
  published: 'Veröffentlicht:',
  updated: 'Aktualisiert:',
  by: 'Von',
  new: 'Neu',
  changed: 'Aktualisiert',
  nowConfirmed: 'Jetzt bestätigt',
  removed: 'Entfernt',
  liveUpdate: 'one:Artikel aktualisiert: # Änderung.|Artikel aktualisiert: # Änderungen.',
  countSources: 'one:# Quelle|# Quellen',
  citation: 'Quelle {n}: {title}, {publisher}',
};

export default labels;
