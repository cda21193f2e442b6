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
  liveUpdate: 'حُدِّث المقال.',
  countKeyFacts: 'one:حقيقة رئيسية واحدة|two:حقيقتان رئيسيتان|few:# حقائق رئيسية|# حقيقة رئيسية',
  countQuestions: 'one:سؤال واحد|two:سؤالان|few:# أسئلة|many:# سؤالًا|# سؤال',
  countStatements: 'one:عبارة واحدة|two:عبارتان|few:# عبارات|# عبارة',
  countSources: 'one:مصدر واحد|two:مصدران|few:# مصادر|many:# مصدرًا|# مصدر',
  citation: 'المصدر {n}: {title}، {publisher}',
};

export default labels;
