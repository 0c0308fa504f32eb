export { compensationBrief } from './brief.js';
export { defaultNoticeNorms, type NoticeNorm } from './notice.js';
export { parseNoticeNorms } from './parse.js';
export type {
  CompensationBrief,
  CompensationBriefLine,
  CompensationBriefOptions,
  CompensationBriefSource,
  OfferComparison,
  OfferComparisonRow,
} from './types.js';
