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
};

export default labels;
