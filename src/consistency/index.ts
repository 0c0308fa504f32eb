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
export {
  type ConsistencyLexicon,
  englishLexicon,
  type LanguageGuessSettings,
  type ReadingWindows,
} from './lexicon.js';
export type { NumberGrammarWords } from './numbers.js';
export { extendLexicon, parseLexicon } from './schema.js';
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
