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
};

export default labels;
