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
};

export default labels;
