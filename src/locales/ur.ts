import { labelsFromRow } from '../shared/labels.js';

/** Urdu: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'خلاصہ', // tldr
  'اہم حقائق', // keyFacts
  'اکثر پوچھے جانے والے سوالات', // faq
  'تصدیق شدہ', // confirmed
  'ابھی واضح نہیں', // unclear
  'اب تک کیا معلوم ہے', // confirmedUnclear
  'ذرائع', // sources
  'ایک نظر میں', // brief
  'لوڈ ہو رہا ہے…', // loading
  'شائع شدہ:', // published
  'تازہ ترین:', // updated
  'تحریر:', // by
  'نیا', // new
  'تازہ کاری', // changed
  'اب تصدیق شدہ', // nowConfirmed
  'ہٹا دیا گیا', // removed
  'one:مضمون تازہ کر دیا گیا: # تبدیلی۔|مضمون تازہ کر دیا گیا: # تبدیلیاں۔', // liveUpdate
  'one:# ذریعہ|# ذرائع', // countSources
  'ذریعہ {n}: {title}، {publisher}', // citation
]);
