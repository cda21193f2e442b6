import type { NbLabels } from '../shared/labels.js';

const labels: NbLabels = {
  tldr: 'সংক্ষেপে',
  keyFacts: 'মূল তথ্য',
  faq: 'প্রায়শই জিজ্ঞাসিত প্রশ্ন',
  confirmed: 'নিশ্চিত',
  unclear: 'এখনও অস্পষ্ট',
  confirmedUnclear: 'আমরা যা জানি',
  sources: 'সূত্র',
  brief: 'এক নজরে',
  loading: 'লোড হচ্ছে…',
  published: 'প্রকাশিত:',
  updated: 'হালনাগাদ:',
  by: 'লেখক:',
  new: 'নতুন',
  changed: 'হালনাগাদ',
  nowConfirmed: 'এখন নিশ্চিত',
  removed: 'সরানো হয়েছে',
  liveUpdate: 'প্রতিবেদন হালনাগাদ হয়েছে: #টি পরিবর্তন।',
  countSources: '#টি সূত্র',
  citation: 'সূত্র {n}: {title}, {publisher}',
};

export default labels;
