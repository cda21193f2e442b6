import { labelsFromRow } from '../shared/labels.js';

/** Persian: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'به طور خلاصه', // tldr
  'نکات کلیدی', // keyFacts
  'پرسش‌های متداول', // faq
  'تأییدشده', // confirmed
  'هنوز روشن نیست', // unclear
  'آنچه تاکنون می‌دانیم', // confirmedUnclear
  'منابع', // sources
  'در یک نگاه', // brief
  'در حال بارگذاری…', // loading
  'انتشار:', // published
  'به‌روزرسانی:', // updated
  'نویسنده:', // by
  'جدید', // new
  'به‌روزشده', // changed
  'اکنون تأییدشده', // nowConfirmed
  'حذف‌شده', // removed
  'مقاله به‌روز شد: # تغییر.', // liveUpdate
  '# منبع', // countSources
  'منبع {n}: {title}، {publisher}', // citation
]);
