import { labelsFromRow } from '../shared/labels.js';

/** Bengali: one text per label, in the order of `NbLabels` (see `LabelRow`). */
export default /* @__PURE__ */ labelsFromRow([
  'সংক্ষেপে', // tldr
  'মূল তথ্য', // keyFacts
  'প্রায়শই জিজ্ঞাসিত প্রশ্ন', // faq
  'নিশ্চিত', // confirmed
  'এখনও অস্পষ্ট', // unclear
  'আমরা যা জানি', // confirmedUnclear
  'সূত্র', // sources
  'এক নজরে', // brief
  'লোড হচ্ছে…', // loading
  'প্রকাশিত:', // published
  'হালনাগাদ:', // updated
  'লেখক:', // by
  'নতুন', // new
  'হালনাগাদ', // changed
  'এখন নিশ্চিত', // nowConfirmed
  'সরানো হয়েছে', // removed
  'প্রতিবেদন হালনাগাদ হয়েছে: #টি পরিবর্তন।', // liveUpdate
  '#টি সূত্র', // countSources
  'সূত্র {n}: {title}, {publisher}', // citation
]);
