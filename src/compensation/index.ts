export { compensationBrief } from './brief.js';
export type {
  CompensationBrief,
  CompensationBriefLine,
  CompensationBriefOptions,
  CompensationBriefSource,
  OfferComparison,
  OfferComparisonRow,
} from './types.js';
