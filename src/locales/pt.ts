import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'Em resumo',
  keyFacts: 'Principais fatos',
  faq: 'Perguntas frequentes',
  confirmed: 'Confirmado',
  unclear: 'Ainda não está claro',
  confirmedUnclear: 'O que se sabe',
  sources: 'Fontes',
  brief: 'Visão geral',
  loading: 'Carregando…',
  published: 'Publicado:',
  updated: 'Atualizado:',
  by: 'Por',
  new: 'Novo',
  changed: 'Atualizado',
  nowConfirmed: 'Agora confirmado',
  removed: 'Removido',
  liveUpdate: 'one:Artigo atualizado: # alteração.|Artigo atualizado: # alterações.',
  countSources: 'one:# fonte|# fontes',
  citation: 'Fonte {n}: {title}, {publisher}',
};

export default labels;
