import { labelsFromRow } from '../shared/labels.js';

/** Turkish: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'Kısaca', // tldr
  'Öne çıkan bilgiler', // keyFacts
  'Sıkça sorulan sorular', // faq
  'Doğrulandı', // confirmed
  'Henüz belirsiz', // unclear
  'Şu ana kadar bilinenler', // confirmedUnclear
  'Kaynaklar', // sources
  'Bir bakışta', // brief
  'Yükleniyor…', // loading
  'Yayımlanma:', // published
  'Güncelleme:', // updated
  'Yazan:', // by
  'Yeni', // new
  'Güncellendi', // changed
  'Artık doğrulandı', // nowConfirmed
  'Kaldırıldı', // removed
  'Makale güncellendi: # değişiklik.', // liveUpdate
  '# kaynak', // countSources
  'Kaynak {n}: {title}, {publisher}', // citation
]);
