/**
 * The headings an article's parts go by, in every language whose labels we ship (the label tables)
 * plus the usual synonyms, for the importer.
 */
import { EN_LABELS, type NbLabels } from '../shared/labels.js';
import ar from '../locales/ar.js';
import bn from '../locales/bn.js';
import de from '../locales/de.js';
import es from '../locales/es.js';
import fa from '../locales/fa.js';
import fr from '../locales/fr.js';
import he from '../locales/he.js';
import hi from '../locales/hi.js';
import id from '../locales/id.js';
import it from '../locales/it.js';
import ja from '../locales/ja.js';
import ko from '../locales/ko.js';
import nl from '../locales/nl.js';
import pt from '../locales/pt.js';
import ru from '../locales/ru.js';
import sw from '../locales/sw.js';
import tr from '../locales/tr.js';
import ur from '../locales/ur.js';
import zh from '../locales/zh.js';
import zhHant from '../locales/zh-Hant.js';

/** The parts of an article a heading can start; `confirmedUnclear` holds both lists, told apart by their prefixes. */
export type SectionKind = 'tldr' | 'keyFacts' | 'faq' | 'confirmed' | 'unclear' | 'confirmedUnclear' | 'sources';

type Synonyms = Partial<Record<SectionKind, string[]>>;

/** Synonyms beyond the label tables, in lower case. English first: most pages are written with these. */
const SYNONYMS: Record<string, Synonyms> = {
  en: {
    tldr: ['tl;dr', 'tldr', 'tl dr', 'summary', 'quick summary', 'the summary', 'in brief', 'in short', 'at a glance', 'the short version', 'overview', 'quick read', 'the gist'],
    keyFacts: ['key facts', 'key takeaways', 'takeaways', 'key points', 'main points', 'fast facts', 'quick facts', 'the facts', 'highlights', 'key details', 'at a glance facts'],
    faq: ['faq', 'faqs', 'frequently asked questions', 'questions and answers', 'q&a', 'q & a', 'common questions', 'your questions answered', 'questions answered', 'reader questions'],
    confirmedUnclear: ['what we know', 'what we know so far', 'what we know and what we don’t', "what we know and what we don't", 'confirmed vs unclear', 'confirmed and unclear', 'known and unknown', 'facts vs questions'],
    confirmed: ['confirmed', 'confirmed facts', 'what is confirmed', 'what’s confirmed', "what's confirmed", 'known', 'what is known', 'verified', 'facts'],
    unclear: ['unclear', 'still unclear', 'what remains unclear', 'what is unclear', 'what’s unclear', "what's unclear", 'what we don’t know', "what we don't know", 'what we don’t know yet', "what we don't know yet", 'unknown', 'unknowns', 'open questions', 'unanswered questions', 'unconfirmed', 'not yet known', 'what is not known'],
    sources: ['sources', 'source', 'references', 'further reading', 'citations', 'sources and references', 'bibliography', 'sources and further reading'],
  },
  fr: { tldr: ['résumé', 'en résumé', 'l’essentiel', "l'essentiel"], keyFacts: ['points clés', 'chiffres clés', 'à retenir'], faq: ['faq', 'questions-réponses', 'foire aux questions'], confirmed: ['confirmé', 'ce qui est confirmé'], unclear: ['incertain', 'ce que l’on ignore', "ce que l'on ignore", 'zones d’ombre'], sources: ['références', 'pour aller plus loin'] },
  de: { tldr: ['zusammenfassung', 'kurz gesagt', 'das wichtigste'], keyFacts: ['fakten', 'die wichtigsten fakten', 'kernpunkte'], faq: ['faq', 'häufige fragen', 'fragen und antworten'], confirmed: ['bestätigt', 'was bekannt ist', 'was wir wissen'], unclear: ['unklar', 'was unklar ist', 'offene fragen', 'was wir nicht wissen'], sources: ['quellen', 'quelle', 'literatur'] },
  es: { tldr: ['resumen', 'en resumen', 'en breve'], keyFacts: ['claves', 'datos clave', 'puntos clave'], faq: ['faq', 'preguntas frecuentes', 'preguntas y respuestas'], confirmed: ['confirmado', 'lo que sabemos'], unclear: ['no está claro', 'lo que no sabemos', 'preguntas abiertas'], sources: ['fuentes', 'referencias'] },
  it: { tldr: ['riassunto', 'in breve', 'sintesi'], keyFacts: ['punti chiave', 'fatti principali'], faq: ['faq', 'domande frequenti'], confirmed: ['confermato', 'cosa sappiamo'], unclear: ['non chiaro', 'cosa non sappiamo'], sources: ['fonti', 'riferimenti'] },
  pt: { tldr: ['resumo', 'em resumo', 'em poucas palavras'], keyFacts: ['pontos-chave', 'fatos principais', 'factos principais'], faq: ['faq', 'perguntas frequentes', 'perguntas e respostas'], confirmed: ['confirmado', 'o que sabemos'], unclear: ['não está claro', 'o que não sabemos'], sources: ['fontes', 'referências'] },
  nl: { tldr: ['samenvatting', 'in het kort'], keyFacts: ['kernpunten', 'belangrijkste feiten'], faq: ['faq', 'veelgestelde vragen'], confirmed: ['bevestigd', 'wat we weten'], unclear: ['onduidelijk', 'wat we niet weten'], sources: ['bronnen', 'referenties'] },
  ru: { tldr: ['кратко', 'коротко', 'резюме'], keyFacts: ['главное', 'ключевые факты'], faq: ['вопросы и ответы', 'частые вопросы'], confirmed: ['подтверждено', 'что известно'], unclear: ['неясно', 'что неизвестно'], sources: ['источники', 'ссылки'] },
  id: { tldr: ['ringkasan', 'singkatnya'], faq: ['faq', 'pertanyaan umum', 'tanya jawab'], sources: ['sumber', 'referensi'] },
  tr: { tldr: ['özet', 'kısaca'], faq: ['sss', 'sık sorulan sorular'], sources: ['kaynaklar', 'kaynakça'] },
  ja: { tldr: ['要約', 'まとめ'], faq: ['よくある質問', 'faq'], sources: ['出典', '参考文献'] },
  zh: { tldr: ['摘要', '概要', '要点'], faq: ['常见问题', '常見問題'], sources: ['来源', '來源', '参考资料', '參考資料'] },
  ko: { tldr: ['요약'], faq: ['자주 묻는 질문'], sources: ['출처', '참고 자료'] },
  ar: { tldr: ['ملخص', 'الخلاصة'], faq: ['الأسئلة الشائعة'], sources: ['مصادر'] },
  hi: { tldr: ['सारांश'], faq: ['अक्सर पूछे जाने वाले प्रश्न'], sources: ['स्रोत'] },
};

