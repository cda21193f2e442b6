import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'Ringkasnya',
  keyFacts: 'Fakta utama',
  faq: 'Pertanyaan umum',
  confirmed: 'Terkonfirmasi',
  unclear: 'Belum jelas',
  confirmedUnclear: 'Yang kami ketahui',
  sources: 'Sumber',
  brief: 'Sekilas',
  loading: 'Memuat…',
  published: 'Terbit:',
  updated: 'Diperbarui:',
  by: 'Oleh',
  new: 'Baru',
  changed: 'Diperbarui',
  nowConfirmed: 'Kini dikonfirmasi',
  removed: 'Dihapus',
  liveUpdate: 'Artikel diperbarui: # perubahan.',
  countSources: '# sumber',
  citation: 'Sumber {n}: {title}, {publisher}',
};

export default labels;
