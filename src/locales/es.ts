import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'En resumen',
  keyFacts: 'Datos clave',
  faq: 'Preguntas frecuentes',
  confirmed: 'Confirmado',
  unclear: 'Aún sin aclarar',
  confirmedUnclear: 'Lo que sabemos',
  sources: 'Fuentes',
  brief: 'De un vistazo',
  loading: 'Cargando…',
  published: 'Publicado:',
  updated: 'Actualizado:',
  by: 'Por',
};

export default labels;
