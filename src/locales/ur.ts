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
  new: 'نیا',
  changed: 'تازہ کاری',
  nowConfirmed: 'اب تصدیق شدہ',
  removed: 'ہٹا دیا گیا',
  liveUpdate: 'one:مضمون تازہ کر دیا گیا: # تبدیلی۔|مضمون تازہ کر دیا گیا: # تبدیلیاں۔',
  countSources: 'one:# ذریعہ|# ذرائع',
  citation: 'ذریعہ {n}: {title}، {publisher}',
};

export default labels;
