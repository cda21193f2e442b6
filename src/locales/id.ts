import { labelsFromRow } from '../shared/labels.js';

/** Indonesian: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'Ringkasnya', // tldr
  'Fakta utama', // keyFacts
  'Pertanyaan umum', // faq
  'Terkonfirmasi', // confirmed
  'Belum jelas', // unclear
  'Yang kami ketahui', // confirmedUnclear
  'Sumber', // sources
  'Sekilas', // brief
  'Memuat…', // loading
  'Terbit:', // published
  'Diperbarui:', // updated
  'Oleh', // by
  'Baru', // new
  'Diperbarui', // changed
  'Kini dikonfirmasi', // nowConfirmed
  'Dihapus', // removed
  'Artikel diperbarui: # perubahan.', // liveUpdate
  '# sumber', // countSources
  'Sumber {n}: {title}, {publisher}', // citation
]);
