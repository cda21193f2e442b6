import { labelsFromRow } from '../shared/labels.js';

/** Spanish: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'En resumen', // tldr
  'Datos clave', // keyFacts
  'Preguntas frecuentes', // faq
  'Confirmado', // confirmed
  'Aún sin aclarar', // unclear
  'Lo que sabemos', // confirmedUnclear
  'Fuentes', // sources
  'De un vistazo', // brief
  'Cargando…', // loading
  'Publicado:', // published
  'Actualizado:', // updated
  'Por', // by
  'Nuevo', // new
  'Actualizado', // changed
  'Ahora confirmado', // nowConfirmed
  'Eliminado', // removed
  'one:Artículo actualizado: # cambio.|Artículo actualizado: # cambios.', // liveUpdate
  'one:# fuente|# fuentes', // countSources
  'Fuente {n}: {title}, {publisher}', // citation
]);
