import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'به طور خلاصه',
  keyFacts: 'نکات کلیدی',
  faq: 'پرسش‌های متداول',
  confirmed: 'تأییدشده',
  unclear: 'هنوز روشن نیست',
  confirmedUnclear: 'آنچه تاکنون می‌دانیم',
  sources: 'منابع',
  brief: 'در یک نگاه',
  loading: 'در حال بارگذاری…',
  published: 'انتشار:',
  updated: 'به‌روزرسانی:',
  by: 'نویسنده:',
  new: 'جدید',
  changed: 'به‌روزشده',
  nowConfirmed: 'اکنون تأییدشده',
  removed: 'حذف‌شده',
  liveUpdate: 'مقاله به‌روز شد: # تغییر.',
  countSources: '# منبع',
  citation: 'منبع {n}: {title}، {publisher}',
};

export default labels;
