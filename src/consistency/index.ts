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
  ClaimCommon,
  ClaimOf,
  ClaimPart,
  ClaimSource,
  ClaimType,
  ConsistencyFinding,
  ConsistencyNote,
  ConsistencyReport,
  ConsistencyTolerances,
  CountClaim,
  DateClaim,
  DurationClaim,
  FindingKind,
  LeaveReasonClaim,
  MoneyClaim,
  NotEnglishNote,
  PercentageClaim,
  QuantityTolerance,
  QuantityType,
  RereadItem,
  RoleClaim,
  StanceClaim,
  TextTooLongNote,
  ToleranceOverrides,
  UnreadTelling,
} from './types.js';
