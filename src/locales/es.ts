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
  new: 'Nuevo',
  changed: 'Actualizado',
  nowConfirmed: 'Ahora confirmado',
  removed: 'Eliminado',
  liveUpdate: 'one:Artículo actualizado: # cambio.|Artículo actualizado: # cambios.',
  countSources: 'one:# fuente|# fuentes',
  citation: 'Fuente {n}: {title}, {publisher}',
};

export default labels;
