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
  new: 'Новое',
  changed: 'Обновлено',
  nowConfirmed: 'Теперь подтверждено',
  removed: 'Удалено',
  liveUpdate: 'one:Статья обновлена: # изменение.|many:Статья обновлена: # изменений.|Статья обновлена: # изменения.',
  countSources: 'one:# источник|many:# источников|# источника',
  citation: 'Источник {n}: {title}, {publisher}',
};

export default labels;
