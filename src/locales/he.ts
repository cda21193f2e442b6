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
  liveUpdate: 'one:הכתבה עודכנה: שינוי אחד.|two:הכתבה עודכנה: שני שינויים.|הכתבה עודכנה: # שינויים.',
  countSources: 'one:מקור אחד|two:שני מקורות|# מקורות',
  citation: 'מקור {n}: {title}, {publisher}',
};

export default labels;
