import type { Article } from '../src/index.js';
import seedJson from '../examples/articles/meta-worker-tracking.json' with { type: 'json' };
import secondJson from '../examples/articles/meta-mouse-tracker.json' with { type: 'json' };

/** The seed article, as published. */
export const seed: Article = seedJson;

/** A second, different article about the same story; its reader questions come from its "What readers can do" section. */
export const second: Article = {
  ...secondJson,
  faq: [
    { question: 'How do I find out whether my employer collects this kind of data?', answer: 'Check your company’s data policies: acceptable use policies, employee handbooks and privacy notices. If they mention *monitoring*, *analytics* or *AI training*, read the details; if the language is vague, ask HR for a clear explanation.' },
    { question: 'Can I opt out?', answer: 'Some companies let employees exclude certain types of monitoring. Even where it is not offered, **asking** can prompt HR to clarify the policy.' },
    { question: 'Do I have legal protections?', answer: 'Depending on where you live, privacy laws may restrict how employers collect and use behavioural data. In the EU, the [GDPR](https://gdpr-info.eu/) requires a lawful basis for processing.' },
  ],
};

/** Long content: 20 FAQ items, long labels, long source titles, many statements. */
export const long: Article = {
  ...seed,
  tldr: `${seed.tldr}\n\n${second.tldr} Regulators in several jurisdictions have asked for details of the program, and unions representing technology workers have called for an industry-wide standard on consent for workplace data used in AI training.`,
  keyFacts: [
    ...seed.keyFacts!,
    { label: 'An unusually long label that wraps onto several lines in a narrow column', text: 'Labels of any length wrap cleanly and keep their text aligned beside them when there is room.' },
  ],
  faq: Array.from({ length: 20 }, (_, i) => ({
    question: i % 4 === 0 ? `Question ${i + 1}: what exactly did the internal memo circulated to staff in the weeks before the pause say about consent, retention and access to the collected data?` : `Question ${i + 1}: ${seed.faq![i % 4].question}`,
    answer: `${seed.faq![i % 4].answer}\n\nA second paragraph adds **context** and a [link to the reporting](https://www.theguardian.com/).`,
  })),
  confirmed: [...seed.confirmed!, ...second.confirmed!],
  unclear: [...seed.unclear!, ...second.unclear!],
  sources: [
    ...seed.sources!,
    { title: 'An investigation into how large technology employers collect behavioural data from their own staff, what they do with it, and what employees are told about it', publisher: 'A publication with a very long name, Weekend Edition', url: 'https://example.com/investigation', date: '2026-06-20' },
    ...second.sources!,
  ],
};

/** Minimal content: one item in each field. */
export const minimal: Article = {
  tldr: 'Meta paused an internal program that tracked employee activity for AI training.',
  keyFacts: [seed.keyFacts![0]],
  faq: [seed.faq![0]],
  confirmed: [seed.confirmed![0]],
  unclear: [seed.unclear![0]],
  sources: [seed.sources![0]],
};

/** Data with problems: wrong types and bad items beside valid ones, HTML that must show as text. */
export const bad = {
  lang: 42,
  tldr: 'Valid summary with <b>HTML</b> and <img src=x onerror="alert(1)"> shown as text.',
  keyFacts: [{ label: 'Valid', text: 'This fact is shown.' }, { label: 'No text' }, 'not an object'],
  faq: [{ question: 'Is this shown?', answer: 'Yes: valid items are still shown.' }, { question: 42, answer: 'The question is a number.' }],
  confirmed: ['Shown.', null, 7],
  unclear: 'not an array',
  sources: [{ title: 'A javascript: link shows as text', url: 'javascript:alert(1)' }, { publisher: 'No title' }],
} as unknown as Article;

/** An Arabic article, for right-to-left layout. */
export const arabic: Article = {
  lang: 'ar',
  published: '2026-06-23',
  author: 'راجندرا سينغ',
  tldr: 'أوقفت ميتا برنامجًا داخليًا كان يتتبع استخدام الموظفين لأجهزة الكمبيوتر، بما في ذلك ضغطات المفاتيح، لجمع بيانات لتدريب الذكاء الاصطناعي، بعد تسريب داخلي كشف بيانات حساسة للموظفين.',
  keyFacts: [
    { label: 'التحديث الرئيسي', text: 'أوقفت ميتا برنامجًا يتتبع نشاط الموظفين على أجهزة الكمبيوتر لجمع بيانات التدريب.' },
    { label: 'المدة', text: 'استمر البرنامج شهرين فقط قبل إيقافه.' },
    { label: 'السبب', text: 'تسريب داخلي كشف بيانات حساسة للموظفين على مستوى الشركة.' },
  ],
  faq: [
    { question: 'لماذا أوقفت ميتا برنامج تتبع الموظفين؟', answer: 'بعد تسريب داخلي كشف بيانات حساسة للموظفين، ما أثار مخاوف جدية بشأن الخصوصية.' },
    { question: 'ما البيانات التي كانت ميتا تجمعها؟', answer: 'ضغطات المفاتيح وحركات الفأرة وأنماط النشاط الأخرى على أجهزة الكمبيوتر.' },
  ],
  confirmed: ['أوقفت ميتا البرنامج.', 'كانت البيانات تُستخدم لتدريب نماذج الذكاء الاصطناعي.'],
  unclear: ['ما إذا كان البرنامج سيُستأنف.', 'ما البيانات التي كُشفت في التسريب تحديدًا.'],
  sources: [
    { title: 'ميتا توقف أداة تتبع الموظفين', publisher: 'The Guardian', url: 'https://www.theguardian.com/', date: '2026-06-25' },
    { title: 'تحقيق في مخاوف أمنية', publisher: 'inkl', date: '2026-06-23' },
  ],
};
