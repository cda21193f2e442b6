import { labelsFromRow } from '../shared/labels.js';

/** Japanese: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  '要約', // tldr
  '主な事実', // keyFacts
  'よくある質問', // faq
  '確認済み', // confirmed
  'まだ不明', // unclear
  '分かっていること', // confirmedUnclear
  '出典', // sources
  'ひと目でわかる', // brief
  '読み込み中…', // loading
  '公開：', // published
  '更新：', // updated
  '執筆：', // by
  '新着', // new
  '更新', // changed
  '新たに確認', // nowConfirmed
  '削除', // removed
  '記事が更新されました（変更#件）。', // liveUpdate
  '出典#件', // countSources
  '出典 {n}：{title}、{publisher}', // citation
]);
