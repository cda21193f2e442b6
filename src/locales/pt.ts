import { labelsFromRow } from '../shared/labels.js';

/** Portuguese: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'Em resumo', // tldr
  'Principais fatos', // keyFacts
  'Perguntas frequentes', // faq
  'Confirmado', // confirmed
  'Ainda não está claro', // unclear
  'O que se sabe', // confirmedUnclear
  'Fontes', // sources
  'Visão geral', // brief
  'Carregando…', // loading
  'Publicado:', // published
  'Atualizado:', // updated
  'Por', // by
  'Novo', // new
  'Atualizado', // changed
  'Agora confirmado', // nowConfirmed
  'Removido', // removed
  'one:Artigo atualizado: # alteração.|Artigo atualizado: # alterações.', // liveUpdate
  'one:# fonte|# fontes', // countSources
  'Fonte {n}: {title}, {publisher}', // citation
]);
