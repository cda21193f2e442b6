import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'خلاصہ',
  keyFacts: 'اہم حقائق',
  faq: 'اکثر پوچھے جانے والے سوالات',
  confirmed: 'تصدیق شدہ',
  unclear: 'ابھی واضح نہیں',
  confirmedUnclear: 'اب تک کیا معلوم ہے',
  sources: 'ذرائع',
  brief: 'ایک نظر میں',
  loading: 'لوڈ ہو رہا ہے…',
  published: 'شائع شدہ:',
  updated: 'تازہ ترین:',
  by: 'تحریر:',
};

export default labels;
