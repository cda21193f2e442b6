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
  new: 'جديد',
  changed: 'محدَّث',
  nowConfirmed: 'تأكَّد الآن',
  removed: 'أُزيل',
  liveUpdate: 'one:حُدِّث المقال: تغيير واحد.|two:حُدِّث المقال: تغييران.|few:حُدِّث المقال: # تغييرات.|many:حُدِّث المقال: # تغييرًا.|حُدِّث المقال: # تغيير.',
  countSources: 'one:مصدر واحد|two:مصدران|few:# مصادر|many:# مصدرًا|# مصدر',
  citation: 'المصدر {n}: {title}، {publisher}',
};

export default labels;
