import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'בקצרה',
  keyFacts: 'עובדות מרכזיות',
  faq: 'שאלות נפוצות',
  confirmed: 'מאומת',
  unclear: 'עדיין לא ברור',
  confirmedUnclear: 'מה ידוע עד כה',
  sources: 'מקורות',
  brief: 'במבט מהיר',
  loading: 'טוען…',
  published: 'פורסם:',
  updated: 'עודכן:',
  by: 'מאת',
  new: 'חדש',
  changed: 'עודכן',
  nowConfirmed: 'אושר כעת',
  removed: 'הוסר',
  liveUpdate: 'הכתבה עודכנה.',
  countKeyFacts: 'one:עובדה מרכזית אחת|two:שתי עובדות מרכזיות|# עובדות מרכזיות',
  countQuestions: 'one:שאלה אחת|two:שתי שאלות|# שאלות',
  countStatements: 'one:קביעה אחת|two:שתי קביעות|# קביעות',
  countSources: 'one:מקור אחד|two:שני מקורות|# מקורות',
  citation: 'מקור {n}: {title}, {publisher}',
};

export default labels;
