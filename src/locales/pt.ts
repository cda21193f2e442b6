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
  liveUpdate: 'Artigo atualizado.',
  countKeyFacts: 'one:# fato-chave|# fatos-chave',
  countQuestions: 'one:# pergunta|# perguntas',
  countStatements: 'one:# afirmação|# afirmações',
  countSources: 'one:# fonte|# fontes',
  citation: 'Fonte {n}: {title}, {publisher}',
};

export default labels;
