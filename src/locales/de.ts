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
};

export default labels;
