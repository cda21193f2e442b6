import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: '요약',
  keyFacts: '핵심 사실',
  faq: '자주 묻는 질문',
  confirmed: '확인됨',
  unclear: '아직 불분명',
  confirmedUnclear: '지금까지 알려진 사실',
  sources: '출처',
  brief: '한눈에 보기',
  loading: '불러오는 중…',
  published: '게시:',
  updated: '업데이트:',
  by: '글:',
  new: '새 항목',
  changed: '업데이트됨',
  nowConfirmed: '이제 확인됨',
  removed: '삭제됨',
  liveUpdate: '기사가 업데이트되었습니다(변경 #건).',
  countSources: '출처 #개',
  citation: '출처 {n}: {title}, {publisher}',
};

export default labels;
