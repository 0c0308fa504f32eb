/**
 * `second-round/consistency`: round-one vs round-two claims and contradictions, without scoring.
 *
 * @module
 */
export {
  type CheckConsistencyOptions,
  type Claim,
  type ClaimPart,
  type ClaimSource,
  type ClaimType,
  type CompareClaimsOptions,
  type ConsistencyFinding,
  type ConsistencyLexicon,
  type ConsistencyReport,
  type ConsistencyTolerances,
  checkConsistency,
  compareClaims,
  defaultTolerances,
  defaultWithinRoundAttributes,
  type ExtractClaimsOptions,
  englishLexicon,
  extractClaims,
  type FindingKind,
  type QuantityTolerance,
  type QuantityType,
  type ToleranceOverrides,
} from '../consistency/index.js';