const LABEL_TABLES: Record<string, NbLabels> = { en: EN_LABELS, ar, bn, de, es, fa, fr, he, hi, id, it, ja, ko, nl, pt, ru, sw, tr, ur, zh, 'zh-Hant': zhHant };
const KINDS: SectionKind[] = ['tldr', 'keyFacts', 'faq', 'confirmed', 'unclear', 'confirmedUnclear', 'sources'];

/** Lower-cased, typographic variants folded, without emoji, numbering or punctuation around it. */
const normalizeHeading = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_#`]+/g, '')
    .replace(/[‘’]/g, '’')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}?;&)]+$/gu, '')
    .replace(/^\d+[.)]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Phrase {
  kind: SectionKind;
  lang: string;
  text: string;
}

/** Every phrase, longest first, so "key facts" wins over "facts". */
const PHRASES: Phrase[] = (() => {
  const phrases: Phrase[] = [];
  for (const [lang, labels] of Object.entries(LABEL_TABLES)) {
    for (const kind of KINDS) phrases.push({ kind, lang, text: normalizeHeading(labels[kind]) });
  }
  for (const [lang, synonyms] of Object.entries(SYNONYMS)) {
    for (const kind of KINDS) for (const text of synonyms[kind] ?? []) phrases.push({ kind, lang, text: normalizeHeading(text) });
  }
  return phrases.filter((phrase) => phrase.text).sort((a, b) => b.text.length - a.text.length);
})();

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/** True when `phrase` occurs in `text` as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
  for (let index = text.indexOf(phrase); index !== -1; index = text.indexOf(phrase, index + 1)) {
    if (!isWordChar(text[index - 1]) && !isWordChar(text[index + phrase.length])) return true;
  }
  return false;
}

/**
 * True when the heading is the phrase, or starts with it and goes on after a separator ("TL;DR — Quick
 * Summary", "Sources (2)"); a long, specific phrase may go on with words too ("Frequently asked questions
 * about the leak"), a short one may not ("Overview of the case" is no summary).
 */
function startsWithPhrase(text: string, phrase: string): boolean {
  if (!text.startsWith(phrase) || isWordChar(text[phrase.length])) return false;
  const rest = text.slice(phrase.length);
  return !rest || /^\s*[—–\-:|(·/,]/.test(rest) || (phrase.length >= 10 && /^\s/.test(rest));
}

/**
 * The part of the article a heading starts, and the language it is written in; `undefined` for any other
 * heading. "TL;DR — Quick Summary" and "Sources:" count (the phrase starts the heading); a heading naming
 * both lists ("Confirmed facts vs what remains unclear") starts both.
 */
export function recognizeHeading(heading: string): { kind: SectionKind; lang: string } | undefined {
  const text = normalizeHeading(heading);
  if (!text || text.length > 80) return undefined;
  const confirmed = PHRASES.find((phrase) => phrase.kind === 'confirmed' && containsPhrase(text, phrase.text));
  const unclear = PHRASES.find((phrase) => phrase.kind === 'unclear' && containsPhrase(text, phrase.text));
  if (confirmed && unclear && !confirmed.text.includes(unclear.text) && !unclear.text.includes(confirmed.text)) {
    return { kind: 'confirmedUnclear', lang: confirmed.lang };
  }
  const phrase = PHRASES.find((candidate) => startsWithPhrase(text, candidate.text));
  return phrase && { kind: phrase.kind, lang: phrase.lang };
}

/** Prefixes that put a paragraph in one list: "Confirmed: …", "Unclear: …", in every language we ship. */
export function statementPrefix(text: string): { kind: 'confirmed' | 'unclear'; rest: string } | undefined {
  const match = /^\s*(?:\*\*|__)?([^:：*_]{2,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*/u.exec(text);
  if (!match) return undefined;
  const prefix = normalizeHeading(match[1]);
  const recognized = PHRASES.find((phrase) => (phrase.kind === 'confirmed' || phrase.kind === 'unclear') && phrase.text === prefix);
  if (!recognized) return undefined;
  return { kind: recognized.kind as 'confirmed' | 'unclear', rest: text.slice(match[0].length).trim() };
}
