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
};

export default labels;
