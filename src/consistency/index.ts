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
export { type ConsistencyLexicon, englishLexicon } from './lexicon.js';
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
  QuantityTolerance,
  QuantityType,
  ToleranceOverrides,
} from './types.js';
