import { labelsFromRow } from '../shared/labels.js';

/** Arabic: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'باختصار', // tldr
  'حقائق رئيسية', // keyFacts
  'أسئلة شائعة', // faq
  'مؤكَّد', // confirmed
  'لا يزال غير واضح', // unclear
  'ما نعرفه حتى الآن', // confirmedUnclear
  'المصادر', // sources
  'نظرة سريعة', // brief
  'جارٍ التحميل…', // loading
  'نُشر:', // published
  'آخر تحديث:', // updated
  'بقلم', // by
  'جديد', // new
  'محدَّث', // changed
  'تأكَّد الآن', // nowConfirmed
  'أُزيل', // removed
  'one:حُدِّث المقال: تغيير واحد.|two:حُدِّث المقال: تغييران.|few:حُدِّث المقال: # تغييرات.|many:حُدِّث المقال: # تغييرًا.|حُدِّث المقال: # تغيير.', // liveUpdate
  'one:مصدر واحد|two:مصدران|few:# مصادر|many:# مصدرًا|# مصدر', // countSources
  'المصدر {n}: {title}، {publisher}', // citation
]);
