import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'Коротко',
  keyFacts: 'Главное',
  faq: 'Частые вопросы',
  confirmed: 'Подтверждено',
  unclear: 'Пока неясно',
  confirmedUnclear: 'Что известно',
  sources: 'Источники',
  brief: 'Кратко',
  loading: 'Загрузка…',
  published: 'Опубликовано:',
  updated: 'Обновлено:',
  by: 'Автор:',
};

export default labels;
