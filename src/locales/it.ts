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
  new: 'Nuovo',
  changed: 'Aggiornato',
  nowConfirmed: 'Ora confermato',
  removed: 'Rimosso',
  liveUpdate: 'one:Articolo aggiornato: # modifica.|Articolo aggiornato: # modifiche.',
  countSources: 'one:# fonte|# fonti',
  citation: 'Fonte {n}: {title}, {publisher}',
};

export default labels;
