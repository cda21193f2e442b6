import { labelsFromRow } from '../shared/labels.js';

/** Chinese in Traditional characters (`zh-Hant`; also `zh-TW`, `zh-HK`, `zh-MO`): one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  '摘要', // tldr
  '關鍵事實', // keyFacts
  '常見問題', // faq
  '已證實', // confirmed
  '尚不清楚', // unclear
  '目前已知', // confirmedUnclear
  '來源', // sources
  '重點速覽', // brief
  '載入中…', // loading
  '發布於', // published
  '更新於', // updated
  '作者：', // by
  '新增', // new
  '已更新', // changed
  '現已證實', // nowConfirmed
  '已刪除', // removed
  '文章已更新（#項變更）。', // liveUpdate
  '#個來源', // countSources
  '來源 {n}：{title}，{publisher}', // citation
]);
