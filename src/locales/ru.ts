import { labelsFromRow } from '../shared/labels.js';

/** Russian: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'Коротко', // tldr
  'Главное', // keyFacts
  'Частые вопросы', // faq
  'Подтверждено', // confirmed
  'Пока неясно', // unclear
  'Что известно', // confirmedUnclear
  'Источники', // sources
  'Кратко', // brief
  'Загрузка…', // loading
  'Опубликовано:', // published
  'Обновлено:', // updated
  'Автор:', // by
  'Новое', // new
  'Обновлено', // changed
  'Теперь подтверждено', // nowConfirmed
  'Удалено', // removed
  'one:Статья обновлена: # изменение.|many:Статья обновлена: # изменений.|Статья обновлена: # изменения.', // liveUpdate
  'one:# источник|many:# источников|# источника', // countSources
  'Источник {n}: {title}, {publisher}', // citation
]);
