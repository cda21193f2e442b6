import { labelsFromRow } from '../shared/labels.js';

/** Hebrew: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'בקצרה', // tldr
  'עובדות מרכזיות', // keyFacts
  'שאלות נפוצות', // faq
  'מאומת', // confirmed
  'עדיין לא ברור', // unclear
  'מה ידוע עד כה', // confirmedUnclear
  'מקורות', // sources
  'במבט מהיר', // brief
  'טוען…', // loading
  'פורסם:', // published
  'עודכן:', // updated
  'מאת', // by
  'חדש', // new
  'עודכן', // changed
  'אושר כעת', // nowConfirmed
  'הוסר', // removed
  'one:הכתבה עודכנה: שינוי אחד.|two:הכתבה עודכנה: שני שינויים.|הכתבה עודכנה: # שינויים.', // liveUpdate
  'one:מקור אחד|two:שני מקורות|# מקורות', // countSources
  'מקור {n}: {title}, {publisher}', // citation
]);
