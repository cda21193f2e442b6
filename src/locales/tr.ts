import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'Kısaca',
  keyFacts: 'Öne çıkan bilgiler',
  faq: 'Sıkça sorulan sorular',
  confirmed: 'Doğrulandı',
  unclear: 'Henüz belirsiz',
  confirmedUnclear: 'Şu ana kadar bilinenler',
  sources: 'Kaynaklar',
  brief: 'Bir bakışta',
  loading: 'Yükleniyor…',
  published: 'Yayımlanma:',
  updated: 'Güncelleme:',
  by: 'Yazan:',
  new: 'Yeni',
  changed: 'Güncellendi',
  nowConfirmed: 'Artık doğrulandı',
  removed: 'Kaldırıldı',
  liveUpdate: 'Makale güncellendi: # değişiklik.',
  countSources: '# kaynak',
  citation: 'Kaynak {n}: {title}, {publisher}',
};

export default labels;
