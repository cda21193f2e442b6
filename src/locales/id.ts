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
};

export default labels;
