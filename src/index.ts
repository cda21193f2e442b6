/**
 * newsbrief: importing this module registers every element.
 * `import 'newsbrief/faq'` (and `/tldr`, `/key-facts`, `/confirmed-unclear`, `/sources`, `/brief`) registers one.
 */
export { NbTldr } from './tldr/define.js';
export { NbKeyFacts } from './key-facts/define.js';
export { NbFaq } from './faq/define.js';
export { NbConfirmedUnclear } from './confirmed-unclear/define.js';
export { NbSources } from './sources/define.js';
export { NbBrief } from './brief/define.js';
export { NbElement } from './shared/base-element.js';
export type { NbErrorDetail, NbErrorSource, NbTheme } from './shared/base-element.js';
export type { NbFaqToggleDetail } from './faq/faq.js';
export type { NbChange, NbChangeKind, NbUpdateDetail } from './shared/changes.js';
export type { Article, KeyFact, FaqItem, Statement, Source, Cite } from './shared/article.js';
export type { NbLabels } from './shared/labels.js';
export { registerLabels } from './shared/labels.js';
export type { StructuredDataKind } from './shared/structured-data.js';
export { VERSION } from './shared/version.js';
