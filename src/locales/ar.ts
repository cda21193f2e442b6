import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'باختصار',
  keyFacts: 'حقائق رئيسية',
  faq: 'أسئلة شائعة',
  confirmed: 'مؤكَّد',
  unclear: 'لا يزال غير واضح',
  confirmedUnclear: 'ما نعرفه حتى الآن',
  sources: 'المصادر',
  brief: 'نظرة سريعة',
  loading: 'جارٍ التحميل…',
  published: 'نُشر:',
  updated: 'آخر تحديث:',
  by: 'بقلم',
};

export default labels;
