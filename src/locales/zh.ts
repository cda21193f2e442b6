import { labelsFromRow } from '../shared/labels.js';

/** Chinese: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  '摘要', // tldr
  '关键事实', // keyFacts
  '常见问题', // faq
  '已证实', // confirmed
  '尚不清楚', // unclear
  '目前已知', // confirmedUnclear
  '来源', // sources
  '要点速览', // brief
  '正在加载…', // loading
  '发布于', // published
  '更新于', // updated
  '作者：', // by
  '新增', // new
  '已更新', // changed
  '现已证实', // nowConfirmed
  '已删除', // removed
  '文章已更新（#项更改）。', // liveUpdate
  '#个来源', // countSources
  '来源 {n}：{title}，{publisher}', // citation
]);
