export {
  type CheckConsistencyOptions,
  type CompareClaimsOptions,
  checkConsistency,
  compareClaims,
  defaultWithinRoundAttributes,
  type ExtractClaimsOptions,
  extractClaims,
  maxClaimTextLength,
} from './check.js';
export { type ConsistencyLexicon, englishLexicon, type LanguageGuessSettings } from './lexicon.js';
export { defaultTolerances } from './tolerances.js';
export type {
  Claim,
  ClaimPart,
  ClaimSource,
  ClaimType,
  ConsistencyFinding,
  ConsistencyNote,
  ConsistencyReport,
  ConsistencyTolerances,
  FindingKind,
  NotEnglishNote,
  QuantityTolerance,
  QuantityType,
  RereadItem,
  TextTooLongNote,
  ToleranceOverrides,
  UnreadTelling,
} from './types.js';
