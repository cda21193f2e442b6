import { labelsFromRow } from '../shared/labels.js';

/** Dutch: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'In het kort', // tldr
  'Belangrijkste feiten', // keyFacts
  'Veelgestelde vragen', // faq
  'Bevestigd', // confirmed
  'Nog onduidelijk', // unclear
  'Wat we weten', // confirmedUnclear
  'Bronnen', // sources
  'In één oogopslag', // brief
  'Laden…', // loading
  'Gepubliceerd:', // published
  'Bijgewerkt:', // updated
  'Door', // by
  'Nieuw', // new
  'Bijgewerkt', // changed
  'Nu bevestigd', // nowConfirmed
  'Verwijderd', // removed
  'one:Artikel bijgewerkt: # wijziging.|Artikel bijgewerkt: # wijzigingen.', // liveUpdate
  'one:# bron|# bronnen', // countSources
  'Bron {n}: {title}, {publisher}', // citation
]);
