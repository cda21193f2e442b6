import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: '摘要',
  keyFacts: '关键事实',
  faq: '常见问题',
  confirmed: '已证实',
  unclear: '尚不清楚',
  confirmedUnclear: '目前已知',
  sources: '来源',
  brief: '要点速览',
  loading: '正在加载…',
  published: '发布于',
  updated: '更新于',
  by: '作者：',
  new: '新增',
  changed: '已更新',
  nowConfirmed: '现已证实',
  removed: '已删除',
  liveUpdate: '文章已更新（#项更改）。',
  countSources: '#个来源',
  citation: '来源 {n}：{title}，{publisher}',
};

export default labels;
