import { labelsFromRow } from '../shared/labels.js';

/** Korean: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  '요약', // tldr
  '핵심 사실', // keyFacts
  '자주 묻는 질문', // faq
  '확인됨', // confirmed
  '아직 불분명', // unclear
  '지금까지 알려진 사실', // confirmedUnclear
  '출처', // sources
  '한눈에 보기', // brief
  '불러오는 중…', // loading
  '게시:', // published
  '업데이트:', // updated
  '글:', // by
  '새 항목', // new
  '업데이트됨', // changed
  '이제 확인됨', // nowConfirmed
  '삭제됨', // removed
  '기사가 업데이트되었습니다(변경 #건).', // liveUpdate
  '출처 #개', // countSources
  '출처 {n}: {title}, {publisher}', // citation
]);
