import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: '要約',
  keyFacts: '主な事実',
  faq: 'よくある質問',
  confirmed: '確認済み',
  unclear: 'まだ不明',
  confirmedUnclear: '分かっていること',
  sources: '出典',
  brief: 'ひと目でわかる',
  loading: '読み込み中…',
  published: '公開：',
  updated: '更新：',
  by: '執筆：',
  new: '新着',
  changed: '更新',
  nowConfirmed: '新たに確認',
  removed: '削除',
  liveUpdate: '記事が更新されました（変更#件）。',
  countSources: '出典#件',
  citation: '出典 {n}：{title}、{publisher}',
};

export default labels;
