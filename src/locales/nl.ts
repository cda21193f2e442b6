import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'In het kort',
  keyFacts: 'Belangrijkste feiten',
  faq: 'Veelgestelde vragen',
  confirmed: 'Bevestigd',
  unclear: 'Nog onduidelijk',
  confirmedUnclear: 'Wat we weten',
  sources: 'Bronnen',
  brief: 'In één oogopslag',
  loading: 'Laden…',
  published: 'Gepubliceerd:',
  updated: 'Bijgewerkt:',
  by: 'Door',
  new: 'Nieuw',
  changed: 'Bijgewerkt',
  nowConfirmed: 'Nu bevestigd',
  removed: 'Verwijderd',
  liveUpdate: 'one:Artikel bijgewerkt: # wijziging.|Artikel bijgewerkt: # wijzigingen.',
  countSources: 'one:# bron|# bronnen',
  citation: 'Bron {n}: {title}, {publisher}',
};

export default labels;
